// Where a front matter photo lives: a site path is looked up in the static folder, then in the
// content folder (whose non-Markdown files are published at the same path).
import fs from 'node:fs';
import path from 'node:path';

export type PhotoKind = 'raster' | 'vector';

export type PhotoLocation =
  | { kind: 'remote' }
  | { kind: 'missing'; tried: string[] }
  | { kind: PhotoKind; file: string; /** Path relative to its folder, POSIX. */ rel: string };

const RASTER = /\.(jpe?g|png|webp|avif|tiff?)$/i;
const VECTOR = /\.svg$/i;

/** Resolve a photo src to a file on disk; remote URLs and other file types are left alone. */
export function locatePhoto(src: string, folders: string[]): PhotoLocation {
  if (!src.startsWith('/') || src.startsWith('//')) return { kind: 'remote' };
  let rel: string;
  try {
    rel = decodeURIComponent(src.split(/[?#]/)[0]!).replace(/^\/+/, '');
  } catch {
    return { kind: 'missing', tried: [src] };
  }
  const kind: PhotoKind | undefined = RASTER.test(rel) ? 'raster' : VECTOR.test(rel) ? 'vector' : undefined;
  if (!kind) return { kind: 'remote' };
  const tried: string[] = [];
  for (const folder of folders) {
    const file = path.resolve(folder, rel);
    // A src with ../ segments must not reach outside the folders it is looked up in.
    if (!file.startsWith(path.resolve(folder) + path.sep)) continue;
    tried.push(file);
    if (isFile(file)) return { kind, file, rel };
  }
  return { kind: 'missing', tried };
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
