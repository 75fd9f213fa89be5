import fs from 'node:fs';
import path from 'node:path';
import { type Warn, createProblem } from '../errors/index.js';
import { sanitizeSvg } from '../shared/safe-svg.js';
import { classifyContentFile, isWalkedFolder } from './publish-rule.js';

export interface ScanResult {
  /** Markdown files, POSIX paths relative to the root, sorted. */
  markdown: string[];
  /** Media files the publishing rule lets through (images, audio, video, PDF, fonts). */
  assets: string[];
  /** Media files whose paths differ only in case or Unicode normalisation, in pairs. */
  twins: [string, string][];
  /** Media files that would land on a reserved output path, and why. */
  reserved: { file: string; why: string }[];
}

export interface ScanOptions {
  warn?: Warn;
  /** Folders never read as content, by real path wherever they are (the output and cache folders). */
  exclude?: (string | null | undefined)[];
  /** Files the source generator reads as data (Eleventy's posts/posts.json): neither published nor reported. */
  isDataFile?: (relPath: string) => boolean;
}

/** How many refused files one warning names before it only counts. */
const NAMED = 5;

/**
 * List the content folder by the publishing rule (publish-rule.ts): articles, and media files.
 * Symbolic links are followed only when they resolve inside the content folder: a link to
 * /etc/passwd or ~/.ssh must never be published. Others are skipped with a warning. Files the
 * rule refuses that look like content (.html, .js, .svg) are named in one counted warning.
 */
export function scanContent(root: string, options: ScanOptions = {}): ScanResult {
  const warn = options.warn ?? (() => {});
  const markdown: string[] = [];
  const assets: string[] = [];
  const refused: string[] = [];
  const reserved: ScanResult['reserved'] = [];
  const realRoot = fs.realpathSync(root);
  const excluded = new Set(options.exclude?.flatMap((dir) => (dir && fs.existsSync(dir) ? [fs.realpathSync(dir)] : [])));
  // Real paths of the folders walked, so a link back up the tree cannot loop.
  const walked = new Set<string>([realRoot]);
  const walk = (dir: string, rel: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (!isWalkedFolder(entry.name)) continue;
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      const abs = path.join(dir, entry.name);
      let kind: 'dir' | 'file' | undefined = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
      if (entry.isSymbolicLink()) {
        kind = followLink(abs, relPath, realRoot, walked, warn);
        if (kind === 'dir') walked.add(fs.realpathSync(abs));
      }
      if (kind === 'dir' && !excluded.has(fs.realpathSync(abs))) walk(abs, relPath);
      else if (kind === 'file' && !options.isDataFile?.(relPath)) {
        const verdict = classifyContentFile(relPath);
        if (verdict.kind === 'article') markdown.push(relPath);
        else if (verdict.kind === 'media' && /\.svg$/i.test(relPath) && !isSafeSvg(abs))
          refused.push(`${relPath} (an SVG that is not well-formed, or over 2 MB)`);
        else if (verdict.kind === 'media') assets.push(relPath);
        else if (verdict.kind === 'refused') refused.push(`${relPath} (${verdict.why})`);
        else if (verdict.kind === 'reserved') reserved.push({ file: relPath, why: verdict.why });
      }
    }
  };
  walk(root, '');
  if (refused.length) warn(refusedWarning(refused.sort()));
  // Directory order differs between file systems: sort so every build sees the same order.
  const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  assets.sort(byCodePoint);
  return { markdown: markdown.sort(byCodePoint), assets, twins: findTwins(assets), reserved };
}

function followLink(abs: string, rel: string, realRoot: string, walked: Set<string>, warn: Warn) {
  const skip = (why: string) => {
    warn(createProblem('SYMLINK_SKIPPED', { file: rel, why }, { location: { file: rel }, severity: 'warning' }));
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

function refusedWarning(refused: string[]) {
  const data = { named: refused.slice(0, NAMED), count: refused.length };
  return createProblem('CONTENT_FILE_SKIPPED', data, { location: { file: refused[0]!.replace(/ \(.*$/, '') }, severity: 'warning' });
}

/**
 * Paths that one host or file system would take for the same file: macOS and Windows fold
 * case, and macOS and some CDNs fold Unicode normalisation (pé.jpg written NFC and NFD).
 */
function findTwins(paths: string[]): [string, string][] {
  const seen = new Map<string, string>();
  const twins: [string, string][] = [];
  for (const p of paths) {
    const folded = p.normalize('NFC').toLowerCase();
    const first = seen.get(folded);
    if (first === undefined) seen.set(folded, p);
    else twins.push([first, p]);
  }
  return twins;
}

/** SVGs are published rewritten; one that cannot be parsed (or is too large to) is refused. */
function isSafeSvg(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return stat.size <= 2 * 1024 * 1024 && sanitizeSvg(fs.readFileSync(file, 'utf8')) !== undefined;
  } catch {
    return false;
  }
}
