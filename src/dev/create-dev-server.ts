// broadsheet dev: build, serve, watch, rebuild, reload. Each rebuild runs the normal pipeline
// (src/build.ts) into dev's own output folder, so the incremental machinery (page input keys,
// body cache, manifest) renders and writes only what a change affects, and what dev serves is
// exactly what `build --drafts --future` writes, plus the script injected as pages go out.
import { build } from '../build.js';
import type { ResolvedConfig } from '../config/index.js';
import { defaultThreads } from '../render/jobs/runners.js';
import { buildTime } from '../shared/clock.js';
import type { BuildStats, Instant } from '../types.js';
import { devConfig, watchedPaths } from './dev-config.js';
import { claimDevOutput } from './dev-output.js';
import { renderErrorOverlay } from './error-overlay.js';
import { injectIntoHtml } from './inject.js';
import { createLiveReload, reloadScript } from './live-reload.js';
import { createPreviewServer, type PreviewSite } from './preview-server.js';
import { describeFailure, type Problem } from './problems.js';
import { createRebuildLoop, type RebuildLoop } from './rebuild-loop.js';
import { watchSite, type SiteWatcher } from './watch-site.js';
import { DEFAULT_PORT } from './dev-port.js';

export interface DevServerOptions {
  /** The site's config, read again before every rebuild so config edits apply; throws on a bad config. */
  readConfig(): ResolvedConfig | Promise<ResolvedConfig>;
  /** Output folder; default .broadsheet-cache/dev-site/. */
  outDir?: string;
  /** Files to watch besides the content and theme folders: the config file, even before it exists. */
  watchFiles?: string[];
  /** Where to listen; default 127.0.0.1 port 4000, or the next free port. */
  host?: string;
  port?: number;
  /** Render threads (0: in this thread). */
  threads?: number;
  /** Leave out articles that fail validation (warnings) instead of failing the rebuild (--keep-going). */
  keepGoing?: boolean;
  /** The build time of each rebuild; default SOURCE_DATE_EPOCH or the clock. */
  now?: () => Instant;
  /** Quiet time after the last change before a rebuild starts. */
  quietMs?: number;
  /** Folder file names in messages are shown relative to. */
  cwd?: string;
  /** Told about every finished rebuild. */
  onBuild?(outcome: BuildOutcome): void;
  /** Told about watcher problems (they do not stop dev). */
  onWatchError?(error: unknown): void;
}

export type BuildOutcome =
  | { ok: true; stats: BuildStats; changed: string[]; config: ResolvedConfig }
  | { ok: false; error: unknown; problems: Problem[]; changed: string[]; config?: ResolvedConfig };

export interface DevServer {
  /** Listen, watch and do the first build (a failed first build is shown, not thrown). */
  start(): Promise<void>;
  /** The site's address once started, e.g. http://127.0.0.1:4000/news/. */
  readonly url: string;
  readonly port: number;
  /** The folder being served ('' until the config could be read). */
  readonly outDir: string;
  readonly lastOutcome: BuildOutcome | undefined;
  /** Resolves after the next rebuild has finished and no other is waiting. */
  nextBuild(): Promise<BuildOutcome>;
  whenIdle(): Promise<void>;
  /** Stop watching and serving; a running build is aborted, leaving the output as it was. */
  close(): Promise<void>;
}

export { DEFAULT_PORT };
const DEFAULT_QUIET_MS = 100;

/** Create the dev server; nothing starts until start(). */
export function createDevServer(options: DevServerOptions): DevServer {
  const cwd = options.cwd ?? process.cwd();
  const host = options.host ?? '127.0.0.1';
  // Bumped when what tabs should show changes: they reload when the build they were served is
  // stale. The session part makes tabs left open from an earlier dev run reload too.
  const session = Date.now().toString(36);
  let buildNumber = 0;
  const buildId = () => `${session}.${buildNumber}`;
  let problems: Problem[] = [];
  let site: PreviewSite | undefined;
  let port = 0;
  let lastOutcome: BuildOutcome | undefined;
  let running: AbortController | undefined;
  let closing = false;
  let watcher: SiteWatcher | undefined;
  let watched: string[] = [];
  let ignoreDirs: string[] = [];
  let starting: Promise<void> | undefined;
  let buildWaiters: ((o: BuildOutcome) => void)[] = [];

  const liveReload = createLiveReload(buildId);
  const server = createPreviewServer({
    site: () => site ?? { outDir: '/nonexistent', basePath: '' },
    inject: (html) => injectIntoHtml(html, reloadScript(buildId()) + (problems.length ? renderErrorOverlay(problems) : '')),
    liveReload,
  });

  const finish = (outcome: BuildOutcome, changedSite: boolean) => {
    lastOutcome = outcome;
    if (changedSite) {
      buildNumber++;
      liveReload.announce(buildId());
    }
    options.onBuild?.(outcome);
    const waiters = buildWaiters;
    buildWaiters = [];
    for (const resolve of waiters) resolve(outcome);
  };

  const rebuild = async (changed: string[]): Promise<void> => {
    let config: ResolvedConfig;
    try {
      const siteConfig = await options.readConfig();
      config = devConfig(siteConfig, options.outDir);
      claimDevOutput(config.outDir, siteConfig);
    } catch (error) {
      problems = describeFailure(error, cwd, cwd);
      // Keep watching at least the config file, so fixing it brings dev back.
      if (!watcher) await watchPathsOf(undefined);
      return finish({ ok: false, error, problems, changed }, true);
    }
    await watchPathsOf(config);
    // Until a build succeeds, serve what an earlier dev session left (the overlay says it failed).
    site ??= { outDir: config.outDir, basePath: config.basePath };
    const abort = new AbortController();
    running = abort;
    try {
      const now = (options.now ?? buildTime)();
      const stats = await build(config, {
        threads: options.threads ?? defaultThreads(),
        now,
        signal: abort.signal,
        keepGoing: options.keepGoing ?? false,
      });
      const wasFailing = problems.length > 0;
      problems = [];
      site = { outDir: config.outDir, basePath: config.basePath };
      const changedSite = wasFailing || stats.write.written + stats.write.deleted > 0;
      finish({ ok: true, stats, changed, config }, changedSite);
    } catch (error) {
      if (abort.signal.aborted) return;
      problems = describeFailure(error, config.contentDir, cwd);
      finish({ ok: false, error, problems, changed, config }, true);
    } finally {
      running = undefined;
    }
  };
  // Whatever goes wrong in a rebuild is shown, never thrown: dev keeps serving the last good build.
  const rebuildSafely = (changed: string[]) =>
    rebuild(changed).catch((error: unknown) => {
      problems = describeFailure(error, cwd, cwd);
      finish({ ok: false, error, problems, changed }, true);
    });
  const loop: RebuildLoop = createRebuildLoop({ quietMs: options.quietMs ?? DEFAULT_QUIET_MS, rebuild: rebuildSafely });

  /** Follow the config: a new content or templates folder is watched from the next rebuild on. */
  const watchPathsOf = async (config: ResolvedConfig | undefined) => {
    const extra = options.watchFiles ?? [];
    const paths = config ? watchedPaths(config, extra) : extra;
    if (config) ignoreDirs = [config.outDir, ...(config.cacheDir ? [config.cacheDir] : [])];
    if (!watcher) {
      watcher = await watchSite({
        paths,
        ignoreDirs: () => ignoreDirs,
        onChange: (file) => loop.notify(file),
        onError: (error) => options.onWatchError?.(error),
      });
    } else if (paths.join('\0') !== watched.join('\0')) await watcher.setPaths(paths);
    watched = paths;
  };

  const startAll = async () => {
    port = (await server.listen(host, options.port ?? DEFAULT_PORT)).port;
    if (closing) return;
    await loop.runNow();
  };

  return {
    start() {
      starting ??= startAll();
      return starting;
    },
    get url() {
      const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? 'localhost' : host;
      return `http://${shownHost}:${port}${encodeURI(site?.basePath ?? '')}/`;
    },
    get port() {
      return port;
    },
    get outDir() {
      return site?.outDir ?? '';
    },
    get lastOutcome() {
      return lastOutcome;
    },
    nextBuild() {
      return new Promise<BuildOutcome>((resolve) => buildWaiters.push(resolve)).then(async (o) => {
        await loop.whenIdle();
        return lastOutcome ?? o;
      });
    },
    whenIdle: () => loop.whenIdle(),
    async close() {
      if (closing) return;
      closing = true;
      running?.abort();
      await starting?.catch(() => undefined);
      await loop.close();
      await watcher?.close();
      await server.close();
    },
  };
}
