// Parsed front matter from earlier builds. An entry is found by the file's path and reused when
// the file's size and times are unchanged (no read at all), or when its bytes hash the same (a
// fresh CI clone has new times but the same content). Timestamps only validate; they never key.
import fs from 'node:fs';
import path from 'node:path';
import { hashOf } from '../shared/hash.js';
import type { SourceArticle } from '../types.js';

interface Entry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  sourceHash: string;
  article: SourceArticle;
}

interface Stored {
  version: 1;
  /** Settings that change how front matter is read (time zone, default publication). */
  settings: string;
  entries: Record<string, Entry>;
}

export interface ArticleCache {
  /** The cached article if the file is provably unchanged, judged from its stat alone. */
  byStat(file: string, stat: fs.Stats): SourceArticle | undefined;
  /** The cached article if the file's bytes hash the same as when it was cached. */
  byHash(file: string, sourceHash: string): SourceArticle | undefined;
  remember(file: string, stat: fs.Stats, sourceHash: string, article: SourceArticle): void;
  /** Write the entries of this build (only files seen now), if anything changed. */
  save(): void;
}

/** Open the article cache in dir (null: a cache that remembers nothing). */
export function openArticleCache(dir: string | null, settings: string): ArticleCache {
  const file = dir ? path.join(dir, 'articles.json') : null;
  let old: Record<string, Entry> = {};
  if (file) {
    try {
      // The first line is a checksum of the rest: a torn or edited file is ignored, never trusted.
      const text = fs.readFileSync(file, 'utf8');
      const nl = text.indexOf('\n');
      const json = text.slice(nl + 1);
      if (nl > 0 && text.slice(0, nl) === hashOf(json)) {
        const stored = JSON.parse(json) as Stored;
        if (stored.version === 1 && stored.settings === settings) old = stored.entries;
      }
    } catch {
      // Missing or unreadable: start empty; it is only a cache.
    }
  }
  const next: Record<string, Entry> = {};
  let changed = false;
  return {
    byStat(rel, stat) {
      const e = old[rel];
      if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs || e.ctimeMs !== stat.ctimeMs) return undefined;
      next[rel] = e;
      return e.article;
    },
    byHash(rel, sourceHash) {
      const e = old[rel];
      return e && e.sourceHash === sourceHash ? e.article : undefined;
    },
    remember(rel, stat, sourceHash, article) {
      next[rel] = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, sourceHash, article };
      changed = true;
    },
    save() {
      if (!file) return;
      if (!changed && Object.keys(next).length === Object.keys(old).length) return;
      const stored: Stored = { version: 1, settings, entries: next };
      const tmp = `${file}.${process.pid}.tmp`;
      try {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const json = JSON.stringify(stored);
        fs.writeFileSync(tmp, `${hashOf(json)}\n${json}`);
        fs.renameSync(tmp, file);
      } catch {
        fs.rmSync(tmp, { force: true });
      }
    },
  };
}
