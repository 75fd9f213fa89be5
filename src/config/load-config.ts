import fs from 'node:fs';
import path from 'node:path';
import { createError } from '../errors/index.js';

export interface LoadedOptions {
  options: unknown;
  file?: string;
  root: string;
}

export const DEFAULT_CONFIG_FILE = 'broadsheet.config.json';

/** Read the JSON config file: the explicit one (must exist) or ./broadsheet.config.json when present. */
export function loadOptions(explicit: string | undefined, cwd: string): LoadedOptions {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, DEFAULT_CONFIG_FILE);
  if (!fs.existsSync(file)) {
    if (!explicit) return { options: {}, root: cwd };
    throw createError('CONFIG_NOT_FOUND', {
      message: `There is no config file at ${file}.`,
      hint: 'Check the --config path, or leave --config out to use ./broadsheet.config.json.',
    });
  }
  const text = fs.readFileSync(file, 'utf8');
  try {
    return { options: JSON.parse(text), file, root: path.dirname(file) };
  } catch (cause) {
    const msg = (cause as Error).message;
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    throw createError('CONFIG_SYNTAX', {
      message: `${path.basename(file)} is not valid JSON: ${msg}`,
      hint: 'Fix the JSON syntax (no trailing commas, keys in double quotes).',
      location: line ? { file, line } : { file },
      cause,
    });
  }
}
