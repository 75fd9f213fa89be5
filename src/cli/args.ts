import { parseArgs } from 'node:util';
import { createError } from '../errors/index.js';

export interface CliArgs {
  command: 'build' | 'help' | 'version';
  content?: string;
  out?: string;
  config?: string;
  baseUrl?: string;
  cacheDir?: string;
  noCache: boolean;
  drafts: boolean;
  future: boolean;
  workers?: number;
  timings: boolean;
  quiet: boolean;
}

export const USAGE = `Usage: broadsheet build [options]

Builds the news archive in the content folder into a static site.

Options:
  --content DIR     articles folder (default: content/, or "content" in the config)
  --out DIR         output folder (default: dist/)
  --config FILE     site configuration (default: ./broadsheet.config.json when present)
  --base-url URL    public address of the site, e.g. https://news.example.org/
  --drafts          also publish articles marked draft: true
  --future          also publish articles dated in the future
  --cache-dir DIR   build cache folder (default: .broadsheet-cache/)
  --no-cache        neither read nor write the build cache
  --workers N       render threads (default: one per core; 0 = render in the main thread)
  --timings         print the time each stage took
  --quiet           print only errors
  -h, --help        show this help
  --version         print the version`;

/** Parse argv (without node and script); bad flags are a CLI_USAGE error. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        config: { type: 'string' },
        'base-url': { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean', default: false },
        drafts: { type: 'boolean', default: false },
        future: { type: 'boolean', default: false },
        workers: { type: 'string' },
        timings: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', default: false },
      },
    });
  } catch (cause) {
    throw createError('CLI_USAGE', { message: (cause as Error).message, hint: 'Run broadsheet --help to see the options.' });
  }
  const { values: v, positionals } = parsed;
  const command = v.help ? 'help' : v.version ? 'version' : (positionals[0] ?? 'help');
  if (command !== 'build' && command !== 'help' && command !== 'version') {
    throw createError('CLI_USAGE', { message: `Unknown command "${command}".`, hint: 'The command is: broadsheet build' });
  }
  if (positionals.length > 1) {
    throw createError('CLI_USAGE', { message: `Unexpected argument "${positionals[1]}".`, hint: 'Pass folders with --content and --out.' });
  }
  let workers: number | undefined;
  if (v.workers !== undefined) {
    workers = Number(v.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) {
      throw createError('CLI_USAGE', {
        message: `--workers must be a whole number from 0 to 64, not "${v.workers}".`,
        hint: 'Leave it out to use one thread per core.',
      });
    }
  }
  const args: CliArgs = { command, noCache: v['no-cache'], drafts: v.drafts, future: v.future, timings: v.timings, quiet: v.quiet };
  if (v.content !== undefined) args.content = v.content;
  if (v.out !== undefined) args.out = v.out;
  if (v.config !== undefined) args.config = v.config;
  if (v['base-url'] !== undefined) args.baseUrl = v['base-url'];
  if (v['cache-dir'] !== undefined) args.cacheDir = v['cache-dir'];
  if (workers !== undefined) args.workers = workers;
  return args;
}
