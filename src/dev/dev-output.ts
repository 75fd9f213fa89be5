// dev builds drafts and scheduled articles: its output must never be a folder a production
// build owns (dist/, or wherever --out or the config puts the published site), or drafts leak.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createProblem } from '../errors/index.js';
import { STATE_DIR } from '../cache/output-manifest.js';

/** Left in dev's output folder so a later dev session knows the folder is its own. */
const DEV_MARK = 'dev-output';

function realish(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

/**
 * Refuse dev's output folder when it is, holds or lies inside the site's production output, or
 * holds a build that dev did not write; otherwise mark it as dev's. Throws OUTPUT_UNSAFE.
 */
export function claimDevOutput(devOutDir: string, site: ResolvedConfig): void {
  const dev = realish(devOutDir);
  const prod = realish(site.outDir);
  const overlaps = dev === prod || dev.startsWith(prod + path.sep) || prod.startsWith(dev + path.sep);
  const state = path.join(devOutDir, STATE_DIR);
  const foreign = fs.existsSync(path.join(state, 'manifest.json')) && !fs.existsSync(path.join(state, DEV_MARK));
  if (overlaps || foreign) {
    throw createProblem(
      'OUTPUT_UNSAFE',
      overlaps ? { kind: 'dev-published', devOutDir, outDir: site.outDir } : { kind: 'dev-production', devOutDir },
    );
  }
  fs.mkdirSync(state, { recursive: true });
  fs.writeFileSync(path.join(state, DEV_MARK), 'Written by broadsheet dev: this folder holds drafts. Never publish it.\n');
}
