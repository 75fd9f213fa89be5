import os from 'node:os';
import path from 'node:path';
import { createError } from '../errors/index.js';

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
    throw createError('UNSAFE_PATH', {
      message: `Refusing to write ${JSON.stringify(rel)}: it is outside the output folder.`,
      hint: 'Check the slug, permalink or alias that produced this path.',
      ...(source ? { location: { file: source } } : {}),
    });
  }
  return abs;
}

/** The output folder must not be a place whose contents a build could destroy. */
export function checkOutputFolder(outDir: string, protectedDirs: string[]): void {
  const out = path.resolve(outDir);
  const forbidden = [path.parse(out).root, os.homedir(), process.cwd(), ...protectedDirs].map((d) => path.resolve(d));
  for (const dir of forbidden) {
    if (out === dir || dir.startsWith(out + path.sep)) {
      throw createError('OUTPUT_UNSAFE', {
        message: `The output folder ${out} is, or contains, ${dir}; a build replaces the output folder's contents.`,
        hint: 'Choose a dedicated folder such as ./dist with --out.',
      });
    }
  }
}
