// broadsheet dev: live preview. Builds drafts and scheduled articles into a folder of its own,
// serves it on localhost, rebuilds what a change affects and reloads open tabs.
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../../config/index.js';
import { DEFAULT_PORT } from '../../dev/dev-port.js';
import { collectErrors, createProblem } from '../../errors/index.js';
import type { BuildOutcome } from '../../index.js';
import { escapeLine } from '../../shared/terminal-text.js';
import type { Command, FlagValues } from '../command.js';
import { formatProblem } from '../report.js';
import { timingsLine } from '../build-summary.js';
import { BUILD_OPTIONS, BUILD_OPTIONS_HELP, siteConfig, workersFlag } from '../site-options.js';

/** build's flags, less those whose meaning dev changes (--out) or fixes (--drafts, --future are always on). */
const DEV_OPTIONS_HELP = BUILD_OPTIONS_HELP.split('\n')
  .filter((line) => !/^\s+--(out|drafts|future)\b/.test(line))
  .join('\n');

export const devCommand: Command = {
  name: 'dev',
  summary: 'preview the site on localhost, rebuilding and reloading as files change',
  usage: `Usage: broadsheet dev [options]

Builds the archive with drafts and scheduled articles (--drafts and --future are always on)
into a folder of its own, .broadsheet-cache/dev-site/ unless --out names one (never dist/),
serves it on localhost, watches the content, templates and config, rebuilds what a change
affects and reloads open browser tabs. Stop it with Ctrl-C.

Options:
${DEV_OPTIONS_HELP}
  --out DIR         output folder (default: .broadsheet-cache/dev-site/)
  --port N          port to listen on (default: ${DEFAULT_PORT}; the next free one if it is taken)
  --host HOST       address to listen on (default: 127.0.0.1; 0.0.0.0 for other machines)
  -h, --help        show this help`,
  options: { ...BUILD_OPTIONS, port: { type: 'string' }, host: { type: 'string' } },
  positionals: { min: 0, max: 0, hint: 'Pass folders with --content and --out.' },
  async run({ values, cwd, setContentDir }) {
    const readConfig = () => siteConfig(values, cwd, { drafts: true, future: true });
    const first = await readConfig();
    const { claimDevOutput, createDevServer, devConfig } = await import('../../index.js');
    setContentDir(first.contentDir);
    // Before anything listens: drafts must never go into a folder a production build owns.
    const devOut = typeof values.out === 'string' ? path.resolve(cwd, values.out) : undefined;
    claimDevOutput(devConfig(first, devOut).outDir, first);
    const requestedPort = portFlag(values);
    const workers = workersFlag(values);
    const quiet = values.quiet === true;
    const say = (line: string) => {
      if (!quiet) process.stdout.write(`${line}\n`);
    };
    const dev = createDevServer({
      readConfig,
      ...(devOut ? { outDir: devOut } : {}),
      // Every name a config may have, so creating or renaming one is seen too.
      watchFiles:
        typeof values.config === 'string' ? [path.resolve(cwd, values.config)] : CONFIG_FILE_NAMES.map((name) => path.join(cwd, name)),
      host: typeof values.host === 'string' ? values.host : '127.0.0.1',
      port: requestedPort,
      ...(workers === undefined ? {} : { threads: workers }),
      keepGoing: values['keep-going'] === true,
      cwd,
      onBuild: (outcome) => {
        reportOutcome(outcome, cwd, say);
        if (outcome.ok && values.timings === true) say(timingsLine(outcome.stats));
      },
      onWatchError: (error) => process.stderr.write(`broadsheet dev: watching files failed: ${(error as Error).message}\n`),
    });

    let stopping: Promise<void> | undefined;
    const stopped = new Promise<void>((resolve) => {
      const stop = () => {
        // A second Ctrl-C while closing: stop at once (the writer's journal finishes any commit next time).
        if (stopping) process.exit(130);
        say('broadsheet dev: stopping');
        stopping = dev.close().then(resolve, resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    try {
      await dev.start();
    } catch (cause) {
      await dev.close();
      const data = { host: String(values.host ?? '127.0.0.1'), port: requestedPort, reason: (cause as Error).message };
      throw createProblem('DEV_SERVER_FAILED', data, { cause });
    }
    if (!stopping) {
      if (dev.port !== requestedPort && requestedPort !== 0)
        say(`broadsheet dev: port ${requestedPort} is in use, using ${dev.port} instead`);
      say(`broadsheet dev: serving ${dev.url} from ${path.relative(cwd, dev.outDir) || '.'} (Ctrl-C to stop)`);
    }
    await stopped;
    // Everything is closed; should a stray handle keep Node alive, do not hang on it.
    setTimeout(() => process.exit(0), 2000).unref();
    return 0;
  },
};

function reportOutcome(outcome: BuildOutcome, cwd: string, say: (line: string) => void): void {
  const contentDir = outcome.config?.contentDir ?? cwd;
  const cause = outcome.changed.length
    ? ` after ${outcome.changed.length === 1 ? escapeLine(path.relative(cwd, outcome.changed[0]!)) : `${outcome.changed.length} changes`}`
    : '';
  if (outcome.ok) {
    for (const warning of outcome.stats.warnings) process.stderr.write(`${formatProblem(warning, contentDir, cwd)}\n\n`);
    const { stats } = outcome;
    say(
      `broadsheet dev: built${cause}: ${stats.articles} articles, ${stats.write.written} written, ` +
        `${stats.write.unchanged} unchanged, ${stats.write.deleted} removed in ${(stats.ms / 1000).toFixed(2)} s`,
    );
    return;
  }
  const errors = collectErrors(outcome.error);
  if (errors.length) for (const e of errors) process.stderr.write(`${formatProblem(e, contentDir, cwd)}\n\n`);
  else process.stderr.write(`broadsheet dev: internal error: ${(outcome.error as Error)?.message ?? String(outcome.error)}\n`);
  process.stderr.write(
    `broadsheet dev: build failed${cause} with ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}; ` +
      'still serving the last good build. Fix the file and save.\n',
  );
}

/** --port N: a whole number from 0 (any free port) to 65535. */
function portFlag(values: FlagValues): number {
  const raw = values.port;
  if (typeof raw !== 'string') return DEFAULT_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw createProblem('CLI_USAGE', { kind: 'port', raw: String(raw), defaultPort: DEFAULT_PORT });
  }
  return port;
}
