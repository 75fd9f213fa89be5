// The pipeline, end to end: load -> index -> render -> write.
import { performance } from 'node:perf_hooks';
import type { ResolvedConfig } from './config/index.js';
import type { BroadsheetError, Warn } from './errors/index.js';
import { authorNames, loadSiteData } from './data/index.js';
import { buildIndex } from './index/index.js';
import { loadContent } from './load/index.js';
import { preparePhotos } from './photos/index.js';
import { renderSite } from './render/index.js';
import { defaultThreads } from './render/jobs/runners.js';
import { withSearchIndex } from './search/index.js';
import { buildTime } from './shared/clock.js';
import { testPause, throwIfInterrupted } from './shared/interrupt.js';
import type { BuildStats, Instant, OutputFile } from './types.js';
import { openOutput } from './write/index.js';

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

/** Build the site described by config into config.outDir. Throws BroadsheetError/BuildFailure on bad input. */
export async function build(config: ResolvedConfig, options: BuildOptions = {}): Promise<BuildStats> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let mark = started;
  const lap = (stage: string) => {
    const t = performance.now();
    timings[stage] = Math.round(t - mark);
    mark = t;
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
  await testPause('load', options.signal);
  throwIfInterrupted(options.signal);
  progress.stage = 'index';
  report?.(progress);
  const index = buildIndex({ ...loaded, now, warn }, config);
  lap('index');
  throwIfInterrupted(options.signal);
  const output = openOutput(config.outDir, [
    config.contentDir,
    config.themeDir,
    config.staticDir,
    config.dataDir,
    config.pagesDir,
    ...(config.templatesDir ? [config.templatesDir] : []),
  ]);
  const photos = await preparePhotos(index, config, { isFresh: output.isFresh, warn });
  lap('photos');
  throwIfInterrupted(options.signal);
  progress.stage = 'render';
  progress.articles.total = index.articles.length;
  report?.(progress);
  const renderStats = { rendered: 0, cached: 0, skipped: 0 };
  let pages = 0;
  let files = 0;
  const counted = async function* (stream: AsyncIterable<OutputFile>) {
    for await (const f of stream) {
      throwIfInterrupted(options.signal);
      files++;
      if (f.path.endsWith('.html')) pages++;
      if (report) {
        // Render streams the article pages first, one file each.
        progress.files = files;
        progress.articles.done = Math.min(files, index.articles.length);
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
  });
  const searchStats = { indexed: 0, files: 0, kept: false, ms: 0 };
  const searched = withSearchIndex(stream, index, config, {
    outDir: output.outDir,
    previous: output.previousUnder('pagefind'),
    warn,
    stats: searchStats,
  });
  const write = await output.write(counted(searched), options.signal);
  lap('render+search+write');
  if (searchStats.ms) timings['of which pagefind'] = searchStats.ms;
  return {
    articles: index.articles.length,
    drafts: index.skipped.drafts,
    future: index.skipped.future,
    invalid: loaded.invalid,
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
