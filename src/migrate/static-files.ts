// Hugo's and Zola's static/ folder: published by those generators at the site root as it is, so
// posts link its images root-relative (`/images/x.png` for static/images/x.png). Its media files
// (by the content folder's publishing rule) become assets of the site at the same paths; anything
// else in it (scripts, styles, HTML) is not published, and one counted warning names it.
import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { createProblem, type Warn } from '../errors/index.js';
import { classifyContentFile, isWalkedFolder } from '../load/publish-rule.js';
import { sanitizeSvg } from '../shared/safe-svg.js';
import type { Asset } from '../types.js';
import type { SourceSite } from './source-site.js';

/** How many refused files the warning names before it only counts. */
const NAMED = 5;

/** The media files of the source site's static folders, as assets published at their path there. */
export function sourceStaticAssets(site: SourceSite, config: Pick<ResolvedConfig, 'contentDir' | 'staticDir'>, warn: Warn): Asset[] {
  const assets: Asset[] = [];
  const refused: string[] = [];
  const taken = new Set<string>();
  for (const dir of site.staticDirs ?? []) {
    const abs = path.resolve(config.contentDir, dir);
    // Built from the old site's root, its static/ is Broadsheet's static folder too, published verbatim already.
    if (config.staticDir && abs === path.resolve(config.staticDir)) continue;
    for (const rel of listFiles(abs, '', refused, dir)) {
      const shown = `${dir}/${rel}`;
      const verdict = classifyContentFile(rel);
      if (verdict.kind === 'refused' || verdict.kind === 'reserved') refused.push(`${shown} (${verdict.why})`);
      else if (verdict.kind === 'media' && /\.svg$/i.test(rel) && !isSafeSvg(path.join(abs, rel)))
        refused.push(`${shown} (an SVG that is not well-formed, or over 2 MB)`);
      else if (verdict.kind === 'article') refused.push(`${shown} (Markdown, which the static folder would publish as text)`);
      // When two static folders have the same path, the first one listed gives it.
      else if (verdict.kind === 'media' && !taken.has(rel)) {
        taken.add(rel);
        assets.push({ source: shown, path: rel });
      }
    }
  }
  if (refused.length) {
    const data = { named: refused.slice(0, NAMED), count: refused.length, generator: site.generator === 'hugo' ? 'Hugo' : 'Zola' };
    warn(createProblem('STATIC_FILE_SKIPPED', data, { location: { file: refused[0]!.replace(/ \(.*$/, '') }, severity: 'warning' }));
  }
  return assets;
}

/** Files under dir, POSIX and sorted; symbolic links are not followed (and are said to be skipped). */
function listFiles(dir: string, rel: string, refused: string[], shownDir: string): string[] {
  const out: string[] = [];
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    if (!isWalkedFolder(entry.name)) continue;
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isSymbolicLink()) refused.push(`${shownDir}/${child} (a symbolic link, not followed)`);
    else if (entry.isDirectory()) out.push(...listFiles(dir, child, refused, shownDir));
    else if (entry.isFile()) out.push(child);
  }
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isSafeSvg(file: string): boolean {
  try {
    return fs.statSync(file).size <= 2 * 1024 * 1024 && sanitizeSvg(fs.readFileSync(file, 'utf8')) !== undefined;
  } catch {
    return false;
  }
}
