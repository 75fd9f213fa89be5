import fs from 'node:fs';
import path from 'node:path';
import { createProblem } from '../../errors/index.js';
import { hashOf } from '../../shared/hash.js';

/** The folders a theme is made of; anything else in a site's templates folder is a mistake to report. */
export const THEME_FOLDERS = ['layouts', 'pages', 'partials', 'assets', 'i18n'] as const;

/** Template sources by relative path (layouts/base.hbs, partials/head.hbs, assets/style.css ...). */
export interface Theme {
  files: Record<string, string>;
  /** Where each file came from, for error messages. */
  origins: Record<string, string>;
  hash: string;
}

/** Read the default theme, then let the site's templates folder replace or add files one by one. */
export function loadTheme(themeDir: string, overrideDir?: string): Theme {
  const files: Record<string, string> = {};
  const origins: Record<string, string> = {};
  if (overrideDir) checkOverrideDir(overrideDir);
  for (const dir of [themeDir, overrideDir]) {
    if (!dir || !fs.existsSync(dir)) continue;
    for (const rel of listFiles(dir)) {
      files[rel] = fs.readFileSync(path.join(dir, rel), 'utf8');
      origins[rel] = path.join(dir, rel);
    }
  }
  const keys = Object.keys(files).sort();
  const hash = hashOf(...keys.flatMap((k) => [k, files[k]!]));
  const sorted: Record<string, string> = {};
  for (const k of keys) sorted[k] = files[k]!;
  return { files: sorted, origins, hash };
}

/** A misspelled folder (partial/, layout/) would otherwise be ignored without a word. */
function checkOverrideDir(dir: string): void {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw createProblem('THEME_INVALID', { kind: 'missing', dir }, { location: { file: dir } });
  }
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || (e.isDirectory() && (THEME_FOLDERS as readonly string[]).includes(e.name))) continue;
    const what = e.isDirectory() ? `folder "${e.name}/"` : `file "${e.name}"`;
    throw createProblem('THEME_INVALID', { kind: 'stray', what, folders: THEME_FOLDERS }, { location: { file: path.join(dir, e.name) } });
  }
}

function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      if (e.name.startsWith('.')) continue;
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else if (e.isFile()) out.push(r);
    }
  };
  walk(root, '');
  return out;
}
