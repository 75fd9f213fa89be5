// Split argv into a command and its flags; bad flags are a CLI_USAGE error.
import { parseArgs } from 'node:util';
import { createError } from '../index.js';
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
    throw createError('CLI_USAGE', {
      message: `"${first}" comes before a command.`,
      hint: `Put the command first, e.g. broadsheet build ${first}. Commands: ${COMMANDS.map((c) => c.name).join(', ')}.`,
    });
  }
  const command = findCommand(first);
  if (!command) {
    throw createError('CLI_USAGE', {
      message: `Unknown command "${first}".`,
      hint: `The commands are: ${COMMANDS.map((c) => c.name).join(', ')}. Run broadsheet --help.`,
    });
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
    throw createError('CLI_USAGE', {
      message: (cause as Error).message,
      hint: `Run broadsheet ${command.name} --help to see the options.`,
    });
  }
  const { values, positionals } = parsed;
  if (values.help === true) return { kind: 'help', command };
  if (positionals.length > command.positionals.max) {
    throw createError('CLI_USAGE', {
      message: `Unexpected argument "${positionals[command.positionals.max]}".`,
      hint: command.positionals.hint,
    });
  }
  if (positionals.length < command.positionals.min) {
    throw createError('CLI_USAGE', { message: `broadsheet ${command.name} needs more arguments.`, hint: command.positionals.hint });
  }
  return { kind: 'run', command, values, positionals };
}

function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name);
}
