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

/** Read and validate every article; all problems are reported together as one BuildFailure. */
export async function loadContent(config: ResolvedConfig): Promise<LoadResult> {
  if (!fs.existsSync(config.contentDir) || !fs.statSync(config.contentDir).isDirectory()) {
    throw createError('CONTENT_NOT_FOUND', {
      message: `The content folder ${config.contentDir} does not exist.`,
      hint: 'Create it with one Markdown file per article, or point --content at your articles.',
    });
  }
  const { markdown, assets } = scanContent(config.contentDir);
  const articles: SourceArticle[] = [];
  const errors: BroadsheetError[] = [];
  const cache = openArticleCache(config.cacheDir, JSON.stringify([LOADER_VERSION, config.timeZone, config.publication]));
  // The front matter parsers load only if some file is not in the cache.
  let parsers: typeof FrontMatter | undefined;
  for (const file of markdown) {
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
  }
  if (errors.length) throw createBuildFailure(errors);
  cache.save();
  return { articles, assets };
}

/** Bump when the way front matter becomes a SourceArticle changes, to drop cached articles. */
const LOADER_VERSION = 1;

/** Read the raw text of an article file (BOM removed). Render uses this too, to fetch the body. */
export function readArticleText(contentDir: string, file: string): string {
  return decode(readOrFail(file, () => fs.readFileSync(path.join(contentDir, file))));
}

function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
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
  const text = decode(bytes);
  const split = splitFrontMatter(text, file);
  const result = normalizeArticle(split.data, {
    file,
    timeZone: config.timeZone,
    publication: config.publication,
    lineOf: (key) => lineOfKey(text, key.split('.')[0]!, split),
  });
  if (!result.ok) return result.errors;
  const article: SourceArticle = {
    ...result.article,
    bodyHash: hashOf(split.body),
    metaHash: hashOf(file, text.slice(0, split.bodyOffset)),
    bodyLine: split.bodyLine,
    bodyOffset: split.bodyOffset,
  };
  cache.remember(file, stat, sourceHash, article);
  return article;
}
