// Stage 1 of 6, load: content files -> SourceArticle[] (front matter parsed and validated, body left on
// disk). Its errors go back to build.ts, which decides whether they stop the build.
import fs from 'node:fs';
import path from 'node:path';
import { codeVersion } from '../cache/code-version.js';
import { openArticleCache, type ArticleCache, type CachedArticle } from '../cache/article-cache.js';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, isBroadsheetError, type BroadsheetError, type Warn, createProblem, restated } from '../errors/index.js';
import { isEleventyDataFile, withEleventyData } from '../migrate/eleventy-data.js';
import { withSourceDefaults } from '../migrate/front-matter-defaults.js';
import { sourceStaticAssets } from '../migrate/static-files.js';
import { findSourceSite, type SourceSite } from '../migrate/source-site.js';
import { hashOf } from '../shared/hash.js';
import { throwIfInterrupted } from '../shared/interrupt.js';
import type { Asset, ReferencedKey, SourceArticle } from '../types.js';
import { checkUtf8, isBlank } from './decode.js';
import type * as FrontMatter from './front-matter.js';
import { checkFrontMatterLimits } from './front-matter-limits.js';
import { normalizeArticle } from './normalize-article.js';
import { scanContent } from './scan.js';

export interface LoadResult {
  articles: SourceArticle[];
  /** Media files of the content folder, by path; a migrated site's static files come placed (source and output path). */
  assets: (string | Asset)[];
  /** Articles left out because they failed validation (only with keepGoing). */
  invalid: number;
  /** The files of those articles. */
  leftOut: string[];
  /** Content files marked `type: page`: standalone pages (see src/pages/), not articles. */
  pages: string[];
}

/** Told after each Markdown file: how many are done, of how many. */
export type LoadProgress = (done: number, total: number) => void;

export interface LoadOptions {
  warn?: Warn;
  /** Skip articles that fail validation, reporting each as a warning, instead of failing the build. */
  keepGoing?: boolean;
  signal?: AbortSignal;
  onProgress?: LoadProgress;
}

/**
 * Read and validate every article. All problems are reported together as one BuildFailure,
 * or, with keepGoing, as warnings while the bad articles are left out.
 */
export async function loadContent(config: ResolvedConfig, options: LoadOptions = {}): Promise<LoadResult> {
  const { articles, assets, errors, invalid, leftOut, pages } = await loadArticles(config, options);
  if (errors.length) throw createBuildFailure(errors);
  return { articles, assets, invalid, leftOut, pages };
}

/** Read every article, keeping the valid ones and every problem of the others (for check). */
export async function loadArticles(config: ResolvedConfig, options: LoadOptions = {}): Promise<LoadResult & { errors: BroadsheetError[] }> {
  const warn = options.warn ?? (() => {});
  if (!fs.existsSync(config.contentDir) || !fs.statSync(config.contentDir).isDirectory()) {
    throw createProblem('CONTENT_NOT_FOUND', { dir: config.contentDir });
  }
  const found = findSourceSite(config.contentDir);
  const eleventy = found?.generator === 'eleventy';
  const {
    markdown: files,
    assets,
    twins,
    reserved,
  } = scanContent(config.contentDir, {
    warn,
    exclude: [config.outDir, config.cacheDir],
    ...(eleventy ? { isDataFile: (rel: string) => isEleventyDataFile(config.contentDir, rel) } : {}),
  });
  const source = found && eleventy ? withEleventyData(found, config.contentDir, files, warn) : found;
  const contentAssets = new Set(assets);
  // Hugo's and Zola's static/ files, where their posts' root-relative links (/images/x.png) point.
  const staticAssets = found?.staticDirs ? sourceStaticAssets(found, config, warn).filter((a) => !contentAssets.has(a.path)) : [];
  const assetSet = new Set([...assets, ...staticAssets.map((a) => a.path)]);
  const migration: Migration = { source, hasFile: (rel) => assetSet.has(rel) };
  // Hugo and Zola keep a section's list-page settings in _index.md: not an article.
  const markdown = files.filter((file) => !/(^|\/)_index\.(md|markdown)$/i.test(file));
  const articles: SourceArticle[] = [];
  const errors: BroadsheetError[] = [...twins.map(([a, b]) => twinError(a, b)), ...reserved.map(reservedError)];
  let invalid = 0;
  const leftOut: string[] = [];
  const pages: string[] = [];
  // Cached articles are dropped when the code that makes them (this module's import graph) changes.
  const cache = openArticleCache(
    config.cacheDir,
    // The source site's rules and (for root-relative photo paths) the media files decide articles too.
    JSON.stringify([
      codeVersion(import.meta.url),
      config.timeZone,
      config.publication,
      config.limits,
      source ?? null,
      source ? hashOf([...assetSet].join('\n')) : '',
    ]),
    (file) => warn(createProblem('CACHE_DAMAGED', { kind: 'articles', file }, { location: { file }, severity: 'warning' })),
  );
  // The front matter parsers load only if some file is not in the cache.
  let parsers: typeof FrontMatter | undefined;
  /** Load one file: its problems, and whether it still became an article (a bad alias leaves it usable). */
  const loadOne = async (file: string): Promise<{ problems: BroadsheetError[]; kept: boolean }> => {
    try {
      const abs = path.join(config.contentDir, file);
      const stat = readOrFail(file, () => fs.statSync(abs));
      const known = cache.byStat(file, stat);
      const result = known ?? loadArticle(config, migration, cache, file, stat, (parsers ??= await import('./front-matter.js')));
      if (Array.isArray(result)) return { problems: result, kept: false };
      result.warnings.forEach(warn);
      if (result.article) articles.push(result.article);
      if ('page' in result) pages.push(file);
      return { problems: 'errors' in result ? (result.errors ?? []) : [], kept: true };
    } catch (error) {
      if (!isBroadsheetError(error)) throw error;
      return { problems: [error], kept: false };
    }
  };
  let turned = Date.now();
  for (const [i, file] of markdown.entries()) {
    // Let the event loop run now and then, so a stop signal is seen within a second.
    if (Date.now() - turned > 50) {
      await new Promise((resolve) => setImmediate(resolve));
      turned = Date.now();
    }
    throwIfInterrupted(options.signal);
    const { problems, kept } = await loadOne(file);
    if (problems.length && !options.keepGoing) errors.push(...problems);
    else if (problems.length) {
      if (kept) problems.forEach((p) => warn(asSkipped(p, 'The alias was left out')));
      else {
        // The article would be wrong without what failed: leave it out whole.
        invalid++;
        leftOut.push(file);
        problems.forEach((p) => warn(asSkipped(p, 'The article was left out')));
      }
    }
    options.onProgress?.(i + 1, markdown.length);
  }
  // A failed load is not remembered: the next run re-reads the broken files anyway.
  if (!errors.length) cache.save();
  return { articles, assets: [...assets, ...staticAssets], errors, invalid, leftOut, pages };
}

/** A content file that would be published over what the site writes itself. */
function reservedError({ file, why }: { file: string; why: string }): BroadsheetError {
  return createProblem('RESERVED_PATH', { kind: 'file', file, why }, { location: { file } });
}

/** Two content files a case- or normalisation-folding host would publish as one. */
function twinError(first: string, second: string): BroadsheetError {
  const how = first.normalize('NFC') === second.normalize('NFC') ? 'Unicode normalisation' : 'case';
  return createProblem('PATH_TWINS', { first, second, how }, { location: { file: second } });
}

const REFERENCED_KEYS: readonly ReferencedKey[] = ['slug', 'aliases', 'prev', 'next', 'translationKey'];

/** The lines of the keys that later stages may report a problem with, so their errors are made with a line. */
function referencedKeyLines(lineOf: (key: string) => number | undefined): SourceArticle['keyLines'] {
  const lines: NonNullable<SourceArticle['keyLines']> = {};
  for (const key of REFERENCED_KEYS) {
    const line = lineOf(key);
    if (line !== undefined) lines[key] = line;
  }
  return Object.keys(lines).length ? lines : undefined;
}

/** An article error reported as a warning when --keep-going leaves the article out (or part of it). */
export function asSkipped(error: BroadsheetError, what: string): BroadsheetError {
  return restated(error, { severity: 'warning', addendum: `${what} (--keep-going).` });
}

/** The Markdown body of an article as bytes, from its byte offset; render uses this to fetch it. */
export function readArticleBody(contentDir: string, file: string, offset: number): Buffer {
  return readOrFail(file, () => fs.readFileSync(path.join(contentDir, file))).subarray(offset);
}

/**
 * The bytes that hold the front matter: up to the end of the closing delimiter line. Only these
 * are decoded, since decoding whole files is most of the garbage a large archive makes while
 * loading; files without a closed ---/+++ block (JSON, none, unclosed) are decoded whole.
 */
function frontMatterBytes(bytes: Buffer): { start: number; end: number; closed?: true } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const open = bytes.toString('latin1', start, start + 3);
  if (open !== '---' && open !== '+++') return { start, end: bytes.length };
  const close = bytes.indexOf(`\n${open}`, start + 3);
  if (close < 0) return { start, end: bytes.length };
  const eol = bytes.indexOf(10, close + 4);
  return { start, end: eol < 0 ? bytes.length : eol + 1, closed: true };
}

/**
 * Byte offset of the body from its offset in the decoded text. Invalid UTF-8 before the body
 * decodes to U+FFFD, whose byte length differs from the bytes it replaced, so the offset is
 * counted from the body's line: newlines survive decoding one for one.
 */
function bodyByteOffset(bytes: Buffer, head: { start: number; end: number }, text: string, charOffset: number): number {
  if (charOffset === text.length) return head.end;
  const prefix = text.slice(0, charOffset);
  const lineStart = prefix.lastIndexOf('\n') + 1;
  let at = head.start;
  for (let i = prefix.indexOf('\n'); i !== -1 && i < lineStart; i = prefix.indexOf('\n', i + 1)) at = bytes.indexOf(10, at) + 1;
  return at + Buffer.byteLength(prefix.slice(lineStart));
}

function readOrFail<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    // A name that is not UTF-8 reaches us with U+FFFD in it, and that name does not exist.
    if (code === 'ENOENT' && file.includes('\uFFFD')) {
      throw createProblem('INVALID_UTF8', { kind: 'name', file }, { location: { file }, cause });
    }
    throw createProblem(
      'FILE_UNREADABLE',
      { kind: 'read', file, reason: (cause as Error).message, errno: code },
      { location: { file }, cause },
    );
  }
}

/** What load knows of the generator an archive came from. */
interface Migration {
  source?: SourceSite;
  hasFile: (relPath: string) => boolean;
}

function loadArticle(
  config: ResolvedConfig,
  migration: Migration,
  cache: ArticleCache,
  file: string,
  stat: fs.Stats,
  { splitFrontMatter, lineOfKey }: typeof FrontMatter,
): (Partial<CachedArticle> & { warnings: BroadsheetError[]; errors?: BroadsheetError[]; page?: true }) | BroadsheetError[] {
  const bytes = readOrFail(file, () => fs.readFileSync(path.join(config.contentDir, file)));
  if (isBlank(bytes)) {
    const warning = createProblem('EMPTY_ARTICLE', { file }, { location: { file }, severity: 'warning' });
    return { warnings: [warning] };
  }
  const sourceHash = hashOf(bytes);
  const same = cache.byHash(file, sourceHash);
  if (same) {
    cache.remember(file, stat, sourceHash, same);
    return same;
  }
  const decodeWarning = checkUtf8(bytes, file);
  const head = frontMatterBytes(bytes);
  const text = bytes.toString('utf8', head.start, head.end);
  // Without a closed ---/+++ block the text runs on into the body, so only its nesting is checked.
  checkFrontMatterLimits(text.slice(0, config.limits.frontMatterBytes + 1), file, config.limits, head.closed === true);
  const split = splitFrontMatter(text, file);
  // A standalone page (About, Corrections policy) kept with the articles: the pages stage reads it.
  // Never cached, so editing `type` away makes it an article again at once.
  if (split.data.type === 'page') return { warnings: decodeWarning ? [decodeWarning] : [], page: true };
  // Front matter the source generator gave by default (Jekyll defaults:, Eleventy data files) lies under the file's own.
  const data = migration.source ? withSourceDefaults(migration.source, file, split.data) : split.data;
  const result = normalizeArticle(data, {
    file,
    timeZone: config.timeZone,
    publication: config.publication,
    lineOf: (key) => lineOfKey(text, key.split('.')[0]!, split),
    params: { bytes: config.limits.paramsBytes, depth: config.limits.frontMatterDepth },
    ...(migration.source ? { source: migration.source, fileTime: Math.round(stat.mtimeMs), hasFile: migration.hasFile } : {}),
  });
  if (result.ok === 'page') return { warnings: [result.warning] };
  if (!result.ok) return result.errors;
  const bodyOffset = bodyByteOffset(bytes, head, text, split.bodyOffset);
  const article: SourceArticle = {
    ...result.article,
    bodyHash: hashOf(bytes.subarray(bodyOffset)),
    metaHash: hashOf(file, text.slice(0, split.bodyOffset)),
    bodyLine: split.bodyLine,
    bodyOffset,
  };
  const keyLines = referencedKeyLines((key) => lineOfKey(text, key, split));
  if (keyLines) article.keyLines = keyLines;
  const duplicates = split.duplicates.map((d) =>
    createProblem('DUPLICATE_KEY', d, { location: { file, line: d.line }, severity: 'warning' }),
  );
  const loaded = { article, warnings: [...(decodeWarning ? [decodeWarning] : []), ...duplicates, ...result.warnings] };
  // An article with a bad alias is not cached, so the next build reports the alias again.
  if (result.errors.length) return { ...loaded, errors: result.errors };
  cache.remember(file, stat, sourceHash, loaded);
  return loaded;
}
