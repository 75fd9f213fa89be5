// How much heap a build of a large archive gets (issue 17). V8 sizes its heap from the machine
// (about 4.3 GB here) and lets garbage pile up to that before it collects hard, so a 100,000-article
// build on Node's defaults peaked at 1.7 to 2.4 GB of RSS although its index holds about 350 MB.
// A flag set at run time (v8.setFlagsFromString) comes too late, and re-running the CLI in a child
// process leaves that child writing dist/ if the parent is killed; a worker thread created with its
// own heap limit has neither problem, so large archives build in one (see build-in-worker.ts).
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { isWalkedFolder } from '../load/publish-rule.js';

/** From this many Markdown files on, a build runs in a worker thread with a heap limit of its own. */
export const OWN_HEAP_FROM_FILES = 20_000;

/** Heap every build gets before its articles: modules, Handlebars, Pagefind's bookkeeping. */
const BASE_MB = 256;
/**
 * Heap per Markdown file: more than twice what the index keeps (about 3.5 KB an article at 100,000)
 * plus what one batch of rendered pages holds, so the limit makes V8 collect earlier and never
 * runs a build out of memory. An out-of-memory crash is far worse than a few hundred MB more.
 */
const PER_FILE_KB = 8;
/** Never below what a 100,000-article build was measured to finish in (NODE_OPTIONS=--max-old-space-size=1024). */
const FLOOR_MB = 1024;

/** Whether the user chose the heap size (NODE_OPTIONS or node's own flags): then theirs is used as it is. */
export function userSetHeap(execArgv: readonly string[] = process.execArgv, nodeOptions = process.env.NODE_OPTIONS ?? ''): boolean {
  const flag = /(^|\s)--max[-_]old[-_]space[-_]size(=|\s|$)/;
  return execArgv.some((arg) => flag.test(arg)) || flag.test(nodeOptions);
}

/**
 * The old-generation limit in MB for an archive of this many Markdown files: the base plus a share per
 * file, at least the floor, and never above V8's own default (a limit is only ever a tighter bound).
 */
export function heapLimitMb(markdownFiles: number): number {
  const wanted = Math.max(FLOOR_MB, BASE_MB + Math.ceil((markdownFiles * PER_FILE_KB) / 1024));
  const defaultMb = Math.floor(v8.getHeapStatistics().heap_size_limit / (1024 * 1024));
  return Math.min(wanted, defaultMb);
}

/**
 * Markdown files under the content folder, counted from directory listings alone (no stat, no read).
 * Folders the loader never walks are skipped.
 */
export function countMarkdownFiles(contentDir: string): number {
  let count = 0;
  const pending = [contentDir];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue; // the loader reports an unreadable folder; this is only an estimate
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (isWalkedFolder(entry.name)) pending.push(path.join(dir, entry.name));
      } else if (/\.(md|markdown)$/i.test(entry.name)) count++;
    }
  }
  return count;
}
