// The registry of commands: one line per command, each defined in its own file.
import type { Command } from '../command.js';
import { buildCommand } from './build.js';
import { devCommand } from './dev.js';
import { importCommand } from './import.js';

export const COMMANDS: readonly Command[] = [buildCommand, devCommand, importCommand];
