// data/ at the site root: JSON, YAML and TOML files, each one key of site.data (data/authors.yaml
// -> site.data.authors). Two authors files have a meaning of their own: see authors.ts.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { createProblem } from '../errors/index.js';
import { readAuthors, type AuthorProfile } from './authors.js';
import { readMenus, type Menus } from './menus.js';

export interface SiteData {
  /** Every data file by its name without extension, keys in sorted order. */
  values: Record<string, unknown>;
  /** data/authors.*: profiles by author id. */
  authors: ReadonlyMap<string, AuthorProfile>;
  /** data/menus.* (or the config's `menus`): links for the header and footer. */
  menus: Menus;
}

const FORMATS: Record<string, (text: string) => unknown> = {
  '.json': (text) => JSON.parse(text),
  '.yaml': (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }),
  '.yml': (text) => yaml.load(text, { schema: yaml.CORE_SCHEMA }),
  '.toml': (text) => parseToml(text),
};

/** Read the data folder (none is fine); a file that cannot be parsed is DATA_INVALID with its line. */
export function loadSiteData(dataDir: string, configMenus?: Partial<Menus>): SiteData {
  const values: Record<string, unknown> = {};
  const from: Record<string, string> = {};
  const names = fs.existsSync(dataDir) ? fs.readdirSync(dataDir).sort() : [];
  for (const name of names) {
    const ext = path.extname(name).toLowerCase();
    const parse = FORMATS[ext];
    if (!parse || name.startsWith('.')) continue;
    const key = name.slice(0, -ext.length);
    const file = path.join(dataDir, name);
    if (from[key]) {
      throw createProblem('DATA_INVALID', { kind: 'same-key', first: from[key], second: name, key }, { location: { file } });
    }
    from[key] = name;
    values[key] = parseFile(file, ext, parse);
  }
  return {
    values,
    authors: readAuthors(values.authors, path.join(dataDir, from.authors ?? 'authors')),
    menus: readMenus(configMenus ?? values.menus, configMenus ? '(config) menus' : path.join(dataDir, from.menus ?? 'menus')),
  };
}

function parseFile(file: string, ext: string, parse: (text: string) => unknown): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return parse(text) ?? {};
  } catch (cause) {
    const e = cause as { message: string; mark?: { line: number }; line?: number };
    const pos = /position (\d+)/.exec(e.message);
    const line = e.mark
      ? e.mark.line + 1
      : typeof e.line === 'number'
        ? e.line
        : pos
          ? text.slice(0, Number(pos[1])).split('\n').length
          : undefined;
    const data = {
      kind: 'syntax',
      name: path.basename(file),
      format: ext.slice(1).toUpperCase(),
      reason: e.message.split('\n')[0]!,
    } as const;
    throw createProblem('DATA_INVALID', data, {
      location: { file, ...(line ? { line } : {}) },
      cause,
    });
  }
}
