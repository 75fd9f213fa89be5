// Stage 1, load: content files -> SourceArticle[] (front matter parsed and validated, body left on disk).
import fs from 'node:fs';
import path from 'node:path';
import { openArticleCache, type ArticleCache } from '../cache/article-cache.js';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createError, isBroadsheetError, type BroadsheetError } from '../errors/index.js';
import { hashOf } from '../shared/hash.js';
import type { SourceArticle } from '../types.js';
import type * as FrontMatter from './front-matter.js';
import { normalizeArticle } from './normalize-article.js';
import { scanContent } from './scan.js';

export interface LoadResult {
  articles: SourceArticle[];
  assets: string[];
}

/** Told after each Markdown file: how many are done, of how many. */
export type LoadProgress = (done: number, total: number) => void;

/** Read and validate every article; all problems are reported together as one BuildFailure. */
export async function loadContent(config: ResolvedConfig, onProgress?: LoadProgress): Promise<LoadResult> {
  const { articles, assets, errors } = await loadArticles(config, onProgress);
  if (errors.length) throw createBuildFailure(errors);
  return { articles, assets };
}

/** Read every article, keeping the valid ones and every problem of the others (for check). */
export async function loadArticles(config: ResolvedConfig, onProgress?: LoadProgress): Promise<LoadResult & { errors: BroadsheetError[] }> {
  if (!fs.existsSync(config.contentDir) || !fs.statSync(config.contentDir).isDirectory()) {
    throw createError('CONTENT_NOT_FOUND', {
      message: `The content folder ${config.contentDir} does not exist.`,
      hint: 'Create it with one Markdown file per article, or point --content at your articles.',
    });
  }
  const { markdown: files, assets } = scanContent(config.contentDir);
  // Hugo and Zola keep a section's list-page settings in _index.md: not an article.
  const markdown = files.filter((file) => !/(^|\/)_index\.(md|markdown)$/i.test(file));
  const articles: SourceArticle[] = [];
  const errors: BroadsheetError[] = [];
  const cache = openArticleCache(config.cacheDir, JSON.stringify([LOADER_VERSION, config.timeZone, config.publication]));
  // The front matter parsers load only if some file is not in the cache.
  let parsers: typeof FrontMatter | undefined;
  for (const [i, file] of markdown.entries()) {
    try {
      const abs = path.join(config.contentDir, file);
      const stat = readOrFail(file, () => fs.statSync(abs));
      const known = cache.byStat(file, stat);
      const result = known ?? loadArticle(config, cache, file, stat, (parsers ??= await import('./front-matter.js')));
      if (Array.isArray(result)) errors.push(...result);
      else articles.push(result);
    } catch (error) {
      if (!isBroadsheetError(error)) throw error;
      errors.push(error);
    }
    onProgress?.(i + 1, markdown.length);
  }
  // A failed load is not remembered: the next run re-reads the broken files anyway.
  if (!errors.length) cache.save();
  return { articles, assets, errors };
}

/** Bump when the way front matter becomes a SourceArticle changes, to drop cached articles. */
const LOADER_VERSION = 3;

/** The Markdown body of an article as bytes, from its byte offset; render uses this to fetch it. */
export function readArticleBody(contentDir: string, file: string, offset: number): Buffer {
  return readOrFail(file, () => fs.readFileSync(path.join(contentDir, file))).subarray(offset);
}

/**
 * The bytes that hold the front matter: up to the end of the closing delimiter line. Only these
 * are decoded, since decoding whole files is most of the garbage a large archive makes while
 * loading; files without a closed ---/+++ block (JSON, none, unclosed) are decoded whole.
 */
function frontMatterBytes(bytes: Buffer): { start: number; end: number } {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const open = bytes.toString('latin1', start, start + 3);
  if (open !== '---' && open !== '+++') return { start, end: bytes.length };
  const close = bytes.indexOf(`\n${open}`, start + 3);
  if (close < 0) return { start, end: bytes.length };
  const eol = bytes.indexOf(10, close + 4);
  return { start, end: eol < 0 ? bytes.length : eol + 1 };
}

function readOrFail<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    throw createError('FILE_UNREADABLE', {
      message: `${file} cannot be read: ${(cause as Error).message}.`,
      hint: 'Check the file permissions.',
      location: { file },
      cause,
    });
  }
}

function loadArticle(
  config: ResolvedConfig,
  cache: ArticleCache,
  file: string,
  stat: fs.Stats,
  { splitFrontMatter, lineOfKey }: typeof FrontMatter,
): SourceArticle | BroadsheetError[] {
  const bytes = readOrFail(file, () => fs.readFileSync(path.join(config.contentDir, file)));
  const sourceHash = hashOf(bytes);
  const same = cache.byHash(file, sourceHash);
  if (same) {
    cache.remember(file, stat, sourceHash, same);
    return same;
  }
  const head = frontMatterBytes(bytes);
  const text = bytes.toString('utf8', head.start, head.end);
  const split = splitFrontMatter(text, file);
  const result = normalizeArticle(split.data, {
    file,
    timeZone: config.timeZone,
    publication: config.publication,
    lineOf: (key) => lineOfKey(text, key.split('.')[0]!, split),
  });
  if (!result.ok) return result.errors;
  const bodyOffset = head.start + Buffer.byteLength(text.slice(0, split.bodyOffset));
  const article: SourceArticle = {
    ...result.article,
    bodyHash: hashOf(bytes.subarray(bodyOffset)),
    metaHash: hashOf(file, text.slice(0, split.bodyOffset)),
    bodyLine: split.bodyLine,
    bodyOffset,
  };
  cache.remember(file, stat, sourceHash, article);
  return article;
}
