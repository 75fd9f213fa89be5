// Stage 4 of 6, render: SiteIndex -> OutputFile stream. Contexts are built here on the main thread;
// Markdown and templates run in worker threads; unchanged pages are skipped by input key.
import type { ResolvedConfig } from '../config/index.js';
import { createBuildFailure, type BroadsheetError, type BuildFailure, type Warn, revive } from '../errors/index.js';
import { SITE_FILES } from '../index/routes.js';
import { codeVersion } from '../cache/code-version.js';
import { hashOf } from '../shared/hash.js';
import type { SiteData } from '../data/index.js';
import { loadPages } from '../pages/index.js';
import { checkMenuPages, standalonePageJobs } from './pages/standalone-pages.js';
import type { BodyImage, Instant, OutputFile, PhotoAsset, RenderStats, SiteIndex } from '../types.js';
import { addCounts, executeJobs, noJobs } from './jobs/execute-jobs.js';
import { extensionSource, helpersFingerprint, pluginsFingerprint } from './extensions/index.js';
import { markdownFingerprint } from './markdown/fingerprint-inputs.js';
import { resolveBodyReferences } from './markdown/migrate/site-references.js';
import type { JobFailure, PlainError, PlannedJob, WorkerInit } from './jobs/job-types.js';
import { createJobRunner } from './jobs/runners.js';
import { articlePageJob } from './pages/article-page.js';
import { articleLanguageLinks, createListLanguageLinks, withLanguageLinks } from './pages/language-links.js';
import type { SitemapEntry } from './sitemaps/index.js';
import { feedJobs } from './pages/feed-jobs.js';
import { dateArchivePageJobs, navigationPageJobs } from './pages/list-pages.js';
import { createPageKit } from './pages/page-kit.js';
import { createPageKeys } from './page-keys.js';
import { buildSiteContext } from './pages/site-context.js';
import { headersFile } from './pages/headers-file.js';
import { assetFiles, redirectFiles, sitemapFiles, staticFiles, themeAssets } from './pages/site-files.js';
import { loadTheme } from './templates/load-theme.js';
import { createTranslator, loadCatalogue, missingTranslations } from './i18n/index.js';
import { wordmarkSvg } from './pages/wordmark.js';

export interface RenderOptions {
  now: Instant;
  threads: number;
  isFresh(path: string, inputKey: string): boolean;
  /** Warnings recorded with a file the last build wrote (reported again when the file is kept). */
  problemsOf?(path: string): readonly PlainError[];
  /** Receives problems that would otherwise stop the stream (bad aliases), so check can list them all. */
  onProblem?: (problem: BroadsheetError) => void;
  /** From the photos stage: renditions by photo src, and the rendition files to publish. */
  photos?: { photos: ReadonlyMap<string, PhotoAsset>; bodyImages?: ReadonlyMap<string, readonly BodyImage[]>; files: OutputFile[] };
  /** Stops the workers at once (SIGINT, SIGTERM). */
  signal?: AbortSignal;
  /** Receives warnings found while rendering (HTML the sanitiser removed). */
  warn?: Warn;
  /** data/ of the site: site.data, author profiles, menus. */
  data?: SiteData;
  /** Content files marked `type: page` (from the load stage), published with pages/. */
  contentPages?: readonly string[];
}

/** Articles whose body could not be rendered: every one named; build leaves them out with --keep-going. */
export interface BodyFailure extends BuildFailure {
  readonly leftOut: string[];
}

export function isBodyFailure(value: unknown): value is BodyFailure {
  return Array.isArray((value as BodyFailure | undefined)?.leftOut);
}

/** Render every page, feed and file of the site, streaming them to the writer; return what was rendered. */
export async function* renderSite(
  index: SiteIndex,
  config: ResolvedConfig,
  options: RenderOptions,
): AsyncGenerator<OutputFile, RenderStats> {
  const theme = loadTheme(config.themeDir, config.templatesDir);
  const i18n = {
    catalogue: loadCatalogue(theme.files, theme.origins, config.i18nDir),
    language: config.language,
    timeZone: config.timeZone,
  };
  const translator = createTranslator(i18n.catalogue, i18n);
  for (const w of missingTranslations(i18n.catalogue, translator)) options.warn?.(w);
  const assets = themeAssets(theme, { 'assets/wordmark.svg': wordmarkSvg(config.title) });
  const photos = options.photos?.photos ?? new Map<string, PhotoAsset>();
  const bodyImages = options.photos?.bodyImages ?? new Map<string, readonly BodyImage[]>();
  // What migrated bodies refer to ({% post_url %}, Hugo's ref, Zola's @/), answered from the index.
  const references = resolveBodyReferences(index, config);
  const kit = createPageKit(config, index, { photos, bodyImages, references, assets: assets.paths, translator });
  const data = options.data ?? { values: {}, authors: new Map(), menus: { header: [], footer: [] } };
  const pages = loadPages(config, options.contentPages);
  checkMenuPages(data.menus, pages, config);
  const site = buildSiteContext(kit, index, config, data, pages);
  // A multilingual site: every language's pages get its own kit (routes under its folder, its
  // terms and archives) and its own `site` (title, home, navigation, feeds).
  const kits = index.languages.map((_, n) => kit.forLanguage(n));
  const languageSites = kits.map((k, n) => (n === 0 ? site : buildSiteContext(k, k.index, k.config, data, pages)));
  const { renderSeconds, bodyBytes, nesting, inlineMarks, tableCells } = config.limits;
  const bodyLimits = { bodyBytes, nesting, inlineMarks, tableCells };
  const pluginsKey = pluginsFingerprint(config);
  // A body cached under looser limits must not be published under stricter ones.
  const bodyKeySalt = hashOf(markdownFingerprint(config.sanitize, pluginsKey), JSON.stringify(bodyLimits));
  const extensions = extensionSource(config);
  // Everything site-wide that any page or feed shows: settings, theme, shared context, pipeline.
  // (newArticle only seeds `broadsheet new`: editing it must not re-render the site.)
  const {
    contentDir: _c,
    outDir: _o,
    themeDir: _t,
    templatesDir: _d,
    cacheDir: _k,
    configFile: _f,
    newArticle: _n,
    staticDir: _s,
    markdown: _m,
    helpers: _h,
    ...settings
  } = config;
  const languages = JSON.stringify([languageSites.slice(1), index.languages.map((l) => [l.code, l.name, l.prefix])]);
  // The render stage's own code too (contexts, templates engine, feed writers: this module's import graph),
  // so an upgrade that changes what a page or feed prints rewrites it in an output folder built before.
  const siteKey = hashOf(
    JSON.stringify(settings),
    theme.hash,
    JSON.stringify(i18n.catalogue),
    JSON.stringify(site),
    languages,
    bodyKeySalt,
    helpersFingerprint(config),
    codeVersion(import.meta.url),
  );
  const keys = createPageKeys(index, siteKey, photos, bodyImages, references);

  const init: WorkerInit = {
    theme,
    site,
    ...(kits.length > 1 ? { languageSites } : {}),
    contentDir: config.contentDir,
    cacheDir: config.cacheDir,
    reuseBodies: config.feed.content === 'full',
    bodyKeySalt,
    sanitize: config.sanitize,
    limits: bodyLimits,
    i18n,
    ...(extensions ? { extensions } : {}),
  };
  const articleCount = index.articles.length;
  const runner = createJobRunner(init, options.threads, {
    timeoutMs: renderSeconds * 1000,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const pageUrls: SitemapEntry[] = [];
  const listed = function* (jobs: Iterable<PlannedJob>): Generator<PlannedJob> {
    for (const job of jobs) {
      if (job.url) pageUrls.push({ loc: job.url, ...(job.alternates ? { alternates: job.alternates } : {}) });
      yield job;
    }
  };
  // Pages of one language that are not articles: its switcher and alternates added.
  const listLinks = createListLanguageLinks(kit);
  const origin = kit.absolute('');
  const inLanguage = function* (n: number, jobs: Iterable<PlannedJob>): Generator<PlannedJob> {
    for (const job of jobs) yield withLanguageLinks(job, listLinks(kits[n]!, job.url?.slice(origin.length)), n);
  };
  const articleJobs = function* (): Generator<PlannedJob> {
    for (let i = 0; i < articleCount; i++) {
      const a = index.articles[i]!;
      const inputKey = keys.article(i);
      const own = kits[a.language] ?? kit;
      const { hreflang } = articleLanguageLinks(kit, i);
      yield {
        paths: [a.outPath],
        inputKey,
        url: kit.absolute(a.url),
        ...(hreflang.length ? { alternates: hreflang } : {}),
        source: a.file,
        make: () => ({ ...articlePageJob(own, i), inputKey }),
      };
    }
  };
  let counts = noJobs();
  try {
    const failures: JobFailure[] = [];
    const onWarning = (w: PlainError) => options.warn?.(revive({ ...w, severity: 'warning' }));
    const exec = {
      runner,
      isFresh: options.isFresh,
      ...(options.problemsOf ? { problemsOf: options.problemsOf } : {}),
      batchSize: 32,
      onFailure: (f: JobFailure) => failures.push(f),
      onWarning,
    };
    counts = yield* executeJobs(listed(articleJobs()), exec);
    // List pages and feeds would link the pages that failed: stop here and name every one.
    if (failures.length) throw bodyFailure(failures);
    for (const [n, k] of kits.entries()) {
      counts = addCounts(counts, yield* executeJobs(listed(inLanguage(n, navigationPageJobs(k, keys, data.authors))), exec));
      counts = addCounts(counts, yield* executeJobs(listed(inLanguage(n, dateArchivePageJobs(k, keys))), exec));
    }
    counts = addCounts(counts, yield* executeJobs(listed(await standalonePageJobs(kit, keys, pages)), exec));
    for (const k of kits) counts = addCounts(counts, yield* executeJobs(feedJobs(k, keys), exec));
  } finally {
    await runner.close();
  }
  // Article pages carry their lastmod; list pages change whenever their newest article does.
  index.articles.forEach((a, i) => Object.assign(pageUrls[i]!, { lastmod: a.modified }));
  yield* sitemapFiles(kits, pageUrls, options.now);
  yield* redirectFiles(kit, options.onProblem, Object.values(assets.paths));
  yield* assets.files;
  yield* options.photos?.files ?? [];
  yield* assetFiles(config.contentDir, index.assets);
  const own = staticFiles(config.staticDir);
  yield* own;
  // A _headers file of the site's own replaces the generated one.
  if (config.headers && !own.some((f) => f.path === SITE_FILES.headers)) yield headersFile(config);
  return counts;
}

function bodyFailure(failures: JobFailure[]): BodyFailure {
  const errors = failures.map((f) => revive(f.error));
  return Object.assign(createBuildFailure(errors), { leftOut: [...new Set(failures.map((f) => f.source))] });
}
