import os from 'node:os';
import path from 'node:path';
import { createProblem } from '../errors/index.js';

/** Absolute path of an output file; anything that would land outside outDir is an error. */
export function resolveInside(outDir: string, rel: string, source?: string): string {
  const normal = path.posix.normalize(rel.replace(/\\/g, '/'));
  const abs = path.resolve(outDir, normal);
  if (
    rel.includes('\0') ||
    path.isAbsolute(rel) ||
    normal.startsWith('../') ||
    normal === '..' ||
    !abs.startsWith(outDir + path.sep) ||
    normal.split('/').some((s) => s === '.broadsheet')
  ) {
    throw createProblem('UNSAFE_PATH', { kind: 'output', path: rel }, source ? { location: { file: source } } : {});
  }
  return abs;
}

/** The output folder must not be a place whose contents a build could destroy. */
export function checkOutputFolder(outDir: string, protectedDirs: string[]): void {
  const out = path.resolve(outDir);
  const forbidden = [path.parse(out).root, os.homedir(), process.cwd(), ...protectedDirs].map((d) => path.resolve(d));
  for (const dir of forbidden) {
    if (out === dir || dir.startsWith(out + path.sep)) {
      throw createProblem('OUTPUT_UNSAFE', { kind: 'contains', outDir: out, dir });
    }
  }
}
