// Where a front matter photo lives: a site path is looked up in the static folder, then among
// the content folder's files by the path they are published at (page bundle files move beside
// their page, so that is not always their path in the content folder).
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
export function locatePhoto(src: string, staticDir: string, contentFiles: ReadonlyMap<string, string>): PhotoLocation {
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
  const file = path.resolve(staticDir, rel);
  // A src with ../ segments must not reach outside the static folder.
  if (file.startsWith(path.resolve(staticDir) + path.sep)) {
    tried.push(file);
    if (isFile(file)) return { kind, file, rel };
  }
  const fromContent = contentFiles.get(path.posix.normalize(rel));
  if (fromContent !== undefined) return { kind, file: fromContent, rel };
  return { kind: 'missing', tried };
}

function isFile(file: string): boolean {
  // No exception for a missing file: archives can reference thousands of photos they lack.
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
}
