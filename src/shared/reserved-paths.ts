// Output paths that only Broadsheet writes: no alias, slug, permalink or content file may claim
// them. One list, asked by the loader (content files, aliases, slugs) and by check.

/** The folder of our own fingerprinted files (theme CSS and scripts, photo renditions). */
export const OWN_ASSETS_DIR = '_broadsheet';

/** Where those files were before issue 12 moved them (Jekyll and Hugo sites keep content there). */
export const OLD_ASSETS_DIR = 'assets';

/** Folders under the output root that belong to Broadsheet. */
const RESERVED_DIRS = [OWN_ASSETS_DIR, 'pagefind', '.broadsheet', 'sitemaps'];

/** Files at the output root that belong to Broadsheet. */
const RESERVED_FILES = [
  '_headers',
  '_redirects',
  '404.html',
  'robots.txt',
  'sitemap.xml',
  'news-sitemap.xml',
  'index.xml',
  'atom.xml',
  'feed.json',
  'search/index.html',
];

/**
 * Why an output path (relative, POSIX, no leading slash) is reserved, or undefined when it is free.
 * Compared without case, as case-insensitive hosts would.
 */
export function reservedPathReason(outPath: string): string | undefined {
  const p = outPath.replace(/^\/+/, '').toLowerCase();
  for (const dir of RESERVED_DIRS) {
    if (p === dir || p.startsWith(`${dir}/`)) return `/${dir}/ holds files Broadsheet writes`;
  }
  for (const file of RESERVED_FILES) if (p === file) return `/${file} is a file Broadsheet writes`;
  return undefined;
}
