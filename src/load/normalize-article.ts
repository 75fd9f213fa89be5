// Front matter data -> SourceArticle: aliases resolved, defaults applied, every problem reported.
import path from 'node:path';
import { DEFAULT_LIMITS } from '../config/schema.js';
import { type BroadsheetError, createProblem, createProblemFrom } from '../errors/index.js';
import { normalizeLangTag } from '../shared/lang-tag.js';
import { isUnsafeSegment, slugify } from '../shared/slug.js';
import type { Correction, Photo, SourceArticle } from '../types.js';
import { checkAliases, checkImageSource } from './check-paths.js';
import { extraParams, firstOf, oldAddresses, taxonomy, type ParamsBudget } from './generator-keys.js';
import { createFieldReader, invalidKey, type FieldReader, type Problem } from './read-fields.js';

export interface NormalizeContext {
  file: string;
  timeZone: string;
  publication: string;
  /** Finds the file line of a top-level key, for messages. */
  lineOf(key: string): number | undefined;
  /** Bounds on the keys kept for templates (config limits.paramsBytes, limits.frontMatterDepth). */
  params?: ParamsBudget;
}

export type NormalizeResult =
  | {
      ok: true;
      article: Omit<SourceArticle, 'bodyHash' | 'bodyLine' | 'bodyOffset'>;
      warnings: BroadsheetError[];
      /** Problems that stop a build but leave the article usable for check (bad aliases, left out of it). */
      errors: BroadsheetError[];
    }
  | { ok: false; errors: BroadsheetError[] };

const DATE_PREFIX = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** Validate one article's front matter and fill in what the file name implies. */
export function normalizeArticle(data: Record<string, unknown>, ctx: NormalizeContext): NormalizeResult {
  const r = createFieldReader(ctx.timeZone);
  const base = fileStem(ctx.file);
  const prefix = DATE_PREFIX.exec(base);

  const title = r.string('title', data.title);
  if (title === undefined) r.problems.push(invalidKey('title', { kind: 'no-title' }));
  let date = r.date('date', data.date);
  if (date === undefined && data.date === undefined && prefix) date = r.date('date', prefix[1]);
  if (date === undefined && !r.problems.some((p) => p.key === 'date')) {
    r.problems.push(invalidKey('date', { kind: 'no-date' }));
  }
  const slug = readSlug(r, data.slug, prefix ? prefix[2]! : base);
  const writtenLang = r.string('lang', data.lang);
  const lang = writtenLang === undefined ? undefined : normalizeLangTag(writtenLang);
  const article = {
    file: ctx.file,
    title: title ?? '',
    date: date ?? 0,
    authors: readAuthors(r, data),
    publication: r.string('publication', data.publication) ?? ctx.publication,
    tags: r.stringList(data.tags !== undefined ? 'tags' : 'keywords', data.tags ?? data.keywords ?? taxonomy(data, 'tags')),
    slug,
    aliases: r.stringList('aliases', [...(Array.isArray(data.aliases) ? data.aliases : [data.aliases]), ...oldAddresses(data)]),
    // Jekyll marks unpublished posts with published: false.
    draft: r.boolean('draft', data.draft) || data.published === false || data.published === 'false',
    corrections: readCorrections(r, data.corrections),
  } as Omit<SourceArticle, 'bodyHash' | 'bodyLine' | 'bodyOffset'>;
  const optional: Partial<SourceArticle> = {
    updated: r.date('updated', data.updated ?? data.lastmod ?? data.last_modified_at),
    section: r.string('section', data.section ?? firstOf(data.categories) ?? data.category ?? firstOf(taxonomy(data, 'categories'))),
    photo: readPhoto(r, data),
    summary: r.string('summary', data.summary ?? data.description ?? data.excerpt),
    prev: r.string('prev', data.prev),
    next: r.string('next', data.next),
    lang: lang?.kind === 'valid' ? lang.tag : undefined,
    translationKey: r.string('translationKey', data.translationKey ?? data.translation_key),
    params: extraParams(data, ctx.params ?? { bytes: DEFAULT_LIMITS.paramsBytes, depth: DEFAULT_LIMITS.frontMatterDepth }, (key, why) =>
      r.problems.push({
        key,
        code: 'ARTICLE_TOO_LARGE',
        data: {
          kind: 'param',
          key,
          why,
          limit:
            why === 'bytes' ? (ctx.params?.bytes ?? DEFAULT_LIMITS.paramsBytes) : (ctx.params?.depth ?? DEFAULT_LIMITS.frontMatterDepth),
        },
      }),
    ),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (article as Record<string, unknown>)[k] = v;
  const aliases = checkAliases(article.aliases);
  article.aliases = aliases.kept;
  const toError = (p: Problem) => createProblemFrom(p, { location: { file: ctx.file, line: ctx.lineOf(p.key) ?? 1 } });
  const aliasNotes = aliases.notes;
  if (r.problems.length) return { ok: false, errors: [...r.problems, ...aliases.problems].map(toError) };
  const location = { file: ctx.file, line: ctx.lineOf('aliases') ?? 1 };
  const warnings = aliasNotes.map((alias) => createProblem('PATH_SHORTENED', { alias }, { location, severity: 'warning' }));
  if (lang?.kind === 'invalid') {
    const where = { file: ctx.file, line: ctx.lineOf('lang') ?? 1 };
    warnings.push(
      createProblem(
        'LANG_TAG_INVALID',
        { key: 'lang', written: lang.written, fallback: "the site's language" },
        { location: where, severity: 'warning' },
      ),
    );
  }
  return { ok: true, article, warnings, errors: aliases.problems.map(toError) };
}

function fileStem(file: string): string {
  const name = path.posix.basename(file).replace(/\.(md|markdown)$/i, '');
  // A page bundle (folder/index.md) takes its folder's name.
  return name === 'index' || name === '_index' ? path.posix.basename(path.posix.dirname(file)) : name;
}

function readSlug(r: FieldReader, value: unknown, fallback: string): string {
  const written = r.string('slug', value);
  if (written !== undefined && isUnsafeSegment(written)) {
    r.problems.push({ key: 'slug', code: 'UNSAFE_PATH', data: { kind: 'slug', slug: written } });
    return '';
  }
  const slug = slugify(written ?? fallback);
  if (!slug) {
    r.problems.push(invalidKey('slug', { kind: 'no-slug', from: written ?? fallback }));
  }
  return slug;
}

/** "Taing Vida and Ben Sokhean", "A, B & C" or a list: one entry per person. */
function readAuthors(r: FieldReader, data: Record<string, unknown>): string[] {
  const key = data.byline !== undefined ? 'byline' : data.authors !== undefined ? 'authors' : 'author';
  const names = r.stringList(key, data[key]);
  const out: string[] = [];
  for (const name of names) {
    for (const part of name.replace(/^by\s+/i, '').split(/\s*(?:,\s*and\s+|,|&|\s+and\s+)\s*/i)) {
      const person = part.trim();
      if (person && !out.includes(person)) out.push(person);
    }
  }
  return out;
}

function readPhoto(r: FieldReader, data: Record<string, unknown>): Photo | undefined {
  const raw = data.photo ?? data.image ?? firstOf(data.images);
  const key = data.photo !== undefined ? 'photo' : data.image !== undefined ? 'image' : 'images';
  let photo: Photo | undefined;
  if (typeof raw === 'string') {
    photo = { src: raw.trim(), alt: '' };
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const src = r.string(`${key}.src`, o.src ?? o.url);
    if (!src) {
      r.problems.push(invalidKey(key, { kind: 'photo-no-src', key }));
      return undefined;
    }
    photo = { src, alt: r.string(`${key}.alt`, o.alt) ?? '' };
    const credit = r.string(`${key}.credit`, o.credit);
    const caption = r.string(`${key}.caption`, o.caption);
    if (credit) photo.credit = credit;
    if (caption) photo.caption = caption;
  } else if (raw !== undefined && raw !== null) {
    r.problems.push(invalidKey(key, { kind: 'photo-shape', key }));
    return undefined;
  }
  if (!photo || !checkImageSource(r, key, photo.src)) return undefined;
  const credit = r.string('photo_credit', data.photo_credit);
  const alt = r.string('photo_alt', data.photo_alt);
  const caption = r.string('photo_caption', data.photo_caption);
  if (credit && !photo.credit) photo.credit = credit;
  if (alt && !photo.alt) photo.alt = alt;
  if (caption && !photo.caption) photo.caption = caption;
  return photo;
}

function readCorrections(r: FieldReader, value: unknown): Correction[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const out: Correction[] = [];
  for (const item of list) {
    const o = (item ?? {}) as Record<string, unknown>;
    const date = r.date('corrections', o.date);
    const text = r.string('corrections', o.text);
    if (date === undefined || text === undefined) {
      if (date !== undefined || !r.problems.some((p) => p.key === 'corrections')) {
        r.problems.push(invalidKey('corrections', { kind: 'correction' }));
      }
      continue;
    }
    out.push({ date, text });
  }
  return out.sort((a, b) => a.date - b.date);
}
