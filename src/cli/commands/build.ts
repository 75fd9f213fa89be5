// broadsheet build: the whole pipeline once, progress while it runs, then a summary.
import path from 'node:path';
import { openBuildShortcut } from '../../cache/unchanged-build.js';
import { isBroadsheetError, type BroadsheetError, createProblem, problemsOf } from '../../errors/index.js';
import { summaryLine, timingsReport, warningCounts } from '../build-summary.js';
import { jsonReport } from '../check-output.js';
import { styleFor } from '../colors.js';
import type { CliHooks, Command, FlagValues } from '../command.js';
import { countMarkdownFiles, heapLimitMb, OWN_HEAP_FROM_FILES, userSetHeap } from '../build-heap.js';
import { createProgressReporter, PROGRESS_TIMING } from '../progress.js';
import { formatProblem } from '../report.js';
import { BUILD_OPTIONS, BUILD_OPTIONS_HELP, siteConfig, workersFlag } from '../site-options.js';
import { buildTime } from '../../shared/clock.js';
import type { BuildOptions, BuildStats, ResolvedConfig } from '../../index.js';
import { stopOnSignals } from '../stop-signals.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the archive into a static site',
  usage: `Usage: broadsheet build [options]

Builds the news archive in the content folder into a static site. Prints a
summary line; a progress bar appears on stderr when a build takes more than a
second (plain lines when stderr is not a terminal). Exits 1 with every problem
found if the build fails, leaving the previous output as it was. Ctrl-C or SIGTERM
stops it cleanly (exit 130 or 143), also leaving the previous output.

Options:
${BUILD_OPTIONS_HELP}
  --format FORMAT   text (default), or json: every warning (or error) in the
                    shape of "broadsheet check --format json", on stdout
  -h, --help        show this help

Environment:
  SOURCE_DATE_EPOCH  seconds since 1970: the build time (reproducible builds)
  NO_COLOR, FORCE_COLOR  turn colours off / on`,
  options: { ...BUILD_OPTIONS, format: { type: 'string', default: 'text' } },
  positionals: { min: 0, max: 0, hint: 'Pass folders with --content and --out.' },
  async run({ values, cwd, setContentDir, hooks }) {
    const json = buildFormat(values.format) === 'json';
    const quiet = values.quiet === true || json;
    const verbose = values.verbose === true && !quiet;
    const config = await siteConfig(values, cwd);
    setContentDir(config.contentDir);
    const workers = workersFlag(values);
    if (verbose) {
      process.stderr.write(
        `broadsheet: config ${config.configFile ?? '(none, defaults)'}\n` +
          `broadsheet: content ${config.contentDir} -> ${config.outDir}; cache ${config.cacheDir ?? '(off)'}; ` +
          `${workers ?? 'one per core'} worker threads\n`,
      );
    }
    const progress = quiet ? undefined : createProgressReporter({ stream: process.stderr, ...(hooks.progress ?? PROGRESS_TIMING) });
    const stop = stopOnSignals();
    let stats;
    try {
      stats =
        reusedBuild(config, hooks, values['keep-going'] === true) ??
        (await runPipeline(
          config,
          { values, cwd, hooks },
          {
            ...hooks.build,
            ...(workers === undefined ? {} : { threads: workers }),
            ...(progress ? { onProgress: progress.onProgress } : {}),
            keepGoing: values['keep-going'] === true,
            signal: stop.signal,
          },
        ));
    } catch (error) {
      if (json) {
        printJson(problemsOf(error, 'build'), 0, config.contentDir, cwd);
        return stop.signal.aborted ? stop.exitCode() : 1;
      }
      if (!stop.signal.aborted || !isBroadsheetError(error) || error.code !== 'BUILD_INTERRUPTED') throw error;
      progress?.finish();
      process.stderr.write(
        `broadsheet: build stopped by ${stop.signal.reason}; ${path.relative(cwd, config.outDir) || '.'} was left as it was.\n`,
      );
      return stop.exitCode();
    } finally {
      progress?.finish();
      stop.dispose();
    }
    if (json) return (printJson(stats.warnings, stats.articles, config.contentDir, cwd), 0);
    const style = styleFor(process.stderr);
    if (!quiet) {
      // An archive can have thousands of missing photos: show the first few, count the rest.
      for (const warning of stats.warnings.slice(0, MAX_WARNINGS))
        process.stderr.write(`${formatProblem(warning, config.contentDir, cwd, style)}\n\n`);
      if (stats.warnings.length > MAX_WARNINGS)
        process.stderr.write(`broadsheet: ... and ${stats.warnings.length - MAX_WARNINGS} more warnings.\n`);
    }
    if (!quiet) {
      const counts = warningCounts(stats.warnings);
      if (counts) process.stderr.write(`${counts}\n`);
      process.stdout.write(`${summaryLine(stats)}\n`);
      if (values.timings === true || verbose) process.stdout.write(`${timingsReport(stats)}\n`);
    }
    return 0;
  },
};

const MAX_WARNINGS = 50;

/** The last build's result when nothing changed since (see cache/unchanged-build.ts); build() asks the same again under its lock. */
function reusedBuild(config: ResolvedConfig, hooks: CliHooks, keepGoing: boolean): BuildStats | undefined {
  if (hooks.build?.pause) return undefined;
  return openBuildShortcut(config, { keepGoing, searchSplitAbove: undefined }, buildTime())?.reuse();
}

/**
 * The pipeline's modules load only when a build runs: a rebuild with nothing changed never needs them.
 * A large archive builds in a worker thread with a heap limit sized for it (build-heap.ts), unless the
 * user set the heap size themselves.
 */
async function runPipeline(config: ResolvedConfig, command: CommandContext, options: BuildOptions): Promise<BuildStats> {
  const heapMb = ownHeapMb(config.contentDir, command.hooks.ownHeapFrom ?? OWN_HEAP_FROM_FILES);
  if (heapMb !== undefined) {
    const { buildInWorker } = await import('../build-in-worker.js');
    return buildInWorker({ values: command.values, cwd: command.cwd, heapMb, options });
  }
  const { build } = await import('../../index.js');
  return build(config, options);
}

/** What the build worker needs to resolve the same config again. */
interface CommandContext {
  values: FlagValues;
  cwd: string;
  hooks: CliHooks;
}

/** The heap limit for a build of its own thread, or undefined to build here (a small site, or the user's own limit). */
function ownHeapMb(contentDir: string, fromFiles: number): number | undefined {
  if (userSetHeap()) return undefined;
  const files = countMarkdownFiles(contentDir);
  return files >= fromFiles ? heapLimitMb(files) : undefined;
}

function buildFormat(value: unknown): 'text' | 'json' {
  if (value === 'text' || value === 'json') return value;
  throw createProblem('CLI_USAGE', { kind: 'build-format', value: String(value) });
}

/** Every problem of the build as JSON on stdout, as check prints them. */
function printJson(problems: BroadsheetError[], articles: number, contentDir: string, cwd: string): void {
  const report = jsonReport({ problems, files: articles, checked: articles }, { contentDir, cwd });
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}
