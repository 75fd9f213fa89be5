#!/usr/bin/env node
// The broadsheet command: find the command, parse its flags, run it, report problems.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectErrors, formatError, type BroadsheetError } from '../errors/index.js';
import { generalUsage, parseCliArgs } from './args.js';
import { packageRoot } from './site-options.js';

/** Run the CLI with argv; resolves to the process exit code. */
export async function main(argv: string[], cwd = process.cwd()): Promise<number> {
  let contentDir = path.join(cwd, 'content');
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return (print(parsed.command?.usage ?? generalUsage()), 0);
    if (parsed.kind === 'version') return (print(readVersion()), 0);
    return await parsed.command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      cwd,
      setContentDir: (dir) => {
        contentDir = dir;
      },
    });
  } catch (error) {
    reportFailure(error, contentDir, cwd);
    return 1;
  }
}

/** Print what went wrong: every BroadsheetError with its code frame, or a short note for a crash. */
export function reportFailure(error: unknown, contentDir: string, cwd: string): void {
  const errors = collectErrors(error);
  if (!errors.length) {
    process.stderr.write(`broadsheet: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    process.stderr.write(
      process.env.BROADSHEET_DEBUG
        ? `${(error as Error)?.stack}\n`
        : 'Set BROADSHEET_DEBUG=1 to see where it happened, and please report it.\n',
    );
    return;
  }
  for (const e of errors.slice(0, 50))
    process.stderr.write(`${formatError(e, sourceOf(e, contentDir), displayPath(e, contentDir, cwd))}\n\n`);
  if (errors.length > 50) process.stderr.write(`... and ${errors.length - 50} more problems.\n`);
  process.stderr.write(`broadsheet: build failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n`);
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
