// Google News sitemap: only the articles of the last couple of days, newest first.
import { formatIso } from '../../shared/dates.js';
import type { Instant } from '../../types.js';
import { XML_DECLARATION, renderTextElement } from '../feeds/xml-element.js';

export interface NewsSitemapEntry {
  /** Absolute, percent-encoded article URL. */
  loc: string;
  title: string;
  published: Instant;
  publicationName: string;
  /** ISO 639 code as Google News expects it, e.g. "en" or "zh-cn". */
  language: string;
}

export interface NewsSitemapOptions {
  /** The build's "now" (SOURCE_DATE_EPOCH when set), never read from the clock here. */
  now: Instant;
  /** How far back articles are listed; Google News reads the last 48 hours. */
  windowHours?: number;
  /** Most URLs in the file; Google News allows 1,000. */
  max?: number;
  timeZone: string;
}

/**
 * A BCP 47 tag as Google News wants it: the ISO 639 language alone ("pt-BR" -> "pt"), except
 * Chinese, which is zh-cn (simplified) or zh-tw (traditional).
 */
export function newsLanguage(tag: string): string {
  const parts = tag.toLowerCase().split(/[-_]/);
  if (parts[0] !== 'zh') return parts[0]!;
  return parts.some((p) => p === 'hant' || p === 'tw' || p === 'hk' || p === 'mo') ? 'zh-tw' : 'zh-cn';
}

const OPEN = [
  XML_DECLARATION,
  '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
  '',
].join('\n');

function renderNewsUrl(entry: NewsSitemapEntry, timeZone: string): string {
  return [
    '  <url>',
    `    ${renderTextElement('loc', entry.loc)}`,
    '    <news:news>',
    '      <news:publication>',
    `        ${renderTextElement('news:name', entry.publicationName)}`,
    `        ${renderTextElement('news:language', newsLanguage(entry.language))}`,
    '      </news:publication>',
    `      ${renderTextElement('news:publication_date', formatIso(entry.published, timeZone))}`,
    `      ${renderTextElement('news:title', entry.title)}`,
    '    </news:news>',
    '  </url>',
    '',
  ].join('\n');
}

/**
 * Render the news sitemap for entries published within the window ending at now, or undefined when
 * nothing is that recent: the sitemaps.org schema requires at least one <url>, so an empty file is invalid.
 */
export function renderNewsSitemap(entries: NewsSitemapEntry[], options: NewsSitemapOptions): string | undefined {
  const windowStart = options.now - (options.windowHours ?? 48) * 3_600_000;
  const recent = entries
    .filter((e) => e.published >= windowStart && e.published <= options.now)
    // Newest first; the URL breaks ties so the cut at max is reproducible.
    .sort((a, b) => b.published - a.published || (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0))
    .slice(0, options.max ?? 1000);
  if (!recent.length) return undefined;
  return OPEN + recent.map((e) => renderNewsUrl(e, options.timeZone)).join('') + '</urlset>\n';
}
