// pages/ at the site root: About, Contact, Corrections policy... Markdown files with a title,
// published at their own URLs with their own template, never in the article stream.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createError, type BroadsheetError } from '../errors/index.js';
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
  const bad = (message: string, hint: string) => createError('FRONT_MATTER_INVALID', { message, hint, location: { file: abs, line: 1 } });
  if (data.draft === true && !config.drafts) return undefined;
  if (typeof data.title !== 'string' || !data.title.trim()) {
    throw bad(`The page pages/${file} has no title.`, 'Add a line "title: About us" to its front matter.');
  }
  const unknown = Object.keys(data).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) {
    throw bad(
      `The page pages/${file} has front matter a page does not use: ${unknown.join(', ')}.`,
      `A page takes ${[...KNOWN_KEYS].join(', ')}; dated stories belong in the content folder.`,
    );
  }
  if (!pageFileSegments(file).length) {
    throw bad(
      `pages/${file} would be the home page, which lists the latest articles.`,
      'Name it after its address, e.g. pages/about.md for /about/.',
    );
  }
  const template = typeof data.template === 'string' ? data.template : 'page';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(template))
    throw bad(
      `The template "${template}" of pages/${file} is not a template name.`,
      'Use a name such as "page" for pages/page.hbs of the theme.',
    );
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
