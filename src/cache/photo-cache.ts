// The photo cache: what each source file is (hash and size, keyed by its stat so unchanged
// files are not read again), the local images of each body (so unchanged bodies are not parsed
// again) and the bytes of every rendition encoded so far, by rendition key. The index holds a
// checksum of every rendition's bytes: a truncated or altered rendition is never published.
import type fs from 'node:fs';
import path from 'node:path';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { hashOf } from '../shared/hash.js';
import { readChecked, writeAtomic, writeChecked, type OnDamaged } from './cache-file.js';
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

interface Saved {
  version: string;
  entries: Record<string, Entry>;
  bodies?: Record<string, BodyImage[]>;
  /** Checksums of the rendition files, by name. */
  renditions?: Record<string, string>;
}

/**
 * Open the photo cache under cacheDir/photos, or a memory-only one when caching is off. version
 * is derived from the code of the photo stage: the index is dropped whenever it changes. A torn
 * index or a rendition whose bytes fail their checksum is reported through onDamaged.
 */
export function openPhotoCache(cacheDir: string | null, version: string, onDamaged: OnDamaged = () => {}): PhotoCache {
  const dir = cacheDir ? path.join(cacheDir, 'photos') : null;
  const indexFile = dir ? path.join(dir, 'sources.json') : null;
  let saved: Saved = { version, entries: {} };
  if (indexFile) {
    // No cache yet, an unreadable or a torn one: start afresh.
    const read = readChecked(indexFile);
    if (read === 'corrupt') onDamaged(indexFile);
    if (typeof read === 'object') {
      const parsed = JSON.parse(read.text) as Saved;
      if (parsed.version === version) saved = parsed;
    }
  }
  const { entries, bodies = {}, renditions = {} } = saved;
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
      const sum = renditions[name];
      if (sum === undefined || !existsSync(file)) return undefined;
      if (hashOf(readFileSync(file)) === sum) return file;
      onDamaged(file);
      rmSync(file, { force: true });
      delete renditions[name];
      dirty = true;
      return undefined;
    },
    storeRendition(name, bytes) {
      if (!dir) return undefined;
      const file = path.join(dir, name.slice(0, 2), name);
      if (!writeAtomic(file, bytes)) return undefined;
      renditions[name] = hashOf(bytes);
      dirty = true;
      return file;
    },
    save() {
      if (!indexFile) return;
      // Sources and bodies no longer used are dropped; their renditions stay until the cache is deleted.
      const same = (a: object, b: object) => Object.keys(a).length === Object.keys(b).length;
      if (!dirty && same(used, entries) && same(usedBodies, bodies)) return;
      writeChecked(indexFile, JSON.stringify({ version, entries: used, bodies: usedBodies, renditions } satisfies Saved));
    },
  };
}
