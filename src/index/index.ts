// Stage 2 of 6, index: SourceArticle[] -> SiteIndex. Order, taxonomies, date archives, prev/next,
// related articles and translations are computed here once, never at render time.
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, createProblem, type BroadsheetError, type Warn } from '../errors/index.js';
import { wallTime } from '../shared/dates.js';
import { termSlug } from '../shared/slug.js';
import type { Asset, IndexedArticle, Instant, LanguageIndex, SiteIndex, SiteLanguage, SourceArticle } from '../types.js';
import { placeAssets, resolvePhoto } from './bundles.js';
import { buildDateArchives } from './date-archives.js';
import { linkNeighbours } from './neighbours.js';
import { computeRelated } from './related.js';
import { createRoutes, type Routes } from './routes.js';
import { createTermCollector, type TermCollector, type TermNotice } from './terms.js';
import { planLanguages, type LanguagePlan } from './languages.js';
import { addMovedPaths, linkTranslations } from './translations.js';

export interface IndexInputs {
  articles: SourceArticle[];
  /** Content files by path (placed here), or already placed (a migrated site's static files). */
  assets: readonly (string | Asset)[];
  /** The build's "now": articles dated later are not published unless config.future. */
  now: Instant;
  /** Where problems that do not stop the build go (unusable or merged tag names). */
  warn?: Warn;
  /** Article files left out with errors (--keep-going): their page bundles' files are not published. */
  leftOut?: readonly string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Build the site index; duplicate URLs and bad references fail the build with every file named. */
export function buildIndex(inputs: IndexInputs, config: ResolvedConfig): SiteIndex {
  const { index, errors } = indexSite(inputs, config);
  if (errors.length) throw createBuildFailure(errors);
  return index;
}

/**
 * Build the site index and return its problems instead of throwing (for check): the first of two
 * articles with one URL keeps it, and an unknown prev/next falls back to date order.
 */
export function indexSite(inputs: IndexInputs, config: ResolvedConfig): { index: SiteIndex; errors: BroadsheetError[] } {
  let drafts = 0;
  let future = 0;
  const published = inputs.articles.filter((a) => {
    if (a.draft && !config.drafts) return (drafts++, false);
    if (a.date > inputs.now && !config.future) return (future++, false);
    return true;
  });
  published.sort((a, b) => a.date - b.date || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));

  const notice = termNotice(published, inputs.warn);
  const plan = planLanguages(published, config);
  const lists = plan.languages.map((language) => languageLists(language, config, notice));
  const rootRoutes = createRoutes(config);
  const rootUrls: (string | undefined)[] = [];
  const taken = new Map<string, string>();
  const articles = published.map((source, i) => {
    const list = lists[plan.of[i]!]!;
    list.ids.push(i);
    const { article, fields } = indexArticle(source, i, list, plan, inputs.now, config.timeZone);
    toSourcePathIfTaken(source, article, taken, list.routes, inputs.warn);
    if (!taken.has(article.outPath)) taken.set(article.outPath, article.file);
    // An article of a language with a folder had its address at the root on a one-language site.
    if (list.language.prefix) rootUrls[i] = rootRoutes.article(fields, source.file).url;
    return article;
  });
  const languages = lists.map((l) => finishLanguage(l, articles));
  addMovedPaths(articles, rootUrls, config.basePath);
  const errors = [...findDuplicateUrls(articles), ...languages.flatMap((l) => linkNeighbours(articles, l.articles))];
  const root = languages[0]!;
  const index: SiteIndex = {
    articles,
    languages,
    sections: root.sections,
    tags: root.tags,
    authors: root.authors,
    years: root.years,
    months: root.months,
    days: root.days,
    skipped: { drafts, future },
    assets: placeAssets(inputs.assets, inputs.articles, articles, inputs.leftOut),
  };
  for (const l of languages) computeRelated(articles, l.articles, l.tags.terms.length, l.sections.terms.length, config.relatedCount);
  linkTranslations(
    articles,
    plan.groups,
    languages.map((l) => l.code),
    inputs.warn,
  );
  return { index, errors };
}

/** What one language's lists collect while the articles are indexed. */
interface LanguageLists {
  language: SiteLanguage;
  routes: Routes;
  /** Its articles, oldest first. */
  ids: number[];
  sections: TermCollector;
  tags: TermCollector;
  authors: TermCollector;
}

function languageLists(language: SiteLanguage, config: ResolvedConfig, notice: TermNotice): LanguageLists {
  const routes = createRoutes(config, language.prefix);
  return {
    language,
    routes,
    ids: [],
    sections: createTermCollector('section', routes, notice),
    tags: createTermCollector('tag', routes, notice),
    authors: createTermCollector('author', routes, notice),
  };
}

/** Article i (in date order) with its address in its language and its terms in that language's sets. */
function indexArticle(source: SourceArticle, i: number, list: LanguageLists, plan: LanguagePlan, now: Instant, timeZone: string) {
  const w = wallTime(source.date, timeZone);
  const [year, month, day] = [String(w.year), pad(w.month), pad(w.day)];
  const slug = plan.slugs[i]!;
  // A section's permalink segment is its term slug, the same as its page: /section/dont-miss/.
  const fields = { year, month, day, slug, section: source.section ? termSlug(source.section) : '' };
  const { url, outPath } = list.routes.article(fields, source.file, source.keyLines?.slug);
  const formerPaths = list.routes.formerArticlePaths(fields, source.section, source.file);
  const modified = Math.max(source.date, source.updated ?? 0, ...source.corrections.map((c) => c.date));
  const lang = plan.tags[i];
  const article: IndexedArticle = {
    ...source,
    slug,
    ...(lang !== undefined ? { lang } : {}),
    ...(formerPaths.length ? { aliases: [...source.aliases, ...formerPaths] } : {}),
    url,
    outPath,
    year,
    month,
    day,
    modified,
    scheduled: source.date > now,
    authorTerms: termIds(source.authors.map((n) => list.authors.add(n, i))),
    tagTerms: termIds(source.tags.map((n) => list.tags.add(n, i))),
    related: [],
    translations: [],
    language: plan.of[i]!,
  };
  if (source.photo) article.photo = resolvePhoto(source.photo, outPath);
  const section = source.section === undefined ? -1 : list.sections.add(source.section, i);
  if (section >= 0) article.sectionTerm = section;
  return { article, fields };
}

/** A language's lists once every article is in: its terms and date archives. */
function finishLanguage(l: LanguageLists, articles: IndexedArticle[]): LanguageIndex {
  return {
    ...l.language,
    articles: l.ids,
    sections: l.sections.finish(),
    tags: l.tags.finish(),
    authors: l.authors.finish(),
    ...buildDateArchives(
      l.ids.map((i) => articles[i]!),
      l.routes,
      l.ids,
    ),
  };
}

/** Term ids of one article: usable names only, and "Rice" and "rice" (one term) only once. */
function termIds(ids: number[]): number[] {
  return [...new Set(ids.filter((t) => t >= 0))];
}

/** Term names that lose articles or spellings are reported, naming the article that used them. */
function termNotice(articles: SourceArticle[], warn: Warn | undefined): TermNotice {
  return ({ kind, name, article, mergedInto }) => {
    const file = articles[article]!.file;
    warn?.(
      mergedInto === undefined
        ? createProblem('UNUSABLE_TERM', { kind, name, file }, { location: { file }, severity: 'warning' })
        : createProblem('TERM_MERGED', { kind, name, file, mergedInto }, { location: { file }, severity: 'warning' }),
    );
  };
}

/**
 * A migrated post whose address an older post already has is published where its source generator
 * published it (two Eleventy posts /blog/bigint/ and /features/bigint/ both give /2017/05/bigint/
 * here), with a URL_FROM_SOURCE warning, instead of stopping the build or losing the post. Anything
 * else sharing an address is left to findDuplicateUrls.
 */
function toSourcePathIfTaken(
  source: SourceArticle,
  article: IndexedArticle,
  taken: Map<string, string>,
  routes: Routes,
  warn: Warn | undefined,
): void {
  const other = taken.get(article.outPath);
  if (other === undefined || !article.sourcePath) return;
  const route = routes.sourceArticle(article.sourcePath.path);
  if (!route || taken.has(route.outPath)) return;
  warn?.(
    createProblem(
      'URL_FROM_SOURCE',
      { file: article.file, other, url: decodeURI(route.url), generator: article.sourcePath.generator },
      { location: { file: article.file, line: article.keyLines?.slug ?? 1 }, severity: 'warning' },
    ),
  );
  article.url = route.url;
  article.outPath = route.outPath;
  // A photo relative to the page is relative to where the page now is.
  if (source.photo) article.photo = resolvePhoto(source.photo, route.outPath);
}

function findDuplicateUrls(articles: IndexedArticle[]): BroadsheetError[] {
  const seen = new Map<string, IndexedArticle>();
  const errors: BroadsheetError[] = [];
  for (const a of articles) {
    const other = seen.get(a.outPath);
    if (other) {
      errors.push(
        createProblem(
          'DUPLICATE_URL',
          { kind: 'articles', file: a.file, other: other.file, url: decodeURI(a.url) },
          { location: { file: a.file, line: a.keyLines?.slug ?? 1 } },
        ),
      );
    } else seen.set(a.outPath, a);
  }
  return errors;
}
