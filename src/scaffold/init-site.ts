// broadsheet init [dir]: a new site with everything a newsroom needs to start, never replacing a file.
import fs from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { createProblem } from '../errors/index.js';
import { formatIso, wallTime } from '../shared/dates.js';
import { packageRoot } from '../shared/package-root.js';
import type { Instant } from '../types.js';

export interface InitSiteInput {
  /** The folder to start the site in (created if missing). */
  dir: string;
  now: Instant;
  title?: string;
  baseUrl?: string;
}

/** What init did with each file it would write: written, or left alone because something is there. */
export type InitOutcome = { file: string; status: 'written' } | { file: string; status: 'kept'; reason: string };

interface PlannedFile {
  /** Relative to the site folder, POSIX separators. */
  file: string;
  text: string;
  /** A reason to leave the file out even when it does not exist. */
  skip?: string;
}

/** Write the files of a new site; existing files are kept as they are and reported. */
export function initSite(input: InitSiteInput): InitOutcome[] {
  const dir = path.resolve(input.dir);
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    throw createProblem('INIT_EXISTS', { dir }, { location: { file: dir } });
  }
  fs.mkdirSync(dir, { recursive: true });
  return planSite(dir, input).map((planned) => writePlanned(dir, planned));
}

function planSite(dir: string, input: InitSiteInput): PlannedFile[] {
  const title = input.title ?? 'Daily Planet';
  const config = {
    title,
    description: `News from ${title}.`,
    baseUrl: input.baseUrl ?? 'https://news.example.org/',
    language: 'en',
    timeZone: 'UTC',
    menus: { footer: [{ label: 'About', page: 'about.md' }] },
  };
  const w = wallTime(input.now, 'UTC');
  const hasArticles = fs.existsSync(path.join(dir, 'content')) && containsMarkdown(path.join(dir, 'content'));
  const existingConfig = CONFIG_FILE_NAMES.find((name) => fs.existsSync(path.join(dir, name)));
  return [
    {
      file: 'broadsheet.config.json',
      text: `${JSON.stringify(config, null, 2)}\n`,
      ...(existingConfig ? { skip: `${existingConfig} is the site's config` } : {}),
    },
    {
      file: `content/${w.year}/${String(w.month).padStart(2, '0')}/welcome.md`,
      text: firstArticle(title, formatIso(input.now, 'UTC')),
      ...(hasArticles ? { skip: 'content/ already holds articles' } : {}),
    },
    { file: 'pages/about.md', text: aboutPage(title) },
    { file: '.gitignore', text: 'node_modules/\ndist/\n.broadsheet-cache/\n' },
    { file: '.github/workflows/publish.yml', text: fs.readFileSync(path.join(packageRoot, 'examples/github-actions/publish.yml'), 'utf8') },
    { file: 'package.json', text: packageJson(path.basename(dir)), ...packageJsonNote(dir) },
  ];
}

function firstArticle(title: string, date: string): string {
  return `---
title: "Welcome to ${title.replace(/["\\]/g, '')}"
date: ${date}
byline: "The Editors"
section: "News"
summary: "The first article of the archive: replace it with your own."
tags: [welcome]
---

This is the first article of the archive. Each article is one Markdown file under \`content/\`,
with its headline, date, byline and section in the front matter at the top.

Start the next one with \`npx broadsheet new "Headline"\`, preview the site with
\`npx broadsheet dev\`, and publish it with \`npx broadsheet build\`.
`;
}

function aboutPage(title: string): string {
  return `---
title: "About ${title.replace(/["\\]/g, '')}"
description: "Who we are and how to reach the newsroom."
---

A standalone page: files under \`pages/\` are published at their own address (this one at
\`/about/\`), linked from the menus in the config, and never listed with the articles.
`;
}

function packageJson(name: string): string {
  const own = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const safeName =
    name
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'news-site';
  const pkg = {
    name: safeName,
    private: true,
    type: 'module',
    scripts: { build: 'broadsheet build', dev: 'broadsheet dev', check: 'broadsheet check', serve: 'broadsheet serve' },
    dependencies: { [own.name]: `^${own.version}` },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** An existing package.json is kept; say so when it does not list Broadsheet, which the workflow needs. */
function packageJsonNote(dir: string): { skip?: string } {
  const file = path.join(dir, 'package.json');
  if (!fs.existsSync(file)) return {};
  let listed = false;
  try {
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { dependencies?: object; devDependencies?: object };
    listed = 'broadsheet' in { ...pkg.dependencies, ...pkg.devDependencies };
  } catch {
    // An unreadable package.json is npm's to report.
  }
  return { skip: listed ? 'it already exists' : 'it already exists; add broadsheet to its dependencies (npm install broadsheet)' };
}

function containsMarkdown(dir: string): boolean {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((name) => /\.(md|markdown)$/i.test(name));
}

function writePlanned(dir: string, planned: PlannedFile): InitOutcome {
  const target = path.join(dir, ...planned.file.split('/'));
  if (planned.skip) return { file: planned.file, status: 'kept', reason: planned.skip };
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    // "wx" fails if the file exists, with no window between checking and writing.
    fs.writeFileSync(target, planned.text, { flag: 'wx' });
    return { file: planned.file, status: 'written' };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return { file: planned.file, status: 'kept', reason: 'it already exists' };
    throw createProblem('WRITE_FAILED', { kind: 'init', target, reason: (cause as Error).message }, { location: { file: target }, cause });
  }
}
