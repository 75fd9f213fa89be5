// Rendered article bodies on disk, keyed by a hash of the Markdown and of the pipeline that
// renders it. Each entry starts with a checksum of its HTML: a torn or corrupted entry is
// detected, removed and rendered again, never served.
import fs from 'node:fs';
import path from 'node:path';
import { readChecked, writeChecked } from './cache-file.js';

export interface BodyCache {
  get(key: string): string | undefined;
  set(key: string, html: string): void;
  readonly corrupt: number;
  /** False for the in-memory one of --no-cache: its hits are reuse within one build, not "from cache". */
  readonly onDisk: boolean;
}

/** Bodies kept in memory with --no-cache: enough for the newest articles that feeds repeat. */
const MEMORY_ENTRIES = 1000;

/**
 * A body cache in dir/bodies. With dir null (--no-cache) nothing is stored, unless bodies are
 * wanted again in the same build (full-content feeds): then a bounded in-memory one.
 */
export function createBodyCache(dir: string | null, reuse = false): BodyCache {
  let corrupt = 0;
  if (!dir) return reuse ? createMemoryCache() : { get: () => undefined, set: () => {}, corrupt: 0, onDisk: false };
  const root = path.join(dir, 'bodies');
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), `${key}.html`);
  return {
    get(key) {
      const read = readChecked(fileOf(key), key);
      if (read === 'missing') return undefined;
      if (read === 'corrupt') {
        corrupt++;
        fs.rmSync(fileOf(key), { force: true });
        return undefined;
      }
      return read.text;
    },
    set(key, html) {
      writeChecked(fileOf(key), html, key);
    },
    get corrupt() {
      return corrupt;
    },
    onDisk: true,
  };
}

function createMemoryCache(): BodyCache {
  const entries = new Map<string, string>();
  return {
    get: (key) => entries.get(key),
    set(key, html) {
      entries.set(key, html);
      // Articles render oldest first and feeds want the newest: dropping the oldest entry keeps those.
      if (entries.size > MEMORY_ENTRIES) entries.delete(entries.keys().next().value!);
    },
    corrupt: 0,
    onDisk: false,
  };
}
