// The whole-build fast path (issue 17): when every input of the last build is as it was (each file's
// stat under the content, theme, static, data and pages folders, the resolved config, the code and
// installed packages), its output's bookkeeping is untouched and the clock has not reached the next
// moment an article's publication or news-sitemap window changes, the last build's result stands and
// nothing is read or rendered. Like git's index, a file changed too close to the stat to trust its
// timestamps ("racy") is compared by content instead.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ResolvedConfig } from '../config/index.js';
import { revive, toPlainProblem, type PlainProblem } from '../errors/broadsheet-error.js';
import { isWalkedFolder } from '../load/publish-rule.js';
import { sourceSiteFiles } from '../migrate/source-site-files.js';
import { hashOf } from '../shared/hash.js';
import { readChecked, writeChecked } from './cache-file.js';
import type { BuildStats, Instant } from '../types.js';
import { STATE_DIR, manifestPath } from './output-manifest.js';

/** Build options that change what a build publishes (threads do not: the comparison tests hold it). */
export interface RecordedOptions {
  keepGoing: boolean;
  searchSplitAbove: number | undefined;
}

/** What the last successful build saw and said, as a no-change rebuild would report it. */
interface BuildRecord {
  /** The digest of every input; its code part also covers this record's own shape. */
  inputs: string;
  /** Files compared by content, as "root\0relative path" (their stat was too recent to trust). */
  racy: string[];
  manifest: string;
  /** The record holds for a build time in [from, until); until null: no dated event ahead. */
  from: Instant;
  until: Instant | null;
  stats: Omit<BuildStats, 'warnings' | 'ms' | 'timings'>;
  warnings: PlainProblem[];
}

/** Timestamps this close to the walk (ms) may hide a later write of the same size: compare bytes instead. */
const RACY_MS = 3000;
const RECORD_FILE = 'unchanged-build.json';
/** The one timing a reused build reports (the CLI's --timings table describes it). */
export const UNCHANGED_TIMING = 'unchanged since last build';
/** This module's code folder (src/ or lib/): any change to the code under it is an input change. */
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_ROOT = path.resolve(CODE_DIR, '..');

/** One file seen by the walk: its stat line, and its content hash when asked for. */
interface Seen {
  key: string;
  abs: string;
  stat: string;
  changedAt: number;
}

/** The fast path of one build: reuse() the last result if it still stands, save() this build's after it succeeded. */
export interface BuildShortcut {
  reuse(): BuildStats | undefined;
  save(stats: BuildStats, articleDates: readonly Instant[]): void;
}

/** Open the fast path for a build with this config, options and build time; undefined without a cache folder. */
export function openBuildShortcut(config: ResolvedConfig, options: RecordedOptions, now: Instant): BuildShortcut | undefined {
  // Plugins and helpers are code from anywhere on disk, out of the walk's sight: such sites always build.
  if (config.cacheDir === null || usesPlugins(config)) return undefined;
  const started = performance.now();
  const recordFile = path.join(config.cacheDir, RECORD_FILE);
  const takenAt = Date.now();
  const seen = walkInputs(config);
  const salt = hashOf(JSON.stringify(config), JSON.stringify(options), process.version);
  const racy = seen.filter((s) => s.changedAt >= takenAt - RACY_MS).map((s) => s.key);
  // Taken before the build reads anything: a file edited while it runs makes the next build slow, never stale.
  const inputs = digest(salt, seen, new Set(racy));
  return {
    reuse() {
      const last = readRecord(recordFile);
      if (!last || now < last.from || (last.until !== null && now >= last.until)) return undefined;
      if (!bookkeepingIntact(config.outDir, last.manifest)) return undefined;
      const same = last.racy.join('\n') === racy.join('\n') ? inputs : digest(salt, seen, new Set(last.racy));
      if (same !== last.inputs) return undefined;
      // Files racy at the last build whose bytes were just found the same and whose stat is now old
      // enough to trust: record them by stat, so the next rebuild need not read them (a freshly copied corpus).
      if (same !== inputs) writeRecord(recordFile, { ...last, inputs, racy });
      const warnings = reviveAll(last.warnings);
      const ms = Math.round(performance.now() - started);
      return { ...last.stats, warnings, ms, timings: { [UNCHANGED_TIMING]: ms } };
    },
    save(stats, articleDates) {
      const manifest = manifestStat(config.outDir);
      if (manifest === undefined) return;
      const windowMs = (config.newsSitemap?.windowHours ?? 48) * 3_600_000;
      const record: BuildRecord = {
        inputs,
        racy,
        manifest,
        from: now,
        until: nextDatedEvent(articleDates, now, windowMs),
        stats: asUnchanged(stats),
        warnings: stats.warnings.map(toPlainProblem),
      };
      fs.mkdirSync(config.cacheDir!, { recursive: true });
      writeRecord(recordFile, record);
    },
  };
}

function usesPlugins(config: ResolvedConfig): boolean {
  const markdown = config.markdown;
  return markdown.remarkPlugins.length > 0 || markdown.rehypePlugins.length > 0 || Object.keys(config.helpers).length > 0;
}

/**
 * The first build time after now at which some article changes state: a scheduled one becomes due
 * (date > now), or one leaves the news sitemap's window (published >= now - window). Null: none.
 */
export function nextDatedEvent(dates: readonly Instant[], now: Instant, windowMs: number): Instant | null {
  let next = Infinity;
  for (const d of dates) {
    if (d > now) next = Math.min(next, d);
    else if (d + windowMs >= now) next = Math.min(next, d + windowMs + 1);
  }
  return Number.isFinite(next) ? next : null;
}

/** The counts a rebuild with nothing changed reports: every file unchanged, nothing rendered, encoded or indexed. */
function asUnchanged(stats: BuildStats): BuildRecord['stats'] {
  const { warnings: _w, ms: _ms, timings: _t, ...rest } = stats;
  const { photos, search } = rest;
  return {
    ...rest,
    write: { written: 0, unchanged: stats.files, deleted: 0 },
    rendered: 0,
    cachedBodies: 0,
    photos: { photos: photos.photos, encoded: 0, cached: 0, kept: photos.encoded + photos.cached + photos.kept },
    search: { ...search, indexed: 0, kept: search.bundles > 0, ms: 0, rebuilt: 0 },
  };
}

/** Problems back from the record without a stack trace each (they were found in content, and an archive can have thousands). */
function reviveAll(plain: readonly PlainProblem[]) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return plain.map(revive);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function writeRecord(file: string, record: BuildRecord): void {
  writeChecked(file, JSON.stringify(record));
}

function readRecord(file: string): BuildRecord | undefined {
  // A missing or damaged record costs one full build, which writes it again: nothing is lost.
  const read = readChecked(file);
  if (typeof read === 'string') return undefined;
  try {
    const record = JSON.parse(read.text) as BuildRecord;
    return typeof record.inputs === 'string' && Array.isArray(record.racy) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** The manifest as the last build left it, and no commit or staging of another build pending. */
function bookkeepingIntact(outDir: string, recorded: string): boolean {
  const state = path.join(path.resolve(outDir), STATE_DIR);
  if (fs.existsSync(path.join(state, 'journal.json')) || fs.existsSync(path.join(state, 'staging'))) return false;
  return manifestStat(outDir) === recorded;
}

function manifestStat(outDir: string): string | undefined {
  const stat = fs.statSync(manifestPath(path.resolve(outDir)), { throwIfNoEntry: false });
  return stat && statLine(stat);
}

function statLine(stat: fs.Stats): string {
  return `${stat.size}:${stat.mtimeMs}:${stat.ctimeMs}:${stat.ino}`;
}

/** Every file a build reads, by folder, sorted; content follows the loader's walk (no dot folders, no node_modules). */
function walkInputs(config: ResolvedConfig): Seen[] {
  const roots: [string, string | undefined, boolean][] = [
    ['content', config.contentDir, true],
    ['theme', config.themeDir, false],
    ['templates', config.templatesDir, false],
    ['static', config.staticDir, false],
    ['data', config.dataDir, false],
    ['pages', config.pagesDir, false],
    ['code', CODE_DIR, false],
  ];
  const seen: Seen[] = [];
  for (const [name, dir, asLoader] of roots) if (dir) walk(name, dir, '', asLoader, seen);
  // The source generator's config and authors file may sit above the content folder (Hugo's site root).
  for (const file of [
    ...sourceSiteFiles(config.contentDir),
    config.configFile,
    path.join(PACKAGE_ROOT, 'package.json'),
    path.join(PACKAGE_ROOT, 'node_modules/.package-lock.json'),
  ]) {
    if (file) addFile(seen, `file\0${file}`, file);
  }
  return seen.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function walk(root: string, dir: string, rel: string, asLoader: boolean, seen: Seen[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!asLoader || isWalkedFolder(entry.name)) walk(root, dir, child, asLoader, seen);
    } else addFile(seen, `${root}\0${child}`, path.join(dir, child));
  }
}

function addFile(seen: Seen[], key: string, abs: string): void {
  const stat = fs.statSync(abs, { throwIfNoEntry: false });
  if (stat) seen.push({ key, abs, stat: statLine(stat), changedAt: Math.max(stat.mtimeMs, stat.ctimeMs) });
  else seen.push({ key, abs, stat: 'absent', changedAt: 0 });
}

/** One hash of every input: the stat line of each file, or its bytes' hash for the racy ones. */
function digest(salt: string, seen: readonly Seen[], racy: ReadonlySet<string>): string {
  const lines = seen.map((s) => `${s.key}\0${racy.has(s.key) ? contentHash(s.abs) : s.stat}`);
  return hashOf(salt, ...lines);
}

function contentHash(file: string): string {
  try {
    return `#${hashOf(fs.readFileSync(file))}`;
  } catch {
    return 'unreadable';
  }
}
