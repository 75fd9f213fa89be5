// pages/ at the site root: About, Contact, Corrections policy... Markdown files with a title,
// published at their own URLs with their own template, never in the article stream. A file in
// the content folder with `type: page` is one too, at the address its path there gives.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createProblem, type BroadsheetError, type WordingData } from '../errors/index.js';
import { lineOfKey, splitFrontMatter } from '../load/front-matter.js';
import { pageFileSegments, pageUrl } from './page-url.js';

export interface SitePage {
  /** Path relative to its folder (pages/, or the content folder for `type: page`), POSIX separators. */
  file: string;
  /** The file as messages show it: pages/about.md, or content/about.md. */
  shown: string;
  /** Absolute path, for messages. */
  path: string;
  title: string;
  description?: string;
  /** pages/<template>.hbs of the theme; default "page". */
  template: string;
  body: string;
  bodyLine: number;
  url: string;
  outPath: string;
}

const KNOWN_KEYS = new Set(['title', 'description', 'summary', 'template', 'draft', 'type']);

/** Where a page file lives: the pages folder, or the content folder (marked `type: page`). */
interface PageSource {
  dir: string;
  file: string;
  shown: string;
}

/**
 * Read every page: the pages folder (none is fine) and the content files the load stage found
 * marked `type: page`; all problems are reported together.
 */
export function loadPages(config: ResolvedConfig, contentPages: readonly string[] = []): SitePage[] {
  const dir = config.pagesDir;
  const files = fs.existsSync(dir)
    ? (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
        .map((f) => f.split(path.sep).join('/'))
        .filter((f) => /\.(md|markdown)$/i.test(f) && !f.split('/').some((s) => s.startsWith('.')))
        .sort()
    : [];
  const sources: PageSource[] = [
    ...files.map((file) => ({ dir, file, shown: `pages/${file}` })),
    ...[...contentPages].sort().map((file) => ({ dir: config.contentDir, file, shown: `content/${file}` })),
  ];
  const pages: SitePage[] = [];
  const errors: BroadsheetError[] = [];
  for (const source of sources) {
    try {
      const page = readPage(config, source);
      if (page) pages.push(page);
    } catch (error) {
      errors.push(error as BroadsheetError);
    }
  }
  if (errors.length) throw createBuildFailure(errors);
  return pages;
}

function readPage(config: ResolvedConfig, { dir, file, shown }: PageSource): SitePage | undefined {
  const abs = path.join(dir, file);
  const inContent = dir === config.contentDir;
  const text = fs.readFileSync(abs, 'utf8');
  const split = splitFrontMatter(text, abs);
  const data = split.data;
  // At the line of the key at fault when there is one.
  const bad = (data: WordingData<'FRONT_MATTER_INVALID'>, key?: string) =>
    createProblem('FRONT_MATTER_INVALID', data, { location: { file: abs, line: (key && lineOfKey(text, key, split)) || 1 } });
  if (data.draft === true && !config.drafts) return undefined;
  if (typeof data.title !== 'string' || !data.title.trim()) throw bad({ kind: 'page-no-title', shown });
  if (data.type !== undefined && data.type !== 'page') throw bad({ kind: 'page-type', shown, type: String(data.type) }, 'type');
  const unknown = Object.keys(data).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) throw bad({ kind: 'page-keys', shown, unknown, known: [...KNOWN_KEYS], inContent }, unknown[0]);
  if (!pageFileSegments(file).length) throw bad({ kind: 'page-home', shown, inContent });
  const template = typeof data.template === 'string' ? data.template : 'page';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(template)) throw bad({ kind: 'page-template', shown, template }, 'template');
  const description = typeof data.description === 'string' ? data.description : typeof data.summary === 'string' ? data.summary : undefined;
  return {
    file,
    shown,
    path: abs,
    title: data.title.trim(),
    ...(description ? { description } : {}),
    template,
    body: split.body,
    bodyLine: split.bodyLine,
    ...pageUrl(file, config, shown),
  };
}
