// Stage 6 of 6, write: the only code that touches the output folder. Changed files go to a staging
// folder first; a journaled commit moves them into place and removes what the site no longer has.
import fs from 'node:fs';
import path from 'node:path';
import { isBroadsheetError, createProblem, type PlainProblem } from '../errors/index.js';
import { hashOf } from '../shared/hash.js';
import { throwIfInterrupted, type PauseHook } from '../shared/interrupt.js';
import type { OutputFile, WriteStats } from '../types.js';
import { createCollisionCheck } from './collisions.js';
import { commitJournal, recoverJournal, type JournalOp } from './journal.js';
import { STATE_DIR, manifestPath, manifestText, readManifest, type Manifest, type ManifestEntry } from '../cache/output-manifest.js';
import { checkOutputFolder, resolveInside } from './safe-path.js';
import { writeFailed, writingTo } from './write-failed.js';

export interface OutputTarget {
  outDir: string;
  /** Is this page's last written version still current? (same inputs, file still there) */
  isFresh(path: string, inputKey: string): boolean;
  /** Stage every file, then commit; an aborted signal stops staging and leaves the old output. */
  write(files: AsyncIterable<OutputFile>, signal?: AbortSignal): Promise<WriteStats>;
  /** Files the last build wrote under a folder, with their input keys (for stages that keep a folder whole). */
  previousUnder(folder: string): { path: string; key?: string }[];
  /** The warnings the last build found making a file, for a stage that keeps it to report again. */
  problemsOf(path: string): readonly PlainProblem[];
}

const STAGING = `${STATE_DIR}/staging`;

export interface OutputOptions {
  /** Called after each staged file and before each commit step (see PauseHook). */
  pause?: PauseHook;
}

/** Open the output folder: finish an interrupted commit, refuse folders we do not own, clear old staging. */
export function openOutput(outDir: string, protectedDirs: string[], options: OutputOptions = {}): OutputTarget {
  const out = path.resolve(outDir);
  checkOutputFolder(out, protectedDirs);
  if (fs.existsSync(out)) writingTo(out, () => recoverJournal(out), 'commit pending');
  const previous = readManifest(out);
  if (previous === 'damaged') throw damagedManifest(out);
  if (previous === 'none' && fs.existsSync(out) && fs.readdirSync(out).some((n) => n !== STATE_DIR)) {
    throw createProblem('OUTPUT_NOT_EMPTY', { outDir: out });
  }
  // An intact manifest of another Broadsheet version proves the folder is ours but is not read:
  // everything is written again, and whatever else is in the folder is removed as a clean build would.
  const outdated = previous === 'outdated';
  const old = typeof previous === 'object' ? previous.files : {};
  return {
    outDir: out,
    // The manifest is trusted here, without a stat per file: at archive scale the stats alone
    // would cost more than the rest of a no-change rebuild. Files edited or deleted by hand in
    // the output folder come back after deleting .broadsheet/manifest.json (or the folder).
    isFresh(rel, inputKey) {
      const entry = old[rel];
      return entry !== undefined && entry.key === inputKey;
    },
    write: (files, signal) => writeFiles(out, old, outdated, files, signal, options.pause),
    previousUnder: (folder) =>
      Object.entries(old)
        .filter(([p]) => p.startsWith(`${folder}/`))
        .map(([p, e]) => ({ path: p, ...(e.key ? { key: e.key } : {}) })),
    problemsOf: (rel) => old[rel]?.problems ?? [],
  };
}

async function writeFiles(
  out: string,
  old: Record<string, ManifestEntry>,
  outdated: boolean,
  files: AsyncIterable<OutputFile>,
  signal: AbortSignal | undefined,
  pause: PauseHook | undefined,
): Promise<WriteStats> {
  const staging = path.join(out, STAGING);
  const existed = fs.existsSync(out);
  writingTo(staging, () => {
    fs.rmSync(staging, { recursive: true, force: true });
    fs.mkdirSync(staging, { recursive: true });
  });
  let staged: Staged;
  try {
    staged = await stage(out, staging, old, files, signal, pause);
    // The last moment to stop: from the journal on, the commit runs to the end.
    throwIfInterrupted(signal);
  } catch (error) {
    // Leave no trace of a failed build: the old output as it was, or no output folder at all.
    fs.rmSync(existed ? staging : out, { recursive: true, force: true });
    throw error;
  }
  const { next, changed, unchanged, manifestChanged } = staged;
  const stale = (outdated ? filesIn(out) : Object.keys(old)).filter((p) => !(p in next.files));
  if (!changed.length && !stale.length && !manifestChanged) {
    fs.rmSync(staging, { recursive: true, force: true });
    return { written: 0, unchanged, deleted: 0 };
  }
  const ops: JournalOp[] = [
    ...planRenames(out, changed),
    ...stale.map((p): JournalOp => ({ op: 'delete', path: p })),
    { op: 'rename', from: `${STAGING}/.manifest.json`, to: path.relative(out, manifestPath(out)) },
  ];
  try {
    fs.writeFileSync(path.join(staging, '.manifest.json'), manifestText(next));
    // Folders the commit cannot change fail it before anything moves: the old site stays whole.
    checkWritable(out, ops);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    throw isBroadsheetError(error) ? error : writeFailed(path.join(staging, '.manifest.json'), error);
  }
  // From here on the journal decides: a crash or failure mid-commit is finished by the next run.
  writingTo(out, () => commitJournal(out, ops, pause), 'commit pending');
  fs.rmSync(staging, { recursive: true, force: true });
  return { written: changed.length, unchanged, deleted: stale.length };
}

interface Staged {
  next: Manifest;
  changed: string[];
  unchanged: number;
  manifestChanged: boolean;
}

/** Write every changed file into the staging folder and build the new manifest. */
async function stage(
  out: string,
  staging: string,
  old: Record<string, ManifestEntry>,
  files: AsyncIterable<OutputFile>,
  signal: AbortSignal | undefined,
  pause: PauseHook | undefined,
): Promise<Staged> {
  const next: Manifest = { files: {} };
  const collisions = createCollisionCheck();
  const changed: string[] = [];
  const madeDirs = new Set<string>();
  let unchanged = 0;
  // Whether any manifest entry differs from the last build: if none does, there is nothing to commit.
  let manifestChanged = false;
  for await (const file of files) {
    throwIfInterrupted(signal);
    const prior = old[file.path];
    // Kept files were checked when they were first written.
    if (!(file.kind === 'keep' && prior)) resolveInside(out, file.path, file.source);
    const clash = collisions.add(file);
    if (clash) throw clash;
    if (file.kind === 'keep' && prior) {
      next.files[file.path] = prior;
      unchanged++;
      continue;
    }
    const bytes = bytesOf(file);
    const entry: ManifestEntry = { hash: hashOf(bytes), size: bytes.length };
    if (file.inputKey) entry.key = file.inputKey;
    if (file.problems?.length) entry.problems = file.problems;
    next.files[file.path] = entry;
    if (!prior || prior.key !== entry.key || prior.hash !== entry.hash) manifestChanged = true;
    if (prior && prior.hash === entry.hash && existsWithSize(path.join(out, file.path), entry.size)) {
      unchanged++;
      continue;
    }
    const target = path.join(staging, file.path);
    const dir = path.dirname(target);
    try {
      if (!madeDirs.has(dir)) {
        fs.mkdirSync(dir, { recursive: true });
        madeDirs.add(dir);
      }
      fs.writeFileSync(target, bytes);
    } catch (cause) {
      throw writeFailed(path.join(out, file.path), cause, 'old site', file.source);
    }
    changed.push(file.path);
    await pause?.('staging', signal);
  }
  return { next, changed, unchanged, manifestChanged };
}

/** Every folder a commit renames into or deletes from must be writable (a read-only subfolder, a read-only disk). */
function checkWritable(out: string, ops: JournalOp[]): void {
  const seen = new Set<string>();
  for (const op of ops) {
    let dir = path.dirname(path.join(out, op.op === 'rename' ? op.to : op.path));
    // The nearest folder that exists is the one the rename or mkdir changes.
    while (dir.length > out.length && !fs.existsSync(dir)) dir = path.dirname(dir);
    if (seen.has(dir)) continue;
    seen.add(dir);
    try {
      fs.accessSync(dir, fs.constants.W_OK);
    } catch (cause) {
      throw writeFailed(path.join(out, op.op === 'rename' ? op.to : op.path), cause);
    }
  }
}

function damagedManifest(out: string) {
  return createProblem('MANIFEST_DAMAGED', { manifest: manifestPath(out), outDir: out });
}

/** Every file in the output folder outside the state folder, as relative paths. */
function filesIn(out: string): string[] {
  return fs
    .readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((d) => !d.isDirectory())
    .map((d) => path.relative(out, path.join(d.parentPath, d.name)).split(path.sep).join('/'))
    .filter((p) => p !== STATE_DIR && !p.startsWith(`${STATE_DIR}/`));
}

function existsWithSize(file: string, size: number): boolean {
  try {
    return fs.statSync(file).size === size;
  } catch {
    return false;
  }
}

/** One rename per changed file, or one per whole new folder (a first build moves a few folders). */
function planRenames(out: string, changed: string[]): JournalOp[] {
  const exists = new Map<string, boolean>();
  const dirExists = (rel: string) => {
    let e = exists.get(rel);
    if (e === undefined) {
      e = fs.existsSync(path.join(out, rel));
      exists.set(rel, e);
    }
    return e;
  };
  const moved = new Set<string>();
  const ops: JournalOp[] = [];
  for (const rel of changed.sort()) {
    const parts = rel.split('/');
    let target = rel;
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join('/');
      if (!dirExists(dir)) {
        target = dir;
        break;
      }
    }
    if (moved.has(target)) continue;
    moved.add(target);
    ops.push({ op: 'rename', from: `${STAGING}/${target}`, to: target });
  }
  return ops;
}

/** The bytes a file will have; a kept file the last build did not write is an error of the stage that kept it. */
function bytesOf(file: OutputFile): Buffer {
  if (file.kind === 'copy') return fs.readFileSync(file.from);
  if (file.kind === 'keep') throw new Error(`${file.path} was kept, but no earlier build wrote it`);
  return Buffer.from(file.contents);
}
