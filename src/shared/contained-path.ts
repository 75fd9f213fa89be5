// Paths read back from bookkeeping files (the output manifest, the commit journal, the import
// manifest, cache indexes) are data someone could have edited: each must name a place inside
// its own folder before anything is written, moved or deleted there.
import path from 'node:path';
import { type BroadsheetError, createProblem } from '../errors/index.js';

/** Why a relative path read from a bookkeeping file is unsafe, or undefined when it stays inside its folder. */
export function uncontainedReason(rel: unknown): string | undefined {
  if (typeof rel !== 'string' || rel === '') return 'is not a path';
  if (/[\p{Cc}\\]/u.test(rel)) return 'contains a control character or a backslash';
  if (rel.startsWith('/') || path.isAbsolute(rel) || /^[a-z]:/i.test(rel)) return 'is absolute';
  if (rel.split('/').some((s) => s === '..' || s === '' || s === '.')) return 'has an empty, "." or ".." segment';
  return undefined;
}

/** Which bookkeeping file it is, and what its hint needs to say how to recover. */
export type Bookkeeping = { kind: 'manifest'; outDir: string; stateDir: string } | { kind: 'journal' } | { kind: 'import'; name: string };

/** BOOKKEEPING_PATH_UNSAFE for a path of a bookkeeping file. */
export function unsafeBookkeepingPath(file: string, rel: unknown, reason: string, record: Bookkeeping): BroadsheetError {
  return createProblem('BOOKKEEPING_PATH_UNSAFE', { ...record, file, path: rel, reason }, { location: { file } });
}

/** Throw BOOKKEEPING_PATH_UNSAFE unless every path stays inside its folder. */
export function assertContained(file: string, paths: Iterable<unknown>, record: Bookkeeping): void {
  for (const rel of paths) {
    const reason = uncontainedReason(rel);
    if (reason) throw unsafeBookkeepingPath(file, rel, reason, record);
  }
}
