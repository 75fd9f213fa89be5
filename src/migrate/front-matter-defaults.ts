// Front matter a source generator gave a file without it being written there: Jekyll's
// `defaults:` scopes in _config.yml, and Eleventy's directory and template data files. Merged
// under the file's own front matter (which wins), the way each generator merges them, before
// the front matter is read; nothing here is executed.
import path from 'node:path';
import type { SourceSite } from './source-site.js';

/** One entry of Jekyll's `defaults:` list: files under `path` (a glob when it has `*`), of `type`, get `values`. */
export interface JekyllDefault {
  path: string;
  type?: string;
  values: Record<string, unknown>;
}

/** Eleventy data for a folder or a file, by POSIX path relative to the content folder ("" is the folder itself). */
export interface EleventyData {
  /** Folder -> its directory data (the folder's own files merged: `x.json`, then `x.11tydata.json`). */
  folders: Record<string, Record<string, unknown>>;
  /** Markdown file -> its template data file (`post.json`, `post.11tydata.json`). */
  files: Record<string, Record<string, unknown>>;
}

/** The file's front matter with what its source generator gave it by default underneath. */
export function withSourceDefaults(site: SourceSite, file: string, data: Record<string, unknown>): Record<string, unknown> {
  let defaults: Record<string, unknown> | undefined;
  if (site.generator === 'jekyll' && site.defaults) {
    const sitePath = site.contentPath ? `${site.contentPath}/${file}` : file;
    defaults = jekyllDefaults(site.defaults, sitePath, jekyllType(sitePath, site.collections ?? []));
  } else if (site.generator === 'eleventy' && site.eleventyData) {
    const inherited = eleventyDefaults(site.eleventyData, file);
    return Object.keys(inherited).length ? deepMerge(inherited, tagsAsList(data), true) : data;
  }
  return defaults && Object.keys(defaults).length ? deepMerge(defaults, data, false) : data;
}

/**
 * Jekyll's defaults for a file (its path from the site root), merged in Jekyll's order: a longer
 * scope path wins, then a scope with a type, then the later entry.
 */
export function jekyllDefaults(defaults: readonly JekyllDefault[], sitePath: string, type: string): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  let winner: JekyllDefault | undefined;
  for (const set of defaults) {
    if (!appliesPath(set.path, sitePath) || (set.type !== undefined && !sameType(set.type, type))) continue;
    if (hasPrecedence(winner, set)) {
      merged = deepMerge(merged, set.values, false);
      winner = set;
    } else merged = deepMerge(set.values, merged, false);
  }
  return merged;
}

/** The Jekyll document type of a file: posts, drafts, a collection's label, or pages. */
export function jekyllType(sitePath: string, collections: readonly string[]): string {
  const parts = sitePath.split('/');
  if (parts.slice(0, -1).includes('_posts')) return 'posts';
  if (parts.slice(0, -1).includes('_drafts')) return 'drafts';
  const label = parts[0]?.startsWith('_') ? parts[0].slice(1) : undefined;
  return label && parts.length > 1 && collections.includes(label) ? label : 'pages';
}

/** Eleventy's data cascade for one file: parent folders first, then nearer ones, then the file's own data file. */
export function eleventyDefaults(data: EleventyData, file: string): Record<string, unknown> {
  const folders = [''];
  const parts = file.split('/').slice(0, -1);
  for (let i = 1; i <= parts.length; i++) folders.push(parts.slice(0, i).join('/'));
  let merged: Record<string, unknown> = {};
  for (const folder of folders) if (data.folders[folder]) merged = deepMerge(merged, data.folders[folder], true);
  if (data.files[file]) merged = deepMerge(merged, data.files[file], true);
  return merged;
}

/** Eleventy reads `tags: post` as the list [post] before it merges, so one tag written as text adds up too. */
export function tagsAsList(data: Record<string, unknown>): Record<string, unknown> {
  return typeof data.tags === 'string' ? deepMerge(data, { tags: [data.tags] }, false) : data;
}

/**
 * `over` merged onto `under`: tables merge key by key; lists replace (Jekyll's deep_merge_hashes)
 * or are joined without repeats (Eleventy's deep data merge, which is how `tags` add up).
 */
export function deepMerge(under: Record<string, unknown>, over: Record<string, unknown>, joinLists: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(under)) setOwn(out, key, value);
  for (const [key, value] of Object.entries(over)) {
    const before = Object.hasOwn(out, key) ? out[key] : undefined;
    if (isTable(before) && isTable(value)) setOwn(out, key, deepMerge(before, value, joinLists));
    else if (joinLists && Array.isArray(before) && Array.isArray(value)) setOwn(out, key, [...new Set([...before, ...value])]);
    else setOwn(out, key, value);
  }
  return out;
}

function hasPrecedence(old: JekyllDefault | undefined, next: JekyllDefault): boolean {
  if (!old) return true;
  const [a, b] = [cleanScope(old.path), cleanScope(next.path)];
  if (a.length !== b.length) return b.length >= a.length;
  return next.type !== undefined || old.type === undefined;
}

/** Jekyll compares a scope path against the file's path and every folder above it. */
function appliesPath(scope: string, sitePath: string): boolean {
  const clean = cleanScope(scope);
  if (clean === '') return true;
  const match = clean.includes('*') ? globMatcher(clean) : (p: string) => p === clean;
  for (let p = sitePath; p !== '.' && p !== ''; p = path.posix.dirname(p)) if (match(p)) return true;
  return false;
}

const cleanScope = (scope: string) => scope.replace(/^\.?\/+/, '').replace(/\/+$/, '');

/** `*` within one folder name, `**` across folders, as Jekyll's glob scopes. */
function globMatcher(glob: string): (p: string) => boolean {
  const source = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) =>
      part === '**/' ? '(?:.*/)?' : part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('');
  const re = new RegExp(`^${source}$`);
  return (p) => re.test(p);
}

// Jekyll 2 wrote the singular ("post"); Jekyll 3 still reads it as the plural.
const sameType = (scope: string, type: string) => scope === type || `${scope}s` === type;

const isTable = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

// A key named __proto__ in someone's front matter is a key, not the object's prototype.
function setOwn(out: Record<string, unknown>, key: string, value: unknown) {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}
