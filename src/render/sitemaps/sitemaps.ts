// sitemaps.org sitemaps: one <urlset> while it fits, otherwise an index over numbered files.
// Files are cut by counting each entry's UTF-8 bytes once, so splitting stays linear.
import { createProblem } from '../../errors/index.js';
import { SITE_FILES, sitemapChunkPath } from '../../index/routes.js';
import { formatIso } from '../../shared/dates.js';
import type { Instant } from '../../types.js';
import { XML_DECLARATION, renderEmptyElement, renderTextElement } from '../feeds/xml-element.js';

export interface SitemapEntry {
  /** Absolute, percent-encoded URL. */
  loc: string;
  lastmod?: Instant;
  /** The page in other languages, itself included (and x-default): xhtml:link alternates, as Google reads them. */
  alternates?: { lang: string; href: string }[];
}

export interface SitemapOptions {
  /** Absolute base URL without a trailing slash, e.g. https://example.org. */
  siteUrl: string;
  timeZone: string;
  /** URLs per file; the protocol's limit, 50,000, unless lowered. */
  maxUrls?: number;
  /** Uncompressed bytes per file; the protocol's limit, 50 MiB, unless lowered. */
  maxBytes?: number;
}

export interface SitemapFile {
  /** Path relative to the output folder. */
  path: string;
  contents: string;
}

const PROTOCOL_MAX_URLS = 50_000;
const PROTOCOL_MAX_BYTES = 50 * 1024 * 1024;
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';
const URLSET_OPEN = `${XML_DECLARATION}\n<urlset xmlns="${NAMESPACE}">\n`;
const URLSET_OPEN_XHTML = `${XML_DECLARATION}\n<urlset xmlns="${NAMESPACE}" xmlns:xhtml="${XHTML_NAMESPACE}">\n`;
const URLSET_CLOSE = '</urlset>\n';
const INDEX_OPEN = `${XML_DECLARATION}\n<sitemapindex xmlns="${NAMESPACE}">\n`;
const INDEX_CLOSE = '</sitemapindex>\n';

interface Chunk {
  lines: string[];
  bytes: number;
  lastmod?: Instant;
}

function renderUrlLine(entry: SitemapEntry, timeZone: string): string {
  const lastmod = entry.lastmod === undefined ? '' : renderTextElement('lastmod', formatIso(entry.lastmod, timeZone));
  const alternates = (entry.alternates ?? [])
    .map((a) => renderEmptyElement('xhtml:link', { rel: 'alternate', hreflang: a.lang, href: a.href }))
    .join('');
  return `  <url>${renderTextElement('loc', entry.loc)}${lastmod}${alternates}</url>\n`;
}

function renderIndexLine(loc: string, lastmod: Instant | undefined, timeZone: string): string {
  const modified = lastmod === undefined ? '' : renderTextElement('lastmod', formatIso(lastmod, timeZone));
  return `  <sitemap>${renderTextElement('loc', loc)}${modified}</sitemap>\n`;
}

/** One entry per loc, in first-seen order, keeping the newest lastmod of any repeats. */
function dedupeEntries(entries: SitemapEntry[]): SitemapEntry[] {
  const byLoc = new Map<string, SitemapEntry>();
  for (const entry of entries) {
    const seen = byLoc.get(entry.loc);
    if (seen === undefined) byLoc.set(entry.loc, entry);
    else if (entry.lastmod !== undefined && (seen.lastmod === undefined || entry.lastmod > seen.lastmod)) {
      byLoc.set(entry.loc, { ...seen, lastmod: entry.lastmod });
    }
  }
  return [...byLoc.values()];
}

/** Greedily fill files up to both limits; throws if one line alone cannot fit. */
function splitIntoChunks(lines: { text: string; lastmod?: Instant }[], frame: number, maxUrls: number, maxBytes: number): Chunk[] {
  const chunks: Chunk[] = [];
  let current: Chunk = { lines: [], bytes: frame };
  for (const line of lines) {
    const bytes = Buffer.byteLength(line.text, 'utf8');
    if (frame + bytes > maxBytes) {
      throw new RangeError(`A sitemap entry needs ${frame + bytes} bytes, more than maxBytes (${maxBytes}).`);
    }
    if (current.lines.length >= maxUrls || current.bytes + bytes > maxBytes) {
      chunks.push(current);
      current = { lines: [], bytes: frame };
    }
    current.lines.push(line.text);
    current.bytes += bytes;
    if (line.lastmod !== undefined && (current.lastmod === undefined || line.lastmod > current.lastmod)) {
      current.lastmod = line.lastmod;
    }
  }
  if (current.lines.length > 0 || chunks.length === 0) chunks.push(current);
  return chunks;
}

/** Render sitemap.xml, or a sitemap index plus sitemaps/sitemap-N.xml when one file would pass a limit. */
export function renderSitemaps(entries: SitemapEntry[], options: SitemapOptions): SitemapFile[] {
  const maxUrls = options.maxUrls ?? PROTOCOL_MAX_URLS;
  const maxBytes = options.maxBytes ?? PROTOCOL_MAX_BYTES;
  const siteUrl = options.siteUrl.replace(/\/+$/, '');
  const unique = dedupeEntries(entries);
  const lines = unique.map((e) => ({ text: renderUrlLine(e, options.timeZone), lastmod: e.lastmod }));
  // The xhtml namespace is declared only where alternates use it, so one-language sitemaps stay as they were.
  const open = unique.some((e) => e.alternates?.length) ? URLSET_OPEN_XHTML : URLSET_OPEN;
  const frame = Buffer.byteLength(open + URLSET_CLOSE, 'utf8');
  const chunks = splitIntoChunks(lines, frame, maxUrls, maxBytes);
  const renderUrlset = (chunk: Chunk) => open + chunk.lines.join('') + URLSET_CLOSE;
  if (chunks.length === 1) return [{ path: SITE_FILES.sitemap, contents: renderUrlset(chunks[0]!) }];

  const files = chunks.map((chunk, i) => ({ path: sitemapChunkPath(i + 1), contents: renderUrlset(chunk) }));
  const indexLines = chunks.map((chunk, i) => ({
    text: renderIndexLine(`${siteUrl}/${files[i]!.path}`, chunk.lastmod, options.timeZone),
  }));
  // Indexes cannot nest, so the index itself is held to the protocol's limits (the options only
  // tune the URL files) and overflowing it is an error rather than another split.
  const indexFrame = Buffer.byteLength(INDEX_OPEN + INDEX_CLOSE, 'utf8');
  const indexChunks = splitIntoChunks(indexLines, indexFrame, PROTOCOL_MAX_URLS, PROTOCOL_MAX_BYTES);
  if (indexChunks.length > 1) {
    throw createProblem('SITEMAP_TOO_LARGE', { sitemaps: chunks.length, maxUrls });
  }
  return [{ path: SITE_FILES.sitemap, contents: INDEX_OPEN + indexChunks[0]!.lines.join('') + INDEX_CLOSE }, ...files];
}
