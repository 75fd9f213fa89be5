import fs from 'node:fs';
import path from 'node:path';
import { assertContained } from '../shared/contained-path.js';

/** What the last build wrote: for each output path, the hash of its bytes and of its inputs. */
export interface ManifestEntry {
  hash: string;
  size: number;
  key?: string;
}

export interface Manifest {
  version: 1;
  files: Record<string, ManifestEntry>;
}

export const STATE_DIR = '.broadsheet';

export function manifestPath(outDir: string): string {
  return path.join(outDir, STATE_DIR, 'manifest.json');
}

/** The manifest's bytes: paths sorted, so two builds of the same input write the same file whatever order pages finished in. */
export function serializeManifest(m: Manifest): string {
  const paths = Object.keys(m.files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: Record<string, ManifestEntry> = {};
  for (const p of paths) files[p] = m.files[p]!;
  return JSON.stringify({ ...m, files });
}

/**
 * Read the manifest of an earlier build, or null when there is none (or it is unreadable). A
 * path in it that leaves the output folder is BOOKKEEPING_PATH_UNSAFE: the build would delete it.
 */
export function readManifest(outDir: string): Manifest | null {
  let m: Manifest;
  try {
    m = JSON.parse(fs.readFileSync(manifestPath(outDir), 'utf8')) as Manifest;
  } catch {
    return null;
  }
  if (m?.version !== 1 || !m.files || typeof m.files !== 'object') return null;
  assertContained(manifestPath(outDir), Object.keys(m.files), { kind: 'manifest', outDir, stateDir: STATE_DIR });
  return m;
}
