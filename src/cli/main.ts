#!/usr/bin/env node
// The broadsheet command: find the command, parse its flags, run it, report problems.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generalUsage, parseCliArgs } from './args.js';
import type { CliHooks } from './command.js';
import { reportFailure } from './report.js';
import { packageRoot } from '../shared/package-root.js';

/** Run the CLI with argv; resolves to the process exit code. */
export async function main(argv: string[], cwd = process.cwd(), hooks: CliHooks = {}): Promise<number> {
  let contentDir = path.join(cwd, 'content');
  let commandName: string | undefined;
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.kind === 'help') return (print(parsed.command?.usage ?? generalUsage()), 0);
    if (parsed.kind === 'version') return (print(readVersion()), 0);
    commandName = parsed.command.name;
    return await parsed.command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      cwd,
      hooks,
      setContentDir: (dir) => {
        contentDir = dir;
      },
    });
  } catch (error) {
    reportFailure(error, contentDir, cwd, commandName);
    return 1;
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
