import fs from 'node:fs';
import path from 'node:path';

export interface ScanResult {
  /** Markdown files, POSIX paths relative to the root, sorted. */
  markdown: string[];
  /** Every other file (images and the like), copied through. */
  assets: string[];
}

const MARKDOWN = /\.(md|markdown)$/i;

/** List the content folder; hidden files and folders (.git, .DS_Store) are skipped. */
export function scanContent(root: string): ScanResult {
  const markdown: string[] = [];
  const assets: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path.join(dir, entry.name), relPath);
      else if (entry.isFile()) (MARKDOWN.test(entry.name) ? markdown : assets).push(relPath);
    }
  };
  walk(root, '');
  // Directory order differs between file systems: sort so every build sees the same order.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { markdown: markdown.sort(byCodePoint), assets: assets.sort(byCodePoint) };
}
