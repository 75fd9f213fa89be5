// Output paths that only Broadsheet writes: no alias, slug, permalink or content file may claim
// them. One list, asked by the loader (content files, aliases, slugs) and by check; the names
// themselves are the routing module's (index/routes.ts), read when first asked for (the two
// modules import each other, so neither may use the other's values while it loads).
import { FEED_FILES, PAGEFIND_DIR, SEARCH_DIR, SITE_FILES, sitemapChunkPath } from '../index/routes.js';
import { STATE_DIR } from '../cache/output-manifest.js';

/** The folder of our own fingerprinted files (theme CSS and scripts, photo renditions). */
export const OWN_ASSETS_DIR = '_broadsheet';

/** Where those files were before issue 12 moved them (Jekyll and Hugo sites keep content there). */
export const OLD_ASSETS_DIR = 'assets';

let reserved: { dirs: string[]; files: string[] } | undefined;

/** Folders under the output root, and files at it, that belong to Broadsheet. */
function reservedNames(): { dirs: string[]; files: string[] } {
  const { searchEntry: _inPagefind, ...files } = SITE_FILES;
  return (reserved ??= {
    dirs: [OWN_ASSETS_DIR, PAGEFIND_DIR, STATE_DIR, sitemapChunkPath(1).split('/')[0]!],
    files: [...Object.values(files), ...Object.values(FEED_FILES), `${SEARCH_DIR}/index.html`],
  });
}

/**
 * Why an output path (relative, POSIX, no leading slash) is reserved, or undefined when it is free.
 * Compared without case, as case-insensitive hosts would.
 */
export function reservedPathReason(outPath: string): string | undefined {
  const p = outPath.replace(/^\/+/, '').toLowerCase();
  const { dirs, files } = reservedNames();
  for (const dir of dirs) {
    if (p === dir || p.startsWith(`${dir}/`)) return `/${dir}/ holds files Broadsheet writes`;
  }
  for (const file of files) if (p === file) return `/${file} is a file Broadsheet writes`;
  return undefined;
}
