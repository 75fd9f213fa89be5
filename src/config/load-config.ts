// Finding and reading the config file: broadsheet.config.{ts,mts,js,mjs,json,yaml,toml}.
// A config file is trusted (a JS or TS config runs code, as a build script does); content never is.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { createProblem } from '../errors/index.js';

export interface LoadedOptions {
  options: unknown;
  file?: string;
  root: string;
}

/** The file names looked for, in this order; two of them in one folder is an error. */
export const CONFIG_FILE_NAMES = [
  'broadsheet.config.ts',
  'broadsheet.config.mts',
  'broadsheet.config.js',
  'broadsheet.config.mjs',
  'broadsheet.config.json',
  'broadsheet.config.yaml',
  'broadsheet.config.toml',
] as const;

export const DEFAULT_CONFIG_FILE = 'broadsheet.config.json';

/** Read the config file: the explicit one (must exist) or the one broadsheet.config.* in cwd, if any. */
export async function loadOptions(explicit: string | undefined, cwd: string): Promise<LoadedOptions> {
  const file = explicit ? path.resolve(cwd, explicit) : findConfigFile(cwd);
  if (!file) return { options: {}, root: cwd };
  if (!fs.existsSync(file)) {
    throw createProblem('CONFIG_NOT_FOUND', { file });
  }
  const ext = path.extname(file).toLowerCase();
  const options = /^\.[cm]?[jt]s$/.test(ext) ? await importConfig(file, ext) : parseConfigText(file, ext, fs.readFileSync(file, 'utf8'));
  return { options, file, root: path.dirname(file) };
}

/** The config file in a folder, or undefined; more than one is CONFIG_AMBIGUOUS. */
export function findConfigFile(dir: string): string | undefined {
  const found = CONFIG_FILE_NAMES.filter((name) => fs.existsSync(path.join(dir, name)));
  if (found.length > 1) {
    throw createProblem('CONFIG_AMBIGUOUS', { dir, found }, { location: { file: path.join(dir, found[1]!) } });
  }
  return found[0] ? path.join(dir, found[0]) : undefined;
}

function parseConfigText(file: string, ext: string, text: string): unknown {
  try {
    if (ext === '.yaml' || ext === '.yml') return yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {};
    if (ext === '.toml') return parseToml(text);
    return JSON.parse(text);
  } catch (cause) {
    const reason = (cause as Error).message;
    throw createProblem(
      'CONFIG_SYNTAX',
      { kind: 'parse', name: path.basename(file), ext, reason },
      { location: lineOf(cause, text, file), cause },
    );
  }
}

function lineOf(cause: unknown, text: string, file: string): { file: string; line?: number } {
  const e = cause as { message: string; mark?: { line: number }; line?: number };
  if (typeof e.mark?.line === 'number') return { file, line: e.mark.line + 1 };
  if (typeof e.line === 'number') return { file, line: e.line };
  const pos = /position (\d+)/.exec(e.message);
  return pos ? { file, line: text.slice(0, Number(pos[1])).split('\n').length } : { file };
}

/** A JS config is imported; a TS config goes through jiti, since Node 20 cannot import TypeScript. */
async function importConfig(file: string, ext: string): Promise<unknown> {
  try {
    const mod: unknown =
      ext === '.ts' || ext === '.mts' || ext === '.cts'
        ? await (await import('jiti')).createJiti(import.meta.url, { moduleCache: false }).import(file)
        : await import(`${pathToFileURL(file).href}?t=${fs.statSync(file).mtimeMs}`);
    const options = (mod as { default?: unknown }).default ?? mod;
    return typeof options === 'function' ? await (options as () => unknown)() : options;
  } catch (cause) {
    const reason = (cause as Error)?.message ?? String(cause);
    throw createProblem('CONFIG_SYNTAX', { kind: 'module', name: path.basename(file), reason }, { location: { file }, cause });
  }
}
