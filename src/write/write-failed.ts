// WRITE_FAILED with a hint that fits what the system said: permissions, a full disk, a read-only
// file system and an overlong name need different fixes.
import fs from 'node:fs';
import path from 'node:path';
import { createError, type BroadsheetError } from '../errors/index.js';

const HINTS: Record<string, (dir: string) => string> = {
  EACCES: (dir) =>
    `Broadsheet may not write in ${dir}: give the user running the build write permission there (ls -ld shows who may), or choose another folder with --out.`,
  EPERM: (dir) =>
    `The system refused the change in ${dir}: check its permissions and whether a file there is locked or immutable, or choose another folder with --out.`,
  ENOSPC: () => 'The disk is full: free some space (or use a larger disk for --out and --cache-dir), then build again.',
  EDQUOT: () => 'Your disk quota is used up: free some space or ask for a larger quota, then build again.',
  EROFS: (dir) => `${dir} is on a read-only file system: choose a writable folder with --out.`,
  ENAMETOOLONG: () => 'A file name in that path is too long for this file system: shorten the slug, section or alias behind it.',
  EMFILE: () => 'Too many files are open: raise the limit (ulimit -n) or use fewer --workers, then build again.',
  ENOTDIR: (dir) => `A file stands where a folder is needed in ${dir}: remove it, then build again.`,
  EISDIR: () => 'A folder stands where a file is needed: remove it, then build again.',
};

/** What the output folder holds after the failure, said at the end of the message. */
export type AfterFailure = 'old site' | 'commit pending';

const AFTER: Record<AfterFailure, string> = {
  'old site': 'The output folder was left as it was.',
  'commit pending': 'The new site is half moved into place; the next build finishes the move once the cause is fixed.',
};

/** The output (or bookkeeping) file `target` could not be written, moved or removed. */
export function writeFailed(target: string, cause: unknown, after: AfterFailure = 'old site', source?: string): BroadsheetError {
  const e = cause as NodeJS.ErrnoException & { dest?: string };
  // The system's error names the exact file; the hint names its folder.
  const where = e?.dest ?? e?.path ?? target;
  let dir = e?.syscall === 'access' ? where : path.dirname(where);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const hint = HINTS[e?.code ?? '']?.(dir) ?? 'Check free disk space and the permissions of the output folder, then build again.';
  return createError('WRITE_FAILED', {
    message: `${target} cannot be written: ${e?.message ?? String(cause)}. ${AFTER[after]}`,
    hint,
    ...(source ? { location: { file: source } } : {}),
    cause,
  });
}

/** Run fs work; a system error becomes WRITE_FAILED for `target`. */
export function writingTo<T>(target: string, work: () => T, after: AfterFailure = 'old site'): T {
  try {
    return work();
  } catch (cause) {
    if (typeof (cause as NodeJS.ErrnoException)?.code !== 'string' || (cause as { isBroadsheetError?: true }).isBroadsheetError)
      throw cause;
    throw writeFailed(target, cause, after);
  }
}
