// The registry of commands: one line per command, each defined in its own file.
import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { checkCommand } from './check.js';
import { devCommand } from './dev.js';
import { importCommand } from './import.js';
import { initCommand } from './init.js';
import { migrateCommand } from './migrate.js';
import { newCommand } from './new.js';
import { serveCommand } from './serve.js';

export const COMMANDS: readonly Command[] = [
  initCommand,
  buildCommand,
  devCommand,
  newCommand,
  checkCommand,
  serveCommand,
  importCommand,
  migrateCommand,
];
