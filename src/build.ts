// The pipeline, end to end: load -> index -> photos -> render (+ search) -> write; errors leave
// it coded and marked with their stage.
import { performance } from 'node:perf_hooks';
import type { ResolvedConfig } from './config/index.js';
import { authorNames, loadSiteData } from './data/index.js';
import { inStage, type BroadsheetError, type Warn } from './errors/index.js';
import { createBuildFailure, createError, type BuildFailure } from './errors/index.js';
import { indexKeepingGoing } from './index/keep-going.js';
import { asSkipped, loadContent } from './load/index.js';
import { preparePhotos } from './photos/index.js';
import { isBodyFailure, renderSite } from './render/index.js';
import { defaultThreads } from './render/jobs/runners.js';
import { withSearchIndex } from './search/index.js';
import { buildTime } from './shared/clock.js';
import { throwIfInterrupted, type PauseHook } from './shared/interrupt.js';
import type { BuildStats, Instant, OutputFile, SiteIndex, WriteStats } from './types.js';
import { openOutput } from './write/index.js';
import { lockFolders } from './write/lock-folders.js';

export interface BuildOptions {
  /** Worker threads for rendering; 0 renders in this thread. Default: one per core. */
  threads?: number;
  now?: Instant;
  /** Leave out articles that fail validation (reported as warnings) instead of failing the build. */
  keepGoing?: boolean;
  /** Stops the build between stages and between files with BUILD_INTERRUPTED; the output folder stays as it was. */
  signal?: AbortSignal;
  /** Called as the build advances (often: keep it cheap); the CLI draws its progress bar from it. */
  onProgress?: (progress: BuildProgress) => void;
  /** Holds the build at named points (after load, while staging, during the commit); see PauseHook. */
  pause?: PauseHook;
}

/** How far a build is: the stage, files loaded, and pages rendered (article pages come first). */
export interface BuildProgress {
  stage: 'load' | 'index' | 'render';
  /** Articles read so far / Markdown files in the content folder. */
  loaded: { done: number; total: number };
  /** Article pages rendered (or found up to date) / published articles. */
  articles: { done: number; total: number };
  /** Output files of any kind produced so far. */
  files: number;
}

const STAGES = ['load', 'index', 'photos', 'render+search+write'] as const;
type Stage = (typeof STAGES)[number];

/**
 * Build the site described by config into config.outDir. Throws only BroadsheetError/BuildFailure,
 * marked with the stage it came from; a bug surfaces as INTERNAL_ERROR naming the stage.
 */
export async function build(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildStats> {
  const at: { stage: Stage } = { stage: 'load' };
  try {
    const lock = lockFolders(config.outDir, config.cacheDir, protectedDirs(config));
    try {
      return await runBuild(config, options, at);
    } finally {
      lock.release();
    }
  } catch (error) {
    throw inStage(at.stage, error);
  }
}

/** Folders a build reads, which the output folder must never be or contain. */
function protectedDirs(config: ResolvedConfig): string[] {
  return [
    config.contentDir,
    config.themeDir,
    config.staticDir,
    config.dataDir,
    config.pagesDir,
    ...(config.templatesDir ? [config.templatesDir] : []),
  ];
}

async function runBuild(config: ResolvedConfig, options: BuildOptions, at: { stage: Stage }): Promise<BuildStats> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let mark = started;
  const lap = (stage: Stage) => {
    const t = performance.now();
    timings[stage] = Math.round(t - mark);
    mark = t;
    at.stage = STAGES[STAGES.indexOf(stage) + 1] ?? stage;
  };
  const now = options.now ?? buildTime();
  // Stages that find problems which do not stop the build take a Warn that pushes here.
  const warnings: BroadsheetError[] = [];

  const progress: BuildProgress = { stage: 'load', loaded: { done: 0, total: 0 }, articles: { done: 0, total: 0 }, files: 0 };
  const report = options.onProgress;
  const warn: Warn = (w) => warnings.push(w);
  const loaded = await loadContent(config, {
    warn,
    keepGoing: options.keepGoing ?? false,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(report
      ? {
          onProgress: (done: number, total: number) => {
            progress.loaded = { done, total };
            report(progress);
          },
        }
      : {}),
  });
  // Author ids in bylines become names from data/authors.* before the index groups articles by author.
  const data = loadSiteData(config.dataDir, config.menus);
  if (data.authors.size) loaded.articles = loaded.articles.map((a) => ({ ...a, authors: authorNames(a.authors, data.authors) }));
  lap('load');
  await options.pause?.('load', options.signal);
  throwIfInterrupted(options.signal);
  const keepGoing = options.keepGoing ?? false;
  // Articles left out with --keep-going: at load, for sharing a URL, or because their body failed.
  const leftOut = new Set(loaded.leftOut);
  let index: SiteIndex;
  let write: WriteStats;
  let photos: Awaited<ReturnType<typeof preparePhotos>>;
  const renderStats = { rendered: 0, cached: 0, skipped: 0 };
  const searchStats = { indexed: 0, files: 0, kept: false, ms: 0 };
  let pages = 0;
  let files = 0;
  for (;;) {
    progress.stage = 'index';
    report?.(progress);
    const articles = loaded.articles.filter((a) => !leftOut.has(a.file));
    const indexed = indexKeepingGoing({ articles, assets: loaded.assets, now, warn, leftOut: [...leftOut] }, config, keepGoing);
    index = indexed.index;
    indexed.leftOut.forEach((f) => leftOut.add(f));
    if (!index.articles.length && leftOut.size) throw nothingPublished(warnings, leftOut.size);
    lap('index');
    throwIfInterrupted(options.signal);
    const output = openOutput(config.outDir, protectedDirs(config), options.pause ? { pause: options.pause } : {});
    photos = await preparePhotos(index, config, { isFresh: output.isFresh, warn });
    lap('photos');
    throwIfInterrupted(options.signal);
    progress.stage = 'render';
    progress.articles.total = index.articles.length;
    report?.(progress);
    Object.assign(renderStats, { rendered: 0, cached: 0, skipped: 0 });
    pages = 0;
    files = 0;
    const total = index.articles.length;
    const counted = async function* (stream: AsyncIterable<OutputFile>) {
      for await (const f of stream) {
        throwIfInterrupted(options.signal);
        files++;
        if (f.path.endsWith('.html')) pages++;
        if (report) {
          // Render streams the article pages first, one file each.
          progress.files = files;
          progress.articles.done = Math.min(files, total);
          report(progress);
        }
        yield f;
      }
    };
    const stream = renderSite(index, config, {
      now,
      threads: options.threads ?? defaultThreads(),
      isFresh: output.isFresh,
      stats: renderStats,
      photos,
      data,
      warn,
      contentPages: loaded.pages,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    const searched = withSearchIndex(stream, index, config, {
      outDir: output.outDir,
      previous: output.previousUnder('pagefind'),
      warn,
      stats: searchStats,
    });
    try {
      write = await output.write(counted(searched), options.signal);
      break;
    } catch (error) {
      // A body that fails or passes a limit: with --keep-going, build again without its article.
      if (!keepGoing || !isBodyFailure(error)) throw error;
      error.errors.forEach((e) => warn(asSkipped(e, 'The article was left out')));
      error.leftOut.forEach((f) => leftOut.add(f));
    }
  }
  lap('render+search+write');
  if (searchStats.ms) timings['of which pagefind'] = searchStats.ms;
  return {
    articles: index.articles.length,
    drafts: index.skipped.drafts,
    future: index.skipped.future,
    invalid: leftOut.size,
    pages,
    files,
    write,
    rendered: renderStats.rendered,
    cachedBodies: renderStats.cached,
    photos: photos.stats,
    search: searchStats,
    ms: Math.round(performance.now() - started),
    timings,
    warnings,
  };
}

/** Every article of the content folder was left out: publishing an empty site would hide that. */
function nothingPublished(warnings: BroadsheetError[], count: number): BuildFailure {
  return createBuildFailure([
    ...warnings,
    createError('NOTHING_PUBLISHED', {
      message: `All ${count} article${count === 1 ? ' was' : 's were'} left out with errors, so the site would have no articles; the output folder was left as it was.`,
      hint: 'Fix the problems listed above (run broadsheet check to see them all), then build again.',
    }),
  ]);
}
