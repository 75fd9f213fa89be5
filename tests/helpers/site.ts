// Inline test sites, Hugo-style: a record of path -> file text written to a fresh temp folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from '../../src/build.js';
import { resolveConfig, type ResolvedConfig } from '../../src/config/index.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cliPath = path.join(repoRoot, 'lib/cli/main.js');
/** The compiled CLI behind a small script that adds test hooks (pause points, progress timing). */
export const hookedCliPath = path.join(repoRoot, 'tests/helpers/cli-with-hooks.mjs');

/** Options of the CLI that only a program embedding it can set (see tests/helpers/cli-with-hooks.mjs). */
export interface TestHooks {
  /** "<point>[:<count>]": hold the build there and say so on stderr ("broadsheet: paused at <point>"). */
  pause?: string;
  progress?: { delayMs: number; intervalMs: number };
  /** Build in a worker thread with its own heap limit from this many Markdown files on (0: always). */
  ownHeapFrom?: number;
}

/** Progress lines held back: a slow machine must not change what a test sees. */
export const QUIET_PROGRESS = { delayMs: 3_600_000, intervalMs: 2000 };

/** Write files under a new temp folder and return its path. */
export function writeSite(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-test-'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** A minimal valid article with front matter fields overridden. */
export function article(fields: Record<string, string>, body = 'Body text.'): string {
  const fm = { title: 'A headline', date: '2020-01-15T10:00:00+07:00', section: 'National', ...fields };
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

/**
 * A resolved config for a test site. Search is off unless `options.search` turns it on: Pagefind
 * costs every build seconds, and only the tests about search need its index.
 */
export function siteConfig(
  root: string,
  options: Record<string, unknown> = {},
  overrides: Partial<Parameters<typeof resolveConfig>[0]['overrides']> = {},
): ResolvedConfig {
  return resolveConfig({
    options: { title: 'Test Times', baseUrl: 'https://news.example.org/', timeZone: 'Asia/Phnom_Penh', search: 'none', ...options },
    root,
    themeDir: path.join(repoRoot, 'templates'),
    overrides: { cacheDir: path.join(root, '.cache'), ...overrides },
  });
}

/** Build a site folder in this process (no worker threads) and give helpers to read the output. */
export async function buildSite(root: string, options: Record<string, unknown> = {}, buildOptions: BuildOptions = {}, overrides = {}) {
  const config = siteConfig(root, options, overrides);
  const stats = await build(config, { threads: 0, now: Date.parse('2024-06-01T00:00:00Z'), ...buildOptions });
  return { stats, config, out: config.outDir, read: (rel: string) => fs.readFileSync(path.join(config.outDir, rel), 'utf8') };
}

/**
 * Run the compiled CLI (npm test compiles first). Colour settings of the calling shell are not
 * inherited, and progress lines (printed once a build has run a second, so only on a slow
 * machine) are held back unless hooks.progress says otherwise: output stays the same.
 */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}, hooks: TestHooks = {}) {
  const { FORCE_COLOR: _f, NO_COLOR: _n, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [hookedCliPath, JSON.stringify({ progress: QUIET_PROGRESS, ...hooks }), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder, relative, sorted (the .broadsheet bookkeeping folder left out). */
export function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, rel: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === '.broadsheet') continue;
      if (e.isDirectory()) walk(path.join(dir, e.name), r);
      else out.push(r);
    }
  };
  walk(root, '');
  return out.sort();
}

/** Map of relative path -> bytes for a whole folder, for byte-for-byte comparisons. */
export function snapshot(root: string): Map<string, string> {
  return new Map(listFiles(root).map((f) => [f, fs.readFileSync(path.join(root, f)).toString('base64')]));
}
