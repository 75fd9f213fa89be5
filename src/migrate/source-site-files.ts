// Where a source generator's site files may be, by path alone (nothing parsed, so this is cheap to
// import): source-site.ts reads them, and the whole-build fast path stats them, since a site root
// above the content folder (Hugo's hugo.toml, data/authors.yml) lies outside the content walk.
import fs from 'node:fs';
import path from 'node:path';

export type SourceGenerator = 'jekyll' | 'hugo' | 'zola' | 'eleventy';

export const MARKERS: { file: string; generator: SourceGenerator | 'hugo-or-zola' }[] = [
  { file: '_config.yml', generator: 'jekyll' },
  { file: '_config.yaml', generator: 'jekyll' },
  { file: '_config.toml', generator: 'jekyll' },
  { file: 'hugo.toml', generator: 'hugo' },
  { file: 'hugo.yaml', generator: 'hugo' },
  { file: 'hugo.yml', generator: 'hugo' },
  { file: 'hugo.json', generator: 'hugo' },
  { file: 'config/_default/hugo.toml', generator: 'hugo' },
  { file: 'config/_default/config.toml', generator: 'hugo' },
  { file: 'config.toml', generator: 'hugo-or-zola' },
  { file: 'config.yaml', generator: 'hugo' },
  { file: 'config.yml', generator: 'hugo' },
  { file: '.eleventy.js', generator: 'eleventy' },
  { file: 'eleventy.config.js', generator: 'eleventy' },
  { file: 'eleventy.config.mjs', generator: 'eleventy' },
  { file: 'eleventy.config.cjs', generator: 'eleventy' },
];

/** Folder names a generator's content sits in below its site root; only through these does the search go up. */
const CONTENT_FOLDERS = new Set(['content', 'src', 'source', 'input', 'site', 'docs', 'blog', 'posts']);

export const AUTHORS_EXTENSIONS = ['yml', 'yaml', 'toml', 'json'];

/** The folders that may be the source site's root, nearest first: the content folder, then up through content-named ones. */
export function sourceSiteRoots(contentDir: string): string[] {
  const roots: string[] = [];
  let dir = path.resolve(contentDir);
  for (let up = 0; up < 3; up++) {
    roots.push(dir);
    if (!CONTENT_FOLDERS.has(path.basename(dir)) || path.dirname(dir) === dir) break;
    dir = path.dirname(dir);
  }
  return roots;
}

/**
 * Every file findSourceSite may read for this content folder, present or not, and the files of a
 * static/ folder beside it (Hugo, Zola), whose media load publishes.
 */
export function sourceSiteFiles(contentDir: string): string[] {
  return sourceSiteRoots(contentDir).flatMap((root, i) => [
    ...MARKERS.map((m) => path.join(root, m.file)),
    ...languageFiles(path.join(root, 'config/_default')).map((n) => path.join(root, 'config/_default', n)),
    ...['_data', 'data'].flatMap((folder) => AUTHORS_EXTENSIONS.map((ext) => path.join(root, folder, `authors.${ext}`))),
    // The content folder's own static/ is walked with the content.
    ...(i === 0 ? [] : filesUnder(path.join(root, 'static'))),
  ]);
}

function filesUnder(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) =>
    e.name.startsWith('.') ? [] : e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.isFile() ? [path.join(dir, e.name)] : [],
  );
}

/** Hugo's per-language config files in a config directory (config/_default/languages.fr.toml). */
export function languageFiles(dir: string): string[] {
  if (path.basename(dir) !== '_default') return [];
  try {
    return fs
      .readdirSync(dir)
      .filter((n) => /^languages\.[\w-]+\.toml$/.test(n))
      .sort();
  } catch {
    return [];
  }
}
