// One build at a time per output folder and per cache folder. Two builds into one folder would
// interleave their staging and commits and leave pages that the manifest calls current but are
// not; the second build fails at once, naming the first. A lock left by a killed build (its
// process gone from this host) is taken over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createProblem } from '../errors/index.js';

export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

export interface Lock {
  release(): void;
}

/** Take the lock file `file` (its folder is created), or throw OUTPUT_LOCKED naming the holder. */
export function acquireLock(file: string, what: string): Lock {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const me: LockHolder = { pid: process.pid, host: os.hostname(), started: new Date().toISOString() };
  const text = JSON.stringify(me);
  for (let attempt = 0; attempt < 3; attempt++) {
    // Written whole under a private name, then linked: the lock never exists half-written.
    const tmp = `${file}.${process.pid}.${attempt}.tmp`;
    fs.writeFileSync(tmp, text);
    try {
      fs.linkSync(tmp, file);
      fs.rmSync(tmp, { force: true });
      return { release: () => releaseLock(file, text) };
    } catch (error) {
      fs.rmSync(tmp, { force: true });
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const held = readHolder(file);
    if (held.kind === 'live') throw lockedError(what, file, held.holder);
    // A dead holder's lock is removed only if it is still the same file we read.
    if (fs.readFileSync(file, 'utf8') === held.text) fs.rmSync(file, { force: true });
  }
  throw lockedError(what, file, undefined);
}

type Held = { kind: 'live'; holder: LockHolder } | { kind: 'stale'; text: string };

function readHolder(file: string): Held {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { kind: 'stale', text: '' };
  }
  let holder: LockHolder;
  try {
    holder = JSON.parse(text) as LockHolder;
  } catch {
    return { kind: 'stale', text };
  }
  if (typeof holder.pid !== 'number' || typeof holder.host !== 'string') return { kind: 'stale', text };
  // Another machine's process cannot be looked up: its lock stands until it is removed.
  if (holder.host !== os.hostname()) return { kind: 'live', holder };
  return isRunning(holder.pid) ? { kind: 'live', holder } : { kind: 'stale', text };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseLock(file: string, text: string): void {
  try {
    if (fs.readFileSync(file, 'utf8') === text) fs.rmSync(file, { force: true });
  } catch {
    // Already gone (a failed first build removes its whole output folder).
  }
}

function lockedError(what: string, file: string, holder: LockHolder | undefined) {
  return createProblem('OUTPUT_LOCKED', { what, file, holder });
}
