// What a CLI command is: a name, its help text, its flags and what it does. Commands live in commands/.
import type { ParseArgsConfig } from 'node:util';
import type { BuildOptions } from '../index.js';

export type OptionSpecs = NonNullable<ParseArgsConfig['options']>;

/** Flag values as node:util parseArgs returns them. */
export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CommandInput {
  values: FlagValues;
  positionals: string[];
  cwd: string;
  /** The content folder in use once known, so errors can show their source lines. */
  setContentDir(dir: string): void;
  hooks: CliHooks;
}

/**
 * What a program embedding the CLI (a test script) may add: options no flag sets. The command
 * line itself has no way to set them.
 */
export interface CliHooks {
  /** Merged into the options of every build the command runs (e.g. a pause hook). */
  build?: Pick<BuildOptions, 'pause'>;
  /** When progress output starts and how often plain lines come (default: after 1 s, every 2 s). */
  progress?: { delayMs: number; intervalMs: number };
  /** Markdown files from which build runs in a worker thread with its own heap limit (default OWN_HEAP_FROM_FILES). */
  ownHeapFrom?: number;
}

export interface Command {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full --help text. */
  usage: string;
  options: OptionSpecs;
  /** How many positional arguments after the command name it takes. */
  positionals: { min: number; max: number; hint: string };
  /** Resolves to the exit code. Throw BroadsheetError/BuildFailure for bad input. */
  run(input: CommandInput): Promise<number>;
}
