// The output manifest: what the last build wrote, for each output path the hash and size of its
// bytes, the input key (page key, search key) it was made from and the warnings making it found. It is the cache that lets a
// rebuild keep pages, so it has the seam's checksum line like every other cache; its version is
// derived from this module's code. The commit journal moves it into place with the pages, so it
// is never written here: the writer stages manifestText(...) and the journal renames it.
import fs from 'node:fs';
import path from 'node:path';
import type { PlainProblem } from '../errors/index.js';
import { assertContained } from '../shared/contained-path.js';
import { checkedText, parseChecked } from './cache-file.js';
import { codeVersion } from './code-version.js';

export interface ManifestEntry {
  hash: string;
  size: number;
  key?: string;
  /** Warnings found making the file, reported again by a build that keeps it. */
  problems?: PlainProblem[];
}

export interface Manifest {
  files: Record<string, ManifestEntry>;
}

/** The folder inside the output folder that holds Broadsheet's own bookkeeping (never published). */
export const STATE_DIR = '.broadsheet';

export function manifestPath(outDir: string): string {
  return path.join(outDir, STATE_DIR, 'manifest.json');
}

const version = () => codeVersion(import.meta.url, { packages: [] });

/** The manifest's bytes: paths sorted, so two builds of the same input write the same file whatever order pages finished in. */
export function manifestText(m: Manifest): string {
  const paths = Object.keys(m.files).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: Record<string, ManifestEntry> = {};
  for (const p of paths) files[p] = m.files[p]!;
  return checkedText(JSON.stringify({ version: version(), files }));
}

/**
 * What an earlier build left: its manifest; 'none' when there is none; 'damaged' when the file
 * fails its checksum or does not parse (nothing in it can be trusted, not even which files are
 * ours); 'outdated' when it is intact but was written by another version of this code (the folder
 * is ours, but its entries are not read: the next build writes everything again). A path in an
 * intact manifest that leaves the output folder is BOOKKEEPING_PATH_UNSAFE: the build would delete it.
 */
export function readManifest(outDir: string): Manifest | 'none' | 'damaged' | 'outdated' {
  const file = manifestPath(outDir);
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return fs.existsSync(file) ? 'damaged' : 'none';
  }
  const checked = parseChecked(raw);
  if (checked === 'corrupt') return 'damaged';
  let m: { version?: unknown; files?: unknown };
  try {
    m = JSON.parse(checked.text) as typeof m;
  } catch {
    return 'damaged';
  }
  if (m?.version !== version()) return 'outdated';
  if (!m.files || typeof m.files !== 'object') return 'damaged';
  assertContained(file, Object.keys(m.files), { kind: 'manifest', outDir, stateDir: STATE_DIR });
  return { files: m.files as Record<string, ManifestEntry> };
}
