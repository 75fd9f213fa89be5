// Parsed front matter from earlier builds. An entry is found by the file's path and reused when
// the file's size and times are unchanged (no read at all), or when its bytes hash the same (a
// fresh CI clone has new times but the same content). Timestamps only validate; they never key.
import fs from 'node:fs';
import path from 'node:path';
import { revive, toPlainProblem, type BroadsheetError, type PlainProblem } from '../errors/index.js';
import { readChecked, writeChecked, type OnDamaged } from './cache-file.js';
import type { SourceArticle } from '../types.js';

/** A warning found when the file was read (invalid UTF-8): kept so a cached article still reports it. */
type StoredWarning = PlainProblem;

interface Entry {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  sourceHash: string;
  article: SourceArticle;
  warnings?: StoredWarning[];
}

/** An article as the cache gives it back, with the warnings reading its file produced. */
export interface CachedArticle {
  article: SourceArticle;
  warnings: BroadsheetError[];
}

interface Stored {
  /** Settings that change how front matter is read (time zone, default publication). */
  settings: string;
  entries: Record<string, Entry>;
}

export interface ArticleCache {
  /** The cached article if the file is provably unchanged, judged from its stat alone. */
  byStat(file: string, stat: fs.Stats): CachedArticle | undefined;
  /** The cached article if the file's bytes hash the same as when it was cached. */
  byHash(file: string, sourceHash: string): CachedArticle | undefined;
  remember(file: string, stat: fs.Stats, sourceHash: string, loaded: CachedArticle): void;
  /** Write the entries of this build (only files seen now), if anything changed. */
  save(): void;
}

/**
 * Open the article cache in dir (null: a cache that remembers nothing). settings holds the
 * derived code version and the options entries depend on; a torn or edited file is reported
 * through onDamaged and ignored, never trusted; missing or unreadable, it starts empty.
 */
export function openArticleCache(dir: string | null, settings: string, onDamaged: OnDamaged = () => {}): ArticleCache {
  const file = dir ? path.join(dir, 'articles.json') : null;
  let old: Record<string, Entry> = {};
  if (file) {
    const read = readChecked(file);
    if (read === 'corrupt') onDamaged(file);
    if (typeof read === 'object') {
      const stored = JSON.parse(read.text) as Stored;
      if (stored.settings === settings) old = stored.entries;
    }
  }
  const next: Record<string, Entry> = {};
  let changed = false;
  return {
    byStat(rel, stat) {
      const e = old[rel];
      if (!e || e.size !== stat.size || e.mtimeMs !== stat.mtimeMs || e.ctimeMs !== stat.ctimeMs) return undefined;
      next[rel] = e;
      return revived(e);
    },
    byHash(rel, sourceHash) {
      const e = old[rel];
      return e && e.sourceHash === sourceHash ? revived(e) : undefined;
    },
    remember(rel, stat, sourceHash, { article, warnings }) {
      const entry: Entry = { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, sourceHash, article };
      if (warnings.length) entry.warnings = warnings.map(toPlainProblem);
      next[rel] = entry;
      changed = true;
    },
    save() {
      if (!file) return;
      if (!changed && Object.keys(next).length === Object.keys(old).length) return;
      const stored: Stored = { settings, entries: next };
      writeChecked(file, JSON.stringify(stored));
    },
  };
}

function revived(entry: Entry): CachedArticle {
  return { article: entry.article, warnings: (entry.warnings ?? []).map((w) => revive({ ...w, severity: 'warning' })) };
}
