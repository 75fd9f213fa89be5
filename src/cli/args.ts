// Split argv into a command and its flags; bad flags are a CLI_USAGE error.
import { parseArgs } from 'node:util';
import { createProblem } from '../errors/index.js';
import type { Command, FlagValues } from './command.js';
import { COMMANDS } from './commands/index.js';

export type ParsedCli =
  { kind: 'help'; command?: Command } | { kind: 'version' } | { kind: 'run'; command: Command; values: FlagValues; positionals: string[] };

export function generalUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: broadsheet <command> [options]

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run broadsheet <command> --help for the options of one command.
  -h, --help   show this help
  --version    print the version`;
}

/** Parse argv (without node and script). */
export function parseCliArgs(argv: string[]): ParsedCli {
  const first = argv[0];
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const named = first === 'help' && argv[1] ? findCommand(argv[1]) : undefined;
    return named ? { kind: 'help', command: named } : { kind: 'help' };
  }
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first.startsWith('-')) {
    throw createProblem('CLI_USAGE', { kind: 'before-command', first, commands: COMMANDS.map((c) => c.name) });
  }
  const command = findCommand(first);
  if (!command) {
    throw createProblem('CLI_USAGE', { kind: 'unknown-command', first, commands: COMMANDS.map((c) => c.name) });
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (cause) {
    throw createProblem('CLI_USAGE', { kind: 'option', command: command.name, reason: (cause as Error).message });
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help', command };
  if (positionals.length > command.positionals.max) {
    const argument = positionals[command.positionals.max]!;
    throw createProblem('CLI_USAGE', { kind: 'extra-argument', argument, usage: command.positionals.hint });
  }
  if (positionals.length < command.positionals.min) {
    throw createProblem('CLI_USAGE', { kind: 'missing-argument', command: command.name, usage: command.positionals.hint });
  }
  return { kind: 'run', command, values, positionals };
}

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
