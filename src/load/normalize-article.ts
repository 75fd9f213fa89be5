// Front matter data -> SourceArticle: aliases resolved, defaults applied, every problem reported.
import path from 'node:path';
import { decodeHTML } from 'entities';
import { DEFAULT_LIMITS } from '../config/schema.js';
import { type BroadsheetError, createProblem, createProblemFrom } from '../errors/index.js';
import { normalizeLangTag } from '../shared/lang-tag.js';
import { isUnsafeSegment, slugify } from '../shared/slug.js';
import { sourceUrl } from '../migrate/old-urls.js';
import type { SourceSite } from '../migrate/source-site.js';
import type { Correction, SourceArticle } from '../types.js';
import { checkAliases } from './check-paths.js';
import { extraParams, firstOf, oldAddresses, taxonomy, type ParamsBudget } from './generator-keys.js';
import { DATE_PREFIX, readArticleDate } from './read-date.js';
import { createFieldReader, invalidKey, type FieldReader, type Problem } from './read-fields.js';
import { readPhoto } from './read-photo.js';

export interface NormalizeContext {
  file: string;
  timeZone: string;
  publication: string;
  /** Finds the file line of a top-level key, for messages. */
  lineOf(key: string): number | undefined;
  /** Bounds on the keys kept for templates (config limits.paramsBytes, limits.frontMatterDepth). */
  params?: ParamsBudget;
  /** The generator the archive came from (its old URLs, author ids, dateless pages). */
  source?: SourceSite;
  /** The file's modification time (Eleventy's date: Last Modified). */
  fileTime?: number;
  /** True when a content-folder file exists at a path (root-relative photo paths). */
  hasFile?: (relPath: string) => boolean;
}

export type NormalizeResult =
  | {
      ok: true;
      article: Omit<SourceArticle, 'bodyHash' | 'bodyLine' | 'bodyOffset'>;
      warnings: BroadsheetError[];
      /** Problems that stop a build but leave the article usable for check (bad aliases, left out of it). */
      errors: BroadsheetError[];
    }
  | { ok: false; errors: BroadsheetError[] }
  /** A page of the source generator (no date, not a post): not an article, said in one warning. */
  | { ok: 'page'; warning: BroadsheetError };

/** Validate one article's front matter and fill in what the file name implies. */
export function normalizeArticle(data: Record<string, unknown>, ctx: NormalizeContext): NormalizeResult {
  const r = createFieldReader(ctx.timeZone);
  const base = fileStem(ctx.file);
  const prefix = DATE_PREFIX.exec(base);

  const title = decodedText(r.string('title', data.title));
  if (title === undefined) r.problems.push(invalidKey('title', { kind: 'no-title' }));
  const dated = readArticleDate(r, data, { file: ctx.file, stem: base, timeZone: ctx.timeZone, fileTime: ctx.fileTime });
  const page = asSourcePage(r.problems, data, ctx);
  if (page) return { ok: 'page', warning: page };
  const slug = readSlug(r, data.slug, prefix ? prefix[2]! : base);
  const writtenLang = r.string('lang', data.lang);
  const lang = writtenLang === undefined ? undefined : normalizeLangTag(writtenLang);
  const article = {
    file: ctx.file,
    title: title ?? '',
    date: dated?.date ?? 0,
    authors: readAuthors(r, data, ctx.source?.authors),
    publication: r.string('publication', data.publication) ?? ctx.publication,
    tags: r.stringList(data.tags !== undefined ? 'tags' : 'keywords', data.tags ?? data.keywords ?? taxonomy(data, 'tags')),
    slug,
    aliases: [] as string[],
    // Jekyll marks unpublished posts with published: false.
    draft: r.boolean('draft', data.draft) || data.published === false || data.published === 'false',
    corrections: readCorrections(r, data.corrections),
  } as Omit<SourceArticle, 'bodyHash' | 'bodyLine' | 'bodyOffset'>;
  const old = readAliases(r, data, ctx, { date: dated?.date, dateOnly: dated?.dateOnly === true, title });
  article.aliases = old.aliases;
  const optional: Partial<SourceArticle> = {
    updated: r.date('updated', data.updated ?? data.lastmod ?? data.last_modified_at),
    section: r.string('section', data.section ?? firstOf(data.categories) ?? data.category ?? firstOf(taxonomy(data, 'categories'))),
    photo: readPhoto(r, data, { file: ctx.file, hasFile: ctx.hasFile }),
    summary: decodedText(r.string('summary', data.summary ?? data.description ?? data.excerpt)),
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
  if (dated?.dateOnly) article.dateOnly = true;
  const aliases = checkAliases(article.aliases);
  article.aliases = aliases.kept;
  if (old.sourcePath && aliases.kept.includes(old.sourcePath.path)) article.sourcePath = old.sourcePath;
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
  if (dated?.fromFileTime) {
    const data = { file: ctx.file, written: dated.fromFileTime, date: new Date(dated.date).toISOString() };
    warnings.push(
      createProblem('DATE_FROM_FILE_TIME', data, { location: { file: ctx.file, line: ctx.lineOf('date') ?? 1 }, severity: 'warning' }),
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

/** "Taing Vida and Ben Sokhean", "A, B & C" or a list: one entry per person; ids in the source site's authors file become names. */
function readAuthors(r: FieldReader, data: Record<string, unknown>, ids: Record<string, string> | undefined): string[] {
  const key = data.byline !== undefined ? 'byline' : data.authors !== undefined ? 'authors' : 'author';
  const names = r.stringList(key, data[key]);
  const out: string[] = [];
  for (const name of names) {
    const known = ids && Object.hasOwn(ids, name) ? ids[name] : undefined;
    for (const part of known ? [known] : name.replace(/^by\s+/i, '').split(/\s*(?:,\s*and\s+|,|&|\s+and\s+)\s*/i)) {
      const person = part.trim();
      if (person && !out.includes(person)) out.push(person);
    }
  }
  return out;
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

/** Titles and summaries from other generators' themes often carry HTML entities (&ldquo;): they are text here. */
function decodedText(text: string | undefined): string | undefined {
  return text !== undefined && /&(#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i.test(text) ? decodeHTML(text) : text;
}

/**
 * Old addresses: `aliases` (Zola's relative ones are site paths; Hugo's are relative to the
 * page's folder), jekyll-redirect-from's `redirect_from`, the page's own old address
 * (url/permalink/path), and where the source generator's permalink rules put it.
 */
function readAliases(
  r: FieldReader,
  data: Record<string, unknown>,
  ctx: NormalizeContext,
  at: { date?: number; dateOnly: boolean; title?: string },
) {
  const listed = [data.aliases, data.redirect_from].flatMap((v) => (Array.isArray(v) ? v : [v]));
  const source = ctx.source;
  const base = source?.generator === 'hugo' ? path.posix.dirname(ctx.file) : '';
  const written = listed.map((a) =>
    source && (source.generator === 'zola' || source.generator === 'hugo') && typeof a === 'string' && isRelative(a)
      ? `/${base && base !== '.' ? `${base}/` : ''}${a.trim()}`
      : a,
  );
  const own = oldAddresses(data);
  const byRule =
    source && at.date !== undefined && !(own.length && source.generator !== 'jekyll')
      ? sourceUrl(source, { file: ctx.file, data, date: at.date, dateOnly: at.dateOnly, title: at.title ?? '', timeZone: ctx.timeZone })
      : undefined;
  // Where the source generator published the post: its rule's address, else the one its front matter set.
  const published = byRule ?? (source ? own.find((a): a is string => typeof a === 'string') : undefined);
  const aliases = r.stringList('aliases', [...written, ...own, ...(byRule ? [byRule] : [])]);
  return {
    aliases,
    ...(source && published ? { sourcePath: { path: published, generator: GENERATOR_NAMES[source.generator] } } : {}),
  };
}

const GENERATOR_NAMES = { jekyll: 'Jekyll', hugo: 'Hugo', zola: 'Zola', eleventy: 'Eleventy' } as const;

const isRelative = (a: string) => a.trim() !== '' && !/^[/?]|^[a-z][a-z0-9+.-]*:/i.test(a.trim());

/** A dateless file in a source generator's archive that its generator published as a page, not a post. */
function asSourcePage(problems: Problem[], data: Record<string, unknown>, ctx: NormalizeContext): BroadsheetError | undefined {
  const source = ctx.source;
  if (!source || !problems.some((p) => p.code === 'FRONT_MATTER_INVALID' && p.data.kind === 'no-date')) return undefined;
  const inPosts = source.generator === 'jekyll' && `${source.contentPath}/${ctx.file}`.split('/').includes('_posts');
  if (inPosts || data.date !== undefined) return undefined;
  return createProblem(
    'NOT_AN_ARTICLE',
    { file: ctx.file, generator: GENERATOR_NAMES[source.generator] },
    { location: { file: ctx.file, line: 1 }, severity: 'warning' },
  );
}
