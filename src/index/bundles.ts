// Page bundles (Hugo's `slug/index.md` with its images beside it): the images are published next
// to the page wherever its permalink puts it, so the Markdown's relative links keep working.
import path from 'node:path';
import type { Asset, IndexedArticle, Photo, SourceArticle } from '../types.js';

const BUNDLE_PAGE = /(^|\/)index\.(md|markdown)$/i;

/**
 * Where each asset is published: beside its bundle's page, nowhere if that page is not published
 * (a draft, or an article left out with errors: `leftOut` names those files), else as it is.
 */
export function placeAssets(
  assets: readonly (string | Asset)[],
  loaded: SourceArticle[],
  published: IndexedArticle[],
  leftOut: readonly string[] = [],
): Asset[] {
  const outDirs = new Map<string, string | null>();
  for (const file of [...loaded.map((a) => a.file), ...leftOut]) if (isBundlePage(file)) outDirs.set(path.posix.dirname(file), null);
  for (const a of published) if (isBundlePage(a.file)) outDirs.set(path.posix.dirname(a.file), pageDir(a));
  const placed: Asset[] = [];
  for (const source of assets) {
    // Already placed by load (a migrated site's static folder, published at its own paths).
    if (typeof source !== 'string') {
      placed.push(source);
      continue;
    }
    const bundle = bundleOf(source, outDirs);
    if (bundle === undefined) placed.push({ source, path: source });
    else if (outDirs.get(bundle)) placed.push({ source, path: path.posix.join(outDirs.get(bundle)!, source.slice(bundle.length + 1)) });
  }
  return placed;
}

/** A photo written relative to its page (photo: cover.jpg in a bundle) as a site path. */
export function resolvePhoto(photo: Photo, outPath: string): Photo {
  if (photo.src.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(photo.src)) return photo;
  return { ...photo, src: `/${path.posix.join(path.posix.dirname(outPath), photo.src)}` };
}

// A content-root index.md is not a bundle: every file of the site would belong to it.
function isBundlePage(file: string): boolean {
  return BUNDLE_PAGE.test(file) && file.includes('/');
}

function pageDir(a: IndexedArticle): string {
  return path.posix.dirname(a.outPath);
}

/** The nearest folder above file that holds a bundle page. */
function bundleOf(file: string, bundles: Map<string, string | null>): string | undefined {
  for (let dir = path.posix.dirname(file); dir !== '.' && dir !== '/'; dir = path.posix.dirname(dir)) if (bundles.has(dir)) return dir;
  return undefined;
}
