// Where the source generator published a post, by its own rules: Jekyll's permalink styles and
// placeholders (categories from the folders above _posts/ and from the front matter, the .html
// ending), Hugo's section/slug rule and [permalinks], Zola's section/slug, Eleventy's file path.
// Each becomes an alias of the article, so inbound links survive the move.
import path from 'node:path';
import { wallTime } from '../shared/dates.js';
import { slugify, termSlug } from '../shared/slug.js';
import type { Instant } from '../types.js';
import type { SourceSite } from './source-site.js';

export interface OldUrlInput {
  /** The file, relative to the content folder (POSIX). */
  file: string;
  data: Record<string, unknown>;
  date: Instant;
  /** The date was a day without a time: it was read in the site's zone, so its day is the written one. */
  dateOnly: boolean;
  title: string;
  /** The site's time zone, for dates the source config gives none for. */
  timeZone: string;
}

/** The address the source generator gave this post, or undefined when no rule applies. */
export function sourceUrl(site: SourceSite, input: OldUrlInput): string | undefined {
  const file = site.contentPath ? `${site.contentPath}/${input.file}` : input.file;
  if (site.generator === 'jekyll') return jekyllUrl(site, { ...input, file });
  if (site.generator === 'hugo') return hugoUrl(site, input);
  if (site.generator === 'zola') return zolaUrl(input);
  return eleventyUrl(input);
}

const DATE_NAME = /^(\d{4}-\d{1,2}-\d{1,2})[-_](.+)$/;
const pad = (n: number) => String(n).padStart(2, '0');

function jekyllUrl(site: SourceSite, input: OldUrlInput): string | undefined {
  const at = input.file.split('/').indexOf('_posts');
  if (at < 0) return undefined;
  const stem = path.posix.basename(input.file).replace(/\.[^.]+$/, '');
  const title = typeof input.data.slug === 'string' ? input.data.slug : (DATE_NAME.exec(stem)?.[2] ?? stem);
  const written = typeof input.data.permalink === 'string' ? input.data.permalink : undefined;
  // A front matter permalink without placeholders is an address already (generator-keys.ts).
  const pattern = written?.includes(':') ? written : written ? undefined : site.permalink;
  if (!pattern) return undefined;
  const folders = input.file.split('/').slice(0, at);
  const categories: string[] = [];
  for (const c of [...folders, ...wordsOf(input.data.categories), ...wordsOf(input.data.category)]) {
    const lower = c.toLowerCase();
    if (lower && !categories.includes(lower)) categories.push(lower);
  }
  const w = wallTime(input.date, input.dateOnly ? input.timeZone : (site.timeZone ?? input.timeZone));
  const yearStart = Date.UTC(w.year, 0, 1);
  const yDay = Math.floor((Date.UTC(w.year, w.month - 1, w.day) - yearStart) / 86_400_000) + 1;
  const tokens: Record<string, string> = {
    categories: categories.map(encodeURIComponent).join('/'),
    year: String(w.year),
    short_year: String(w.year).slice(2),
    month: pad(w.month),
    i_month: String(w.month),
    day: pad(w.day),
    i_day: String(w.day),
    y_day: String(yDay).padStart(3, '0'),
    hour: pad(w.hour),
    minute: pad(w.minute),
    second: pad(w.second),
    title: encodeURIComponent(title),
    slug: slugify(title),
    output_ext: '.html',
  };
  return fill(pattern, tokens);
}

function hugoUrl(site: SourceSite, input: OldUrlInput): string | undefined {
  // A language's own content folder (content/fr) is not part of the address; its prefix (/fr/) is.
  const language = site.languageDirs?.find((l) => input.file.startsWith(`${l.dir}/`));
  if (language) {
    const url = hugoUrl({ ...site, languageDirs: [] }, { ...input, file: input.file.slice(language.dir.length + 1) });
    return url && language.prefix ? `/${language.prefix}${url}` : url;
  }
  const parts = input.file.split('/');
  const bundle = /^index\.(md|markdown)$/i.test(parts[parts.length - 1]!);
  const filename = bundle ? parts[parts.length - 2]! : parts[parts.length - 1]!.replace(/\.[^.]+$/, '');
  const section = parts.length > (bundle ? 2 : 1) ? parts[0]! : '';
  const slug = typeof input.data.slug === 'string' ? input.data.slug : undefined;
  const pattern = site.sectionPermalinks?.[section];
  if (pattern) {
    const w = wallTime(input.date, input.timeZone);
    const urlTitle = termSlug(input.title);
    return fill(pattern, {
      year: String(w.year),
      month: pad(w.month),
      day: pad(w.day),
      monthname: new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(w.year, w.month - 1, 1)),
      section,
      sections: parts.slice(0, bundle ? -2 : -1).join('/'),
      title: urlTitle,
      slug: slug ? termSlug(slug) : urlTitle,
      filename,
      slugorfilename: slug ? termSlug(slug) : filename,
      contentbasename: filename,
    });
  }
  // Hugo lower-cases the path it makes from file and folder names (disablePathToLower is off by default).
  const folder = parts
    .slice(0, bundle ? -2 : -1)
    .join('/')
    .toLowerCase();
  const leaf = slug ?? filename;
  return `/${folder ? `${folder}/` : ''}${encodeURIComponent(termSlug(leaf) || leaf.toLowerCase())}${site.uglyUrls ? '.html' : '/'}`;
}

function zolaUrl(input: OldUrlInput): string {
  const parts = input.file.split('/');
  const bundle = /^index\.(md|markdown)$/i.test(parts[parts.length - 1]!);
  const stem = bundle ? parts[parts.length - 2]! : parts[parts.length - 1]!.replace(/\.[^.]+$/, '');
  const slug = typeof input.data.slug === 'string' ? input.data.slug : (DATE_NAME.exec(stem)?.[2] ?? stem);
  const folder = parts.slice(0, bundle ? -2 : -1).join('/');
  return `/${folder ? `${folder}/` : ''}${slugify(slug)}/`;
}

function eleventyUrl(input: OldUrlInput): string {
  const noExt = input.file.replace(/\.[^.]+$/, '');
  return `/${noExt.replace(/(^|\/)index$/, '')}/`.replace(/\/{2,}/g, '/');
}

/** Categories as Jekyll reads them: a list, or one string of space-separated words. */
function wordsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').map(String);
  return typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];
}

/** Put the tokens into a pattern (longest name first, so :i_month is not read as :i); unknown tokens leave no URL. */
function fill(pattern: string, tokens: Record<string, string>): string | undefined {
  let unknown = false;
  const out = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => {
    const known = Object.keys(tokens)
      .filter((t) => name.startsWith(t))
      .sort((a, b) => b.length - a.length)[0];
    if (known === undefined) {
      unknown = true;
      return whole;
    }
    return tokens[known]! + name.slice(known.length);
  });
  if (unknown) return undefined;
  const clean = `/${out}`.replace(/\/{2,}/g, '/');
  return clean;
}
