import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../../cache/code-version.js';
import { hashOf } from '../../shared/hash.js';
import type { SanitizeOptions } from './sanitize-schema.js';

// What the Markdown renderer's cache fingerprint is made of, read from disk once.

const here = path.dirname(fileURLToPath(import.meta.url));

const PACKAGES = [
  'unified',
  'remark-parse',
  'remark-gfm',
  'remark-rehype',
  'rehype-raw',
  'rehype-sanitize',
  'rehype-stringify',
  'lowlight',
];

let inputs: string[] | undefined;

/**
 * The renderer's cache fingerprint, computable without loading unified (the main thread needs
 * it for cache keys): every package version in the pipeline's dependency closure and this
 * folder's code, the site's widening of the sanitiser and its unified plugins.
 */
export function markdownFingerprint(sanitize: SanitizeOptions = {}, plugins = ''): string {
  // The renderer's whole import graph: its plugins, the sanitiser schema and what they import (shared/unsafe-html.ts).
  inputs ??= [
    ...(readHiddenLockfile() ?? listPackageVersions(PACKAGES)),
    codeVersion(new URL('./create-markdown-renderer.js', import.meta.url).href),
  ];
  const widened = Object.values(sanitize).some((v) => Object.keys(v ?? {}).length) ? [`sanitize=${JSON.stringify(sanitize)}`] : [];
  // plugins: the site's unified plugins (name, version, options), '' when it has none.
  return hashOf('gfm=on', ...widened, ...(plugins ? [`plugins=${plugins}`] : []), ...inputs);
}

interface Manifest {
  version?: string;
  dependencies?: Record<string, string>;
}

/**
 * Lists `name@version` for the given packages and everything they depend on, resolved
 * the way Node resolves them from this folder, sorted and without duplicates.
 */
export function listPackageVersions(roots: readonly string[]): string[] {
  // The whole closure, not just the direct packages: micromark, mdast-util-to-hast
  // or hast-util-to-html can change the HTML in a patch release of their own.
  const found = new Map<string, string>();
  const pending = roots.map((name) => ({ name, from: here }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const dir = findPackageDir(next.name, next.from);
    if (found.has(dir)) continue;
    const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
    found.set(dir, `${next.name}@${manifest.version ?? '?'}`);
    for (const name of Object.keys(manifest.dependencies ?? {})) pending.push({ name, from: dir });
  }
  return [...new Set(found.values())].sort();
}

/**
 * npm keeps node_modules/.package-lock.json in step with every package it installed: one file
 * whose text changes whenever any version does. Reading it costs ~1 ms where walking the
 * dependency closure costs ~50 ms on every build; it is used when present.
 */
function readHiddenLockfile(): string[] | undefined {
  try {
    const file = path.join(path.dirname(findPackageDir('unified', here)), '.package-lock.json');
    return [readFileSync(file, 'utf8')];
  } catch {
    return undefined;
  }
}

/** Walks up from `from` like Node's resolver, ignoring `exports` (most packages do not export package.json). */
function findPackageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return realpathSync(candidate);
    if (path.dirname(dir) === dir) {
      throw new Error(`Cannot find the package "${name}" from ${from}; the Markdown renderer's cache fingerprint needs its version.`);
    }
  }
}
