import fs from 'node:fs';
import path from 'node:path';
import { createWarning, type Warn } from '../errors/index.js';

export interface ScanResult {
  /** Markdown files, POSIX paths relative to the root, sorted. */
  markdown: string[];
  /** Every other file (images and the like), copied through. */
  assets: string[];
}

const MARKDOWN = /\.(md|markdown)$/i;

/**
 * List the content folder; hidden files and folders (.git, .DS_Store) are skipped. Symbolic
 * links are followed only when they resolve inside the content folder: a link to /etc/passwd
 * or ~/.ssh must never be published. Others are skipped with a warning.
 */
export function scanContent(root: string, warn: Warn = () => {}): ScanResult {
  const markdown: string[] = [];
  const assets: string[] = [];
  const realRoot = fs.realpathSync(root);
  // Real paths of the folders walked, so a link back up the tree cannot loop.
  const walked = new Set<string>([realRoot]);
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      let kind: 'dir' | 'file' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) {
        kind = followLink(abs, relPath, realRoot, walked, warn);
        if (kind === 'dir') walked.add(fs.realpathSync(abs));
      }
      if (kind === 'dir') walk(abs, relPath);
      else if (kind === 'file') (MARKDOWN.test(entry.name) ? markdown : assets).push(relPath);
    }
  };
  walk(root, '');
  // Directory order differs between file systems: sort so every build sees the same order.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { markdown: markdown.sort(byCodePoint), assets: assets.sort(byCodePoint) };
}

function followLink(abs: string, rel: string, realRoot: string, walked: Set<string>, warn: Warn) {
  const skip = (why: string) => {
    warn(
      createWarning('SYMLINK_SKIPPED', {
        message: `${rel} is a symbolic link ${why}; it was not followed.`,
        hint: 'Copy the file into the content folder if it should be published.',
        location: { file: rel },
      }),
    );
    return undefined;
  };
  let target: string;
  try {
    target = fs.realpathSync(abs);
  } catch {
    return skip('to nothing (its target does not exist)');
  }
  if (target !== realRoot && !target.startsWith(realRoot + path.sep)) return skip(`to ${target}, outside the content folder`);
  const stat = fs.statSync(target);
  if (stat.isDirectory()) return walked.has(target) ? skip('back to a folder already read (a loop)') : 'dir';
  return stat.isFile() ? 'file' : undefined;
}
