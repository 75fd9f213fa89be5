// The locks a build holds from start to end: its output folder's, and its cache folder's.
import fs from 'node:fs';
import path from 'node:path';
import { acquireLock, type Lock } from './lock.js';
import { STATE_DIR, manifestPath } from '../cache/output-manifest.js';
import { checkOutputFolder } from './safe-path.js';
import { writingTo } from './write-failed.js';

/** Lock the output folder (after checking it is safe to create) and the cache folder; release() undoes both. */
export function lockFolders(outDir: string, cacheDir: string | null, protectedDirs: string[]): Lock {
  const out = path.resolve(outDir);
  checkOutputFolder(out, protectedDirs);
  const existed = fs.existsSync(out);
  const outLock = path.join(out, STATE_DIR, 'lock');
  const locks: Lock[] = [writingTo(outLock, () => acquireLock(outLock, `output folder ${out}`))];
  try {
    const cacheLock = cacheDir && path.join(cacheDir, 'lock');
    if (cacheLock) locks.push(writingTo(cacheLock, () => acquireLock(cacheLock, `cache folder ${cacheDir}`)));
  } catch (error) {
    release(locks, out, existed);
    throw error;
  }
  return { release: () => release(locks, out, existed) };
}

function release(locks: Lock[], out: string, existed: boolean): void {
  for (const lock of locks.reverse()) lock.release();
  // A first build that failed leaves no output folder behind, not even the lock's.
  if (!existed && !fs.existsSync(manifestPath(out))) {
    const left = fs.existsSync(out) ? fs.readdirSync(out) : [];
    if (left.every((n) => n === STATE_DIR)) fs.rmSync(out, { recursive: true, force: true });
  }
}
