// pages/ at the site root: About, Contact, Corrections policy... Markdown files with a title,
// published at their own URLs with their own template, never in the article stream.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createProblem, type BroadsheetError, type WordingData } from '../errors/index.js';
import { splitFrontMatter } from '../load/front-matter.js';
import { pageFileSegments, pageUrl } from './page-url.js';

export interface SitePage {
  /** Path relative to the pages folder, POSIX separators. */
  file: string;
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

const KNOWN_KEYS = new Set(['title', 'description', 'summary', 'template', 'draft']);

/** Read every page (none without a pages folder); all problems are reported together. */
export function loadPages(config: ResolvedConfig): SitePage[] {
  const dir = config.pagesDir;
  if (!fs.existsSync(dir)) return [];
  const files = (fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /\.(md|markdown)$/i.test(f) && !f.split('/').some((s) => s.startsWith('.')))
    .sort();
  const pages: SitePage[] = [];
  const errors: BroadsheetError[] = [];
  for (const file of files) {
    try {
      const page = readPage(config, file);
      if (page) pages.push(page);
    } catch (error) {
      errors.push(error as BroadsheetError);
    }
  }
  if (errors.length) throw createBuildFailure(errors);
  return pages;
}

function readPage(config: ResolvedConfig, file: string): SitePage | undefined {
  const abs = path.join(config.pagesDir, file);
  const split = splitFrontMatter(fs.readFileSync(abs, 'utf8'), abs);
  const data = split.data;
  const bad = (data: WordingData<'FRONT_MATTER_INVALID'>) =>
    createProblem('FRONT_MATTER_INVALID', data, { location: { file: abs, line: 1 } });
  if (data.draft === true && !config.drafts) return undefined;
  if (typeof data.title !== 'string' || !data.title.trim()) {
    throw bad({ kind: 'page-no-title', file });
  }
  const unknown = Object.keys(data).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) {
    throw bad({ kind: 'page-keys', file, unknown, known: [...KNOWN_KEYS] });
  }
  if (!pageFileSegments(file).length) {
    throw bad({ kind: 'page-home', file });
  }
  const template = typeof data.template === 'string' ? data.template : 'page';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(template)) throw bad({ kind: 'page-template', file, template });
  const description = typeof data.description === 'string' ? data.description : typeof data.summary === 'string' ? data.summary : undefined;
  return {
    file,
    path: abs,
    title: data.title.trim(),
    ...(description ? { description } : {}),
    template,
    body: split.body,
    bodyLine: split.bodyLine,
    ...pageUrl(file, config),
  };
}
