// What the content folder may publish, decided by rule rather than "everything that is not
// Markdown": the content folder is written by contributors and migrated from unknown archives,
// so an .html page, a script, a headers file or a generator's config must never go out as it is.
// The static folder stays the way to publish files verbatim (trusted, like the config).
import { reservedPathReason } from '../shared/reserved-paths.js';

/** Media by extension: raster images, audio, video, PDF, fonts, captions. Nothing a browser runs. */
const MEDIA = new Set(
  [
    ...['jpg', 'jpeg', 'jpe', 'png', 'gif', 'webp', 'avif', 'bmp', 'ico', 'tif', 'tiff', 'jxl', 'heic', 'heif'],
    ...['mp3', 'm4a', 'aac', 'oga', 'ogg', 'opus', 'wav', 'flac', 'weba'],
    ...['mp4', 'm4v', 'webm', 'ogv', 'mov'],
    ...['pdf', 'woff', 'woff2', 'ttf', 'otf', 'vtt'],
    // Published only as rewritten by safe-svg.ts (scan refuses one that cannot be read).
    'svg',
  ].map((e) => `.${e}`),
);

const MARKDOWN = /\.(md|markdown)$/i;

/** Markdown that documents a repository rather than telling a story. */
const REPOSITORY_DOCS = /^(readme|license|licence|changelog|contributing|code_of_conduct|security)\.(md|markdown)$/i;

/** Generator folders whose Markdown is templates, data or drafts, never articles (Jekyll, Hugo). */
const TEMPLATE_FOLDERS = new Set(['_layouts', '_includes', '_drafts', '_data', '_plugins', '_sass', '_site', '_default', '_partials']);

/** Files and folders of other generators and tools that are never content (looked up without case). */
const TOOLING = new Set([
  'gemfile',
  'gemfile.lock',
  'package.json',
  'package-lock.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'config.toml',
  'config.yaml',
  'config.yml',
  'hugo.toml',
  'hugo.yaml',
  'hugo.json',
  'netlify.toml',
  'vercel.json',
  'wrangler.toml',
  'makefile',
  'rakefile',
  'dockerfile',
  'license',
  '_config.yml',
  '_config.yaml',
  '_config.toml',
  'broadsheet.config.json',
  'node_modules',
]);

export type FileVerdict =
  | { kind: 'article' }
  | { kind: 'media' }
  /** Not content at all (tooling, dotfiles): left out without a word. */
  | { kind: 'ignored' }
  /** Looks like something meant to be published, but the rule refuses it: counted in one warning. */
  | { kind: 'refused'; why: string }
  /** A media file under an output path only Broadsheet writes (pagefind/, _broadsheet/): an error. */
  | { kind: 'reserved'; why: string };

/** Whether the walk goes into a folder at all: dot folders and node_modules are never read. */
export function isWalkedFolder(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase() !== 'node_modules' && name.toLowerCase() !== '_site';
}

/** The publishing rule for one file, by its POSIX path relative to the content folder. */
export function classifyContentFile(rel: string): FileVerdict {
  const parts = rel.split('/');
  const name = parts[parts.length - 1]!;
  const lower = name.toLowerCase();
  // The walk never enters these folders; the rule says so too, on its own.
  if (parts.slice(0, -1).some((p) => !isWalkedFolder(p))) return { kind: 'ignored' };
  if (name.startsWith('.') || TOOLING.has(lower) || REPOSITORY_DOCS.test(name)) return { kind: 'ignored' };
  // Eleventy's data files and config (posts.11tydata.js, .eleventy.js, eleventy.config.mjs).
  if (/\.11tydata\.([cm]?js|json)$|^eleventy\.config\.[cm]?js$/.test(lower)) return { kind: 'ignored' };
  // Articles may live in generator folders (Jekyll's _posts, collections), not in template ones.
  if (MARKDOWN.test(name)) return parts.some((p) => TEMPLATE_FOLDERS.has(p.toLowerCase())) ? { kind: 'ignored' } : { kind: 'article' };
  // Jekyll's _config.yml, _layouts/, _includes/, _plugins/, _data/, Hugo's _default/: never published.
  if (parts.slice(0, -1).some((p) => p.startsWith('_'))) return { kind: 'ignored' };
  const ext = lower.includes('.') ? lower.slice(lower.lastIndexOf('.')) : '';
  if (!MEDIA.has(ext)) {
    return { kind: 'refused', why: 'not an article or a media file' };
  }
  const reserved = reservedPathReason(rel);
  if (reserved) return { kind: 'reserved', why: reserved };
  return { kind: 'media' };
}
