// What each body asks the resolver for, kept between builds in cacheDir/migrate/references.json:
// finding it means reading the body, and a warm build should not read every body of the archive
// again. Keyed by the body's hash and dropped whenever the conversion's code changes.
import path from 'node:path';
import { readChecked, writeChecked } from './cache-file.js';
import { codeVersion } from './code-version.js';

export interface ReferenceKeysCache {
  get(bodyHash: string): string[] | undefined;
  set(bodyHash: string, keys: string[]): void;
  /** Writes what this build used (entries of bodies no longer in the site are dropped). */
  save(): void;
}

const version = () => codeVersion(new URL('../render/markdown/migrate/convert-migrated.js', import.meta.url).href);

/** The cache under cacheDir, or one that lives for this process only without a cache folder. */
export function openReferenceKeysCache(cacheDir: string | null): ReferenceKeysCache {
  const file = cacheDir ? path.join(cacheDir, 'migrate', 'references.json') : null;
  let saved: Record<string, string[]> = {};
  if (file) {
    const read = readChecked(file);
    if (typeof read === 'object') {
      const data = JSON.parse(read.text) as { version?: string; bodies?: Record<string, string[]> };
      if (data.version === version() && data.bodies) saved = data.bodies;
    }
  }
  const used: Record<string, string[]> = {};
  let dirty = false;
  return {
    get(bodyHash) {
      const keys = Object.hasOwn(saved, bodyHash) ? saved[bodyHash] : undefined;
      if (keys) used[bodyHash] = keys;
      return keys;
    },
    set(bodyHash, keys) {
      used[bodyHash] = keys;
      dirty = true;
    },
    save() {
      if (!file) return;
      if (!dirty && Object.keys(used).length === Object.keys(saved).length) return;
      writeChecked(file, JSON.stringify({ version: version(), bodies: used }));
    },
  };
}
