// Cache versions are derived, never bumped by hand: the hash of a module's code and of every
// module it imports (relative imports, transitively), plus the installed package set. Editing any
// file a cache's contents depend on, however deep (the sanitiser's shared/unsafe-html.ts under the
// Markdown renderer), gives that cache a new version, so nothing stale is ever served.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashOf } from '../shared/hash.js';

// import x from './a.js', export { y } from './b.js', import './c.js', import('./d.js')
const RELATIVE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

const versions = new Map<string, string>();

/**
 * Version of the code reachable from a module, given its import.meta.url (or a file path): the
 * name and text of every module in its relative import graph, sorted, and the installed packages.
 * Computed once per module per process (~1 ms per hundred modules).
 */
export function codeVersion(moduleUrl: string, options: { packages?: readonly string[] } = {}): string {
  const given = moduleUrl.startsWith('file:') ? fileURLToPath(moduleUrl) : moduleUrl;
  const entry = resolveModule(given) ?? given;
  const id = `${entry}\u0000${options.packages?.join(',') ?? '*'}`;
  let version = versions.get(id);
  if (version === undefined) {
    const files = moduleGraph(entry);
    const root = commonDir(files);
    const packages = options.packages ? packageVersions(entry, options.packages) : installedPackages(entry);
    version = hashOf(packages, ...files.flatMap((f) => [path.relative(root, f), readFileSync(f, 'utf8')]));
    versions.set(id, version);
  }
  return version;
}

/**
 * The installed versions of the named packages only: for a cache whose code depends on few
 * packages (photo encoding on sharp), so that upgrading an unrelated one does not empty it.
 */
function packageVersions(from: string, names: readonly string[]): string {
  return names.map((name) => `${name}@${packageVersion(from, name)}`).join(',');
}

/** The version in node_modules/<name>/package.json nearest above from ('?' when not installed). */
function packageVersion(from: string, name: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? '?';
    if (path.dirname(dir) === dir) return '?';
  }
}

/** Every module file reachable from entry through relative imports, sorted. */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) {
      const target = resolveModule(path.resolve(path.dirname(file), match[1]!));
      if (target !== undefined && !seen.has(target)) pending.push(target);
    }
  }
  return [...seen].sort();
}

/** Compiled code imports './x.js'; sources run by a TypeScript loader have './x.ts' beside them. */
function resolveModule(file: string): string | undefined {
  if (existsSync(file)) return file;
  const ts = file.replace(/\.js$/, '.ts');
  return ts !== file && existsSync(ts) ? ts : undefined;
}

function commonDir(files: string[]): string {
  let dir = path.dirname(files[0]!);
  while (!files.every((f) => f.startsWith(dir + path.sep)) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/**
 * npm keeps node_modules/.package-lock.json in step with every package it installed: its text
 * changes whenever any version does. Without it (another package manager), '' and the caches
 * rely on the code alone; the Markdown fingerprint also walks its packages' versions.
 */
export function installedPackages(from: string): string {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'node_modules', '.package-lock.json');
    if (existsSync(file)) return readFileSync(file, 'utf8');
    if (path.dirname(dir) === dir) return '';
  }
}
