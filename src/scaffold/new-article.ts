// broadsheet new: a Markdown file for a new story at content/YYYY/MM/slug.md, dated now in the
// site's time zone, as a draft until an editor publishes it.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createProblem } from '../errors/index.js';
import { formatIso, wallTime } from '../shared/dates.js';
import { isUnsafeSegment, slugify } from '../shared/slug.js';
import type { Instant } from '../types.js';

export interface NewArticleInput {
  title: string;
  now: Instant;
  byline?: string;
  section?: string;
  slug?: string;
}

export interface NewArticle {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the content folder, POSIX separators. */
  relative: string;
  text: string;
}

/** The file a new article would be: its path and its front matter. */
export function planNewArticle(config: ResolvedConfig, input: NewArticleInput): NewArticle {
  const title = input.title.normalize('NFC').trim();
  if (!title) throw createProblem('CLI_USAGE', { kind: 'empty-headline' });
  const slug = slugify(input.slug ?? title);
  if (!slug || (input.slug !== undefined && isUnsafeSegment(input.slug))) {
    throw createProblem('CLI_USAGE', { kind: 'no-file-name', from: input.slug ?? title });
  }
  const w = wallTime(input.now, config.timeZone);
  const relative = `${w.year}/${String(w.month).padStart(2, '0')}/${slug}.md`;
  const byline = input.byline ?? config.newArticle.byline;
  const section = input.section ?? config.newArticle.section;
  // JSON strings are valid YAML double-quoted scalars: any headline is safe, colons and quotes included.
  const q = (s: string) => JSON.stringify(s.normalize('NFC').trim());
  const lines = [
    '---',
    `title: ${q(title)}`,
    `date: ${formatIso(input.now, config.timeZone)}`,
    `byline: ${byline ? q(byline) : '""'}`,
    `section: ${section ? q(section) : '""'}`,
    'summary: ""',
    'tags: []',
    '# Remove this line (or set it to false) to publish the article.',
    'draft: true',
    '---',
    '',
    '',
  ];
  return { file: path.join(config.contentDir, relative), relative, text: lines.join('\n') };
}

/** Write the planned article; never replaces a file that exists. */
export function writeNewArticle(article: NewArticle): void {
  try {
    fs.mkdirSync(path.dirname(article.file), { recursive: true });
    // "wx" fails if the file exists, with no window between checking and writing.
    fs.writeFileSync(article.file, article.text, { flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw createProblem('WRITE_FAILED', { kind: 'article', target: article.file, reason: (cause as Error).message }, { cause });
    }
    throw createProblem('ARTICLE_EXISTS', { file: article.relative }, { location: { file: article.relative } });
  }
}
