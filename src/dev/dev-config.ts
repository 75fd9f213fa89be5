// The config dev builds with: the site's own, with drafts and future articles always included and
// its output in a folder of its own (dist/ is what gets published; dev never touches it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { hashOf } from '../shared/hash.js';

/** The site's config made into dev's: drafts and scheduled articles on, output in outDir (default: the cache's dev-site/). */
export function devConfig(config: ResolvedConfig, outDir?: string): ResolvedConfig {
  return Object.freeze({ ...config, drafts: true, future: true, outDir: outDir ?? defaultDevOutDir(config) });
}

/** .broadsheet-cache/dev-site/, or a folder in the system's temp folder when the cache is off. */
export function defaultDevOutDir(config: ResolvedConfig): string {
  if (config.cacheDir) return path.join(config.cacheDir, 'dev-site');
  return path.join(os.tmpdir(), `broadsheet-dev-${hashOf(config.contentDir).slice(0, 12)}`);
}

/** Everything a change to which can change the site. */
export function watchedPaths(config: ResolvedConfig, extraFiles: string[]): string[] {
  return [
    config.contentDir,
    config.themeDir,
    config.staticDir,
    // data/, pages/ and i18n/ only when they exist: watching missing folders of these stalled the first rebuild
    // of a site that failed at start; a folder created later is seen after dev restarts.
    ...[config.dataDir, config.pagesDir, config.i18nDir].filter((dir) => fs.existsSync(dir)),
    ...(config.templatesDir ? [config.templatesDir] : []),
    ...extraFiles,
  ];
}
