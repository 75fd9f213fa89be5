// Committing a build: the list of renames and deletions is written down first, then carried
// out. A build killed half way through a commit is finished by the next run (roll forward), so
// the output folder is always either the old site or the new one once a build has started.
import fs from 'node:fs';
import path from 'node:path';
import { assertContained } from '../shared/contained-path.js';
import type { PauseHook } from '../shared/interrupt.js';
import { STATE_DIR } from '../cache/output-manifest.js';

export type JournalOp = { op: 'rename'; from: string; to: string } | { op: 'delete'; path: string };

function journalPath(outDir: string): string {
  return path.join(outDir, STATE_DIR, 'journal.json');
}

/** Write the journal durably, then apply it, then remove it. */
export function commitJournal(outDir: string, ops: JournalOp[], pause?: PauseHook): void {
  const file = journalPath(outDir);
  const tmp = `${file}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  fs.writeSync(fd, JSON.stringify(ops));
  fs.fsyncSync(fd);
  fs.closeSync(fd);
  fs.renameSync(tmp, file);
  applyJournal(outDir, ops, pause);
  fs.rmSync(file, { force: true });
}

/** Finish a commit that an earlier run did not complete. Returns true when there was one. */
export function recoverJournal(outDir: string): boolean {
  const file = journalPath(outDir);
  if (!fs.existsSync(file)) return false;
  let ops: JournalOp[];
  try {
    ops = JSON.parse(fs.readFileSync(file, 'utf8')) as JournalOp[];
  } catch {
    // The journal itself was not finished, so no operation in it had started.
    fs.rmSync(file, { force: true });
    return false;
  }
  // An edited journal must not move or delete anything outside the output folder.
  if (!Array.isArray(ops)) ops = [];
  assertContained(
    file,
    ops.flatMap((op) => (op?.op === 'rename' ? [op.from, op.to] : [op?.path])),
    { kind: 'journal' },
  );
  applyJournal(outDir, ops);
  fs.rmSync(file, { force: true });
  return true;
}

/** Each step can run twice safely: a rename whose source is gone has already happened. */
function applyJournal(outDir: string, ops: JournalOp[], pause?: PauseHook): void {
  const made = new Set<string>();
  for (const op of ops) {
    void pause?.('commit');
    if (op.op === 'rename') {
      const from = path.join(outDir, op.from);
      const to = path.join(outDir, op.to);
      if (!fs.existsSync(from)) continue;
      const parent = path.dirname(to);
      if (!made.has(parent)) {
        fs.mkdirSync(parent, { recursive: true });
        made.add(parent);
      }
      if (fs.statSync(from).isDirectory() && fs.existsSync(to)) fs.rmSync(to, { recursive: true, force: true });
      fs.renameSync(from, to);
    } else {
      const target = path.join(outDir, op.path);
      fs.rmSync(target, { force: true });
      removeEmptyParents(outDir, path.dirname(target));
    }
  }
}

function removeEmptyParents(outDir: string, dir: string): void {
  while (dir.startsWith(outDir + path.sep)) {
    try {
      fs.rmdirSync(dir);
    } catch {
      return;
    }
    dir = path.dirname(dir);
  }
}
