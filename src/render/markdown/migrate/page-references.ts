// Jekyll's {% link about.md %} and {% link _pages/about.md %} (and Zola's @/about.md) to a page
// rather than a post. A page of the old site is published here when it is a page of this site:
// marked `type: page` where it is in the content folder, or moved into pages/ (where Jekyll's
// _pages/ collection goes). Only front matter is read; a missing or unpublished page gives no URL.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../../../config/index.js';
import { isBroadsheetError } from '../../../errors/index.js';
import { splitFrontMatter } from '../../../load/front-matter.js';
import { pageUrl } from '../../../pages/index.js';

/** The URL of the standalone page a migrated link names, or undefined when there is none. */
export function resolvePageReference(target: string, config: ResolvedConfig): string | undefined {
  const file = target
    .trim()
    .replace(/^\.?\//, '')
    .normalize('NFC');
  // Only Markdown pages, and only inside their folder.
  if (!/\.(md|markdown)$/i.test(file) || file.split('/').some((part) => part === '..' || part === '')) return undefined;
  const candidates = [
    { dir: config.contentDir, file, inContent: true },
    { dir: config.pagesDir, file, inContent: false },
    { dir: config.pagesDir, file: file.replace(/^_pages\//, ''), inContent: false },
  ];
  for (const c of candidates) {
    const data = frontMatterOf(path.join(c.dir, c.file));
    if (!data || (c.inContent && data.type !== 'page') || (data.draft === true && !config.drafts)) continue;
    try {
      return pageUrl(c.file, config, c.inContent ? `content/${c.file}` : `pages/${c.file}`).url;
    } catch (error) {
      // A page on a reserved path is not published: the pages stage says why.
      if (!isBroadsheetError(error)) throw error;
    }
  }
  return undefined;
}

function frontMatterOf(file: string): Record<string, unknown> | undefined {
  try {
    if (!fs.statSync(file).isFile()) return undefined;
    return splitFrontMatter(fs.readFileSync(file, 'utf8'), file).data;
  } catch {
    return undefined;
  }
}
