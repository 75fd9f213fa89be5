// pages/ at the site root: About, Contact, Corrections policy... Markdown files with a title,
// published at their own URLs with their own template, never in the article stream. A file in
// the content folder with `type: page` is one too, at the address its path there gives.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createError, type BroadsheetError } from '../errors/index.js';
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
  const bad = (message: string, hint: string, key?: string) =>
    createError('FRONT_MATTER_INVALID', { message, hint, location: { file: abs, line: (key && lineOfKey(text, key, split)) || 1 } });
  if (data.draft === true && !config.drafts) return undefined;
  if (typeof data.title !== 'string' || !data.title.trim()) {
    throw bad(`The page ${shown} has no title.`, 'Add a line "title: About us" to its front matter.');
  }
  if (data.type !== undefined && data.type !== 'page') {
    throw bad(
      `The page ${shown} has "type: ${String(data.type)}"; the only type a page takes is "page".`,
      'Write type: page, or remove the line.',
      'type',
    );
  }
  const unknown = Object.keys(data).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) {
    throw bad(
      `The page ${shown} has front matter a page does not use: ${unknown.join(', ')}.`,
      inContent
        ? `A page takes ${[...KNOWN_KEYS].join(', ')}; to publish the file as a dated article instead, remove "type: page".`
        : `A page takes ${[...KNOWN_KEYS].join(', ')}; dated stories belong in the content folder.`,
      unknown[0],
    );
  }
  if (!pageFileSegments(file).length) {
    throw bad(
      `${shown} would be the home page, which lists the latest articles.`,
      inContent ? 'Name it after its address, e.g. about.md for /about/.' : 'Name it after its address, e.g. pages/about.md for /about/.',
    );
  }
  const template = typeof data.template === 'string' ? data.template : 'page';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(template))
    throw bad(
      `The template "${template}" of ${shown} is not a template name.`,
      'Use a name such as "page" for pages/page.hbs of the theme.',
      'template',
    );
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
