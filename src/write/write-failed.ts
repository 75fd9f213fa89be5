// WRITE_FAILED for what the system refused; the catalogue picks the hint from its error code
// (permissions, a full disk, a read-only file system and an overlong name need different fixes).
import fs from 'node:fs';
import path from 'node:path';
import { createProblem, type AfterFailure, type BroadsheetError } from '../errors/index.js';

/** What the output folder holds after the failure, said at the end of the message. */
export type { AfterFailure } from '../errors/index.js';

/** The output (or bookkeeping) file `target` could not be written, moved or removed. */
export function writeFailed(target: string, cause: unknown, after: AfterFailure = 'old site', source?: string): BroadsheetError {
  const e = cause as NodeJS.ErrnoException & { dest?: string };
  // The system's error names the exact file; the hint names its folder.
  const where = e?.dest ?? e?.path ?? target;
  let dir = e?.syscall === 'access' ? where : path.dirname(where);
  while (!fs.existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  const data = { kind: 'output', target, reason: e?.message ?? String(cause), after, errno: e?.code, dir } as const;
  return createProblem('WRITE_FAILED', data, { ...(source ? { location: { file: source } } : {}), cause });
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
