#!/usr/bin/env node
// The broadsheet command: parse flags, resolve the config, run the pipeline, print a summary.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from '../build.js';
import { loadOptions, resolveConfig } from '../config/index.js';
import { collectErrors, formatError, type BroadsheetError } from '../errors/index.js';
import { parseCliArgs, USAGE } from './args.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Run the CLI with argv; resolves to the process exit code. */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let contentDir = path.join(cwd, 'content');
  try {
    const args = parseCliArgs(argv);
    if (args.command === 'help') return (print(USAGE), 0);
    if (args.command === 'version') return (print(readVersion()), 0);
    const loaded = loadOptions(args.config, cwd);
    const config = resolveConfig({
      options: loaded.options,
      root: loaded.root,
      themeDir: path.join(packageRoot, 'templates'),
      ...(loaded.file ? { configFile: loaded.file } : {}),
      overrides: {
        ...(args.content ? { content: path.resolve(cwd, args.content) } : {}),
        ...(args.out ? { out: path.resolve(cwd, args.out) } : {}),
        ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}),
        cacheDir: args.noCache ? null : args.cacheDir ? path.resolve(cwd, args.cacheDir) : undefined,
        drafts: args.drafts,
        future: args.future,
      },
    });
    contentDir = config.contentDir;
    const stats = await build(config, args.workers === undefined ? {} : { threads: args.workers });
    if (!args.quiet) {
      const skipped = [stats.drafts && `${stats.drafts} drafts`, stats.future && `${stats.future} scheduled`].filter(Boolean).join(', ');
      print(
        `broadsheet: ${stats.articles} articles${skipped ? ` (${skipped} not published)` : ''}, ${stats.pages} pages, ${stats.files} files ` +
          `(${stats.write.written} written, ${stats.write.unchanged} unchanged, ${stats.write.deleted} removed; ` +
          `${stats.rendered} bodies rendered, ${stats.cachedBodies} from cache) in ${(stats.ms / 1000).toFixed(2)} s`,
      );
      if (args.timings)
        print(
          `timings (ms): ${Object.entries(stats.timings)
            .map(([k, v]) => `${k} ${v}`)
            .join(', ')}`,
        );
    }
    return 0;
  } catch (error) {
    const errors = collectErrors(error);
    if (!errors.length) {
      process.stderr.write(`broadsheet: internal error: ${(error as Error)?.message ?? String(error)}\n`);
      process.stderr.write(
        process.env.BROADSHEET_DEBUG
          ? `${(error as Error)?.stack}\n`
          : 'Set BROADSHEET_DEBUG=1 to see where it happened, and please report it.\n',
      );
      return 1;
    }
    for (const e of errors.slice(0, 50))
      process.stderr.write(`${formatError(e, sourceOf(e, contentDir), displayPath(e, contentDir, cwd))}\n\n`);
    if (errors.length > 50) process.stderr.write(`... and ${errors.length - 50} more problems.\n`);
    process.stderr.write(`broadsheet: build failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n`);
    return 1;
  }
}

/** Article errors name files relative to the content folder; show them relative to where the user is. */
function displayPath(error: BroadsheetError, contentDir: string, cwd: string): string | undefined {
  const file = error.location?.file;
  if (!file || path.isAbsolute(file) || !fs.existsSync(path.join(contentDir, file))) return undefined;
  return path.relative(cwd, path.join(contentDir, file));
}

function sourceOf(error: BroadsheetError, contentDir: string): string | undefined {
  const file = error.location?.file;
  if (!file || !error.location?.line) return undefined;
  try {
    return fs.readFileSync(path.resolve(contentDir, file), 'utf8');
  } catch {
    return undefined;
  }
}

function readVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
