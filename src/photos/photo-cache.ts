// The photo cache: what each source file is (hash and size, keyed by its stat so unchanged
// files are not read again), the local images of each body (so unchanged bodies are not parsed
// again) and the bytes of every rendition encoded so far, by rendition key.
import type fs from 'node:fs';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { codeVersion } from '../cache/code-version.js';
import { readChecked, writeAtomic, writeChecked } from '../cache/cache-file.js';
import type { BodyImage } from '../types.js';

export interface SourceInfo {
  hash: string;
  width: number;
  height: number;
}

interface Entry extends SourceInfo {
  size: number;
  mtimeMs: number;
}

export interface PhotoCache {
  source(file: string, stat: fs.Stats): SourceInfo | undefined;
  rememberSource(file: string, stat: fs.Stats, info: SourceInfo): void;
  /** Local images of a body, by a key of its text and page address. */
  bodyImages(key: string): BodyImage[] | undefined;
  rememberBodyImages(key: string, images: BodyImage[]): void;
  /** File holding a rendition's bytes, when an earlier build encoded it. */
  rendition(name: string): string | undefined;
  /** Keep a rendition's bytes; returns the file they were written to (undefined without a cache folder). */
  storeRendition(name: string, bytes: Buffer): string | undefined;
  save(): void;
}

// The index is dropped whenever the code that reads photos (this module's graph) changes.
const version = () => codeVersion(import.meta.url);

/** Open the photo cache under cacheDir/photos, or a memory-only one when caching is off. */
export function openPhotoCache(cacheDir: string | null): PhotoCache {
  const dir = cacheDir ? path.join(cacheDir, 'photos') : null;
  const indexFile = dir ? path.join(dir, 'sources.json') : null;
  let entries: Record<string, Entry> = {};
  let bodies: Record<string, BodyImage[]> = {};
  if (indexFile) {
    // No cache yet, an unreadable or a torn one: start afresh.
    const read = readChecked(indexFile);
    if (typeof read === 'object') {
      const saved = JSON.parse(read.text) as { version: string; entries: Record<string, Entry>; bodies?: Record<string, BodyImage[]> };
      if (saved.version === version()) ({ entries, bodies = {} } = saved);
    }
  }
  const used: Record<string, Entry> = {};
  const usedBodies: Record<string, BodyImage[]> = {};
  let dirty = false;
  return {
    source(file, stat) {
      const e = entries[file];
      if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs) return undefined;
      used[file] = e;
      return { hash: e.hash, width: e.width, height: e.height };
    },
    rememberSource(file, stat, info) {
      used[file] = { ...info, size: stat.size, mtimeMs: stat.mtimeMs };
      dirty = true;
    },
    bodyImages(key) {
      const known = bodies[key];
      if (known) usedBodies[key] = known;
      return known;
    },
    rememberBodyImages(key, images) {
      usedBodies[key] = images;
      dirty = true;
    },
    rendition(name) {
      if (!dir) return undefined;
      const file = path.join(dir, name.slice(0, 2), name);
      return existsSync(file) ? file : undefined;
    },
    storeRendition(name, bytes) {
      if (!dir) return undefined;
      const file = path.join(dir, name.slice(0, 2), name);
      return writeAtomic(file, bytes) ? file : undefined;
    },
    save() {
      if (!indexFile) return;
      // Sources and bodies no longer used are dropped; their renditions stay until the cache is deleted.
      const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
      if (!dirty && same(used, entries) && same(usedBodies, bodies)) return;
      writeChecked(indexFile, JSON.stringify({ version: version(), entries: used, bodies: usedBodies }));
    },
  };
}
