// The pipeline, end to end: load -> index -> photos -> render -> search -> write. Each stage hands
// back its value and the problems it found; this file alone decides what stops the build, and
// errors leave it coded and marked with their stage (a bug as INTERNAL_ERROR).
import { performance } from 'node:perf_hooks';
import { openBuildShortcut } from './cache/unchanged-build.js';
import type { ResolvedConfig } from './config/index.js';
import { authorNames, loadSiteData, type SiteData } from './data/index.js';
import { createBuildFailure, createProblem, inStage, type BroadsheetError, type BuildFailure, type Warn } from './errors/index.js';
import { indexKeepingGoing } from './index/keep-going.js';
import { PAGEFIND_DIR } from './index/routes.js';
import { asSkipped, loadArticles } from './load/index.js';
import { preparePhotos } from './photos/index.js';
import { isBodyFailure, renderSite, type BodyFailure } from './render/index.js';
import { defaultThreads } from './render/jobs/runners.js';
import { withSearchIndex } from './search/index.js';
import { buildTime } from './shared/clock.js';
import { throwIfInterrupted, type PauseHook } from './shared/interrupt.js';
import { passThrough } from './shared/streams.js';
import type { BuildStats, Instant, OutputFile, PhotoStats, RenderStats, SearchStats, SiteIndex, WriteStats } from './types.js';
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
  /** Languages with more articles than this get one search bundle per year (default SPLIT_BY_YEAR_ABOVE). */
  searchSplitAbove?: number;
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
      const now = options.now ?? buildTime();
      // A build held at pause points runs every stage: what it is paused for must happen.
      const shortcut = options.pause ? undefined : openBuildShortcut(config, recordedOptions(options), now);
      const reused = shortcut?.reuse();
      if (reused) return reused;
      const { stats, dates } = await runBuild(config, { ...options, now }, at);
      shortcut?.save(stats, dates);
      return stats;
    } finally {
      lock.release();
    }
  } catch (error) {
    throw inStage(at.stage, error);
  }
}

function recordedOptions(options: BuildOptions) {
  return { keepGoing: options.keepGoing ?? false, searchSplitAbove: options.searchSplitAbove };
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

/** What a stage hands back: its value and the problems it found that did not stop it. */
interface StageResult<T> {
  value: T;
  problems: BroadsheetError[];
}

/** Run a stage with a Warn of its own; its warnings come back with its value, in the order found. */
async function collecting<T>(run: (warn: Warn) => Promise<T> | T): Promise<StageResult<T>> {
  const problems: BroadsheetError[] = [];
  const value = await run((w) => problems.push(w));
  return { value, problems };
}

/** Stage times, and which stage a failure is blamed on (the one running). */
function createStageClock(at: { stage: Stage }) {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let mark = started;
  return {
    timings,
    lap(stage: Stage) {
      const t = performance.now();
      timings[stage] = Math.round(t - mark);
      mark = t;
      at.stage = STAGES[STAGES.indexOf(stage) + 1] ?? stage;
    },
    total: () => Math.round(performance.now() - started),
  };
}
type StageClock = ReturnType<typeof createStageClock>;

interface Run {
  config: ResolvedConfig;
  options: BuildOptions;
  now: Instant;
  clock: StageClock;
  progress: BuildProgress;
  report: ((progress: BuildProgress) => void) | undefined;
}

/** The build's stats, and the dates of every article read (the fast path's clock events). */
async function runBuild(
  config: ResolvedConfig,
  options: BuildOptions,
  at: { stage: Stage },
): Promise<{ stats: BuildStats; dates: Instant[] }> {
  const progress: BuildProgress = { stage: 'load', loaded: { done: 0, total: 0 }, articles: { done: 0, total: 0 }, files: 0 };
  const run: Run = { config, options, now: options.now ?? buildTime(), clock: createStageClock(at), progress, report: options.onProgress };
  const load = await loadStage(run);
  const problems = [...load.problems];
  // The orchestrator decides: articles that fail to load stop the build (--keep-going made them warnings).
  if (load.value.errors.length) throw createBuildFailure(load.value.errors);
  run.clock.lap('load');
  await options.pause?.('load', options.signal);
  throwIfInterrupted(options.signal);
  // Articles left out with --keep-going: at load, for sharing a URL, or because their body failed.
  const leftOut = new Set(load.value.leftOut);
  for (;;) {
    const attempt = await publishOnce(run, load.value, leftOut);
    problems.push(...attempt.problems);
    const outcome = attempt.value;
    if (outcome.kind === 'index-failed') throw createBuildFailure(outcome.errors);
    if (outcome.kind === 'nothing') throw nothingPublished(problems, leftOut.size);
    if (outcome.kind === 'written') {
      run.clock.lap('render+search+write');
      return { stats: buildStats(outcome, leftOut, problems, run.clock), dates: load.value.articles.map((a) => a.date) };
    }
    // A body that fails or passes a limit: with --keep-going, build again without its article.
    if (!(options.keepGoing ?? false)) throw outcome.failure;
    outcome.failure.errors.forEach((e) => problems.push(asSkipped(e, 'The article was left out')));
    outcome.failure.leftOut.forEach((f) => leftOut.add(f));
  }
}

type Loaded = Awaited<ReturnType<typeof loadArticles>> & { data: SiteData };

/** Read every article (and data/, whose author ids become the names in bylines). */
async function loadStage({ config, options, progress, report }: Run): Promise<StageResult<Loaded>> {
  return collecting(async (warn) => {
    const loaded = await loadArticles(config, {
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
    return { ...loaded, data };
  });
}

type Outcome =
  | {
      kind: 'written';
      index: SiteIndex;
      write: WriteStats;
      photos: PhotoStats;
      render: RenderStats;
      search: SearchStats;
      pages: number;
      files: number;
    }
  | { kind: 'body-failed'; failure: BodyFailure }
  | { kind: 'index-failed'; errors: BroadsheetError[] }
  | { kind: 'nothing' };

/** Index, photos, render, search and write once, with the articles not left out; say how it went. */
async function publishOnce(run: Run, loaded: Loaded, leftOut: Set<string>): Promise<StageResult<Outcome>> {
  const { config, options, now, clock, progress, report } = run;
  return collecting(async (warn): Promise<Outcome> => {
    progress.stage = 'index';
    report?.(progress);
    const articles = loaded.articles.filter((a) => !leftOut.has(a.file));
    const indexInputs = { articles, assets: loaded.assets, now, warn, leftOut: [...leftOut] };
    const indexed = indexKeepingGoing(indexInputs, config, options.keepGoing ?? false);
    if (indexed.errors.length) return { kind: 'index-failed', errors: indexed.errors };
    indexed.leftOut.forEach((f) => leftOut.add(f));
    const index = indexed.index;
    if (!index.articles.length && leftOut.size) return { kind: 'nothing' };
    clock.lap('index');
    throwIfInterrupted(options.signal);
    const output = openOutput(config.outDir, protectedDirs(config), options.pause ? { pause: options.pause } : {});
    const photos = await preparePhotos(index, config, { isFresh: output.isFresh, warn });
    clock.lap('photos');
    throwIfInterrupted(options.signal);
    progress.stage = 'render';
    progress.articles.total = index.articles.length;
    report?.(progress);
    const renderOptions = {
      now,
      threads: options.threads ?? defaultThreads(),
      isFresh: output.isFresh,
      problemsOf: output.problemsOf,
      photos,
      data: loaded.data,
      warn,
      contentPages: loaded.pages,
    };
    const stream = renderSite(index, config, { ...renderOptions, ...(options.signal ? { signal: options.signal } : {}) });
    const searchOptions = {
      outDir: output.outDir,
      previous: output.previousUnder(PAGEFIND_DIR),
      warn,
      ...(options.searchSplitAbove === undefined ? {} : { splitAbove: options.searchSplitAbove }),
    };
    const counter = createFileCounter<{ upstream: RenderStats; search: SearchStats }>(run, index.articles.length);
    try {
      const write = await output.write(counter.counted(withSearchIndex(stream, index, config, searchOptions)), options.signal);
      // The streaming stages' own stats, returned when their last file went by.
      const { upstream: render, search } = counter.returned();
      return { kind: 'written', index, write, photos: photos.stats, render, search, pages: counter.pages, files: counter.files };
    } catch (error) {
      if (isBodyFailure(error)) return { kind: 'body-failed', failure: error };
      throw error;
    }
  });
}

/**
 * Counts the files and pages streaming to the writer, reports progress as they go, and keeps
 * what the stream returned at its end (the stages' stats) for `returned()`.
 */
function createFileCounter<R>({ options, progress, report }: Run, total: number) {
  let result: { value: R } | undefined;
  const counter = {
    pages: 0,
    files: 0,
    async *counted(stream: AsyncGenerator<OutputFile, R>): AsyncGenerator<OutputFile, void> {
      const value = yield* passThrough(stream, (f) => {
        throwIfInterrupted(options.signal);
        counter.files++;
        if (f.path.endsWith('.html')) counter.pages++;
        if (report) {
          // Render streams the article pages first, one file each.
          progress.files = counter.files;
          progress.articles.done = Math.min(counter.files, total);
          report(progress);
        }
      });
      result = { value };
    },
    returned(): R {
      if (!result) throw new Error('the stream was not read to its end');
      return result.value;
    },
  };
  return counter;
}

function buildStats(
  done: Extract<Outcome, { kind: 'written' }>,
  leftOut: Set<string>,
  warnings: BroadsheetError[],
  clock: StageClock,
): BuildStats {
  const timings = { ...clock.timings, ...(done.search.ms ? { 'of which pagefind': done.search.ms } : {}) };
  return {
    articles: done.index.articles.length,
    drafts: done.index.skipped.drafts,
    future: done.index.skipped.future,
    invalid: leftOut.size,
    pages: done.pages,
    files: done.files,
    write: done.write,
    rendered: done.render.rendered,
    cachedBodies: done.render.cached,
    photos: done.photos,
    search: done.search,
    ms: clock.total(),
    timings,
    warnings,
  };
}

/** Every article of the content folder was left out: publishing an empty site would hide that. */
function nothingPublished(warnings: BroadsheetError[], count: number): BuildFailure {
  return createBuildFailure([...warnings, createProblem('NOTHING_PUBLISHED', { count })]);
}
