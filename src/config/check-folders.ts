// The cache holds drafts' rendered bodies, and the output folder is published whole: neither may
// sit where the other, or the content folder, would carry it along.
import fs from 'node:fs';
import path from 'node:path';
import { createProblem } from '../errors/index.js';

/** The real path of dir, or of its nearest existing parent joined with the rest. */
function realish(dir: string): string {
  const rest: string[] = [];
  let at = path.resolve(dir);
  for (;;) {
    try {
      return path.join(fs.realpathSync(at), ...rest.reverse());
    } catch {
      const parent = path.dirname(at);
      if (parent === at) return path.resolve(dir);
      rest.push(path.basename(at));
      at = parent;
    }
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer + path.sep);

/** FOLDERS_OVERLAP when the cache is inside the output, or the output inside (or equal to) the content folder. */
export function checkFolders(folders: { contentDir: string; outDir: string; cacheDir: string | null }, file?: string): void {
  const out = realish(folders.outDir);
  const content = realish(folders.contentDir);
  const at = file ? { location: { file } } : {};
  if (folders.cacheDir && within(realish(folders.cacheDir), out)) {
    throw createProblem('FOLDERS_OVERLAP', { kind: 'cache-in-output', cacheDir: folders.cacheDir, outDir: folders.outDir }, at);
  }
  if (within(out, content)) {
    throw createProblem('FOLDERS_OVERLAP', { kind: 'output-in-content', outDir: folders.outDir, contentDir: folders.contentDir }, at);
  }
}
