// Eleventy's directory and template data files in its input folder: `posts/posts.json` and
// `posts/posts.11tydata.json` give every file under posts/ their values (tags, permalink, layout,
// author), `post.11tydata.json` one file. Only JSON is read. The JavaScript forms
// (`.11tydata.js`) would have to be run to know what they say, and nothing from an archive is
// ever run: they are named in one counted warning instead.
import fs from 'node:fs';
import path from 'node:path';
import { createProblem, type Warn } from '../errors/index.js';
import { deepMerge, tagsAsList, type EleventyData } from './front-matter-defaults.js';
import type { SourceSite } from './source-site.js';

/** A data file larger than this is not read (its values end up in every article's cache key). */
const MAX_DATA_BYTES = 256 * 1024;

export interface EleventyDataResult {
  data: EleventyData;
  /** Data files not read, each with why ("posts/posts.11tydata.js (JavaScript, which is never run)"). */
  skipped: string[];
}

const JS_DATA = /\.11tydata\.[cm]?js$/;

/** How many skipped data files the warning names before it only counts. */
const NAMED = 5;

/** The Eleventy site with its data files read; those that could not be are told in one warning. */
export function withEleventyData(site: SourceSite, contentDir: string, markdown: readonly string[], warn: Warn): SourceSite {
  const { data, skipped } = readEleventyData(contentDir, markdown);
  if (skipped.length) {
    const location = { file: skipped[0]!.replace(/ \(.*$/, '') };
    const found = { named: skipped.slice(0, NAMED), count: skipped.length, generator: 'Eleventy' };
    warn(createProblem('DATA_FILE_SKIPPED', found, { location, severity: 'warning' }));
  }
  return Object.keys(data.folders).length || Object.keys(data.files).length ? { ...site, eleventyData: data } : site;
}

/** The data files beside the Markdown files (and in every folder above them), read and merged per folder and per file. */
export function readEleventyData(contentDir: string, markdown: readonly string[]): EleventyDataResult {
  const data: EleventyData = { folders: {}, files: {} };
  const skipped: string[] = [];
  // Folder -> the Markdown files directly in it; every folder above one is looked in too.
  const folders = new Map<string, string[]>([['', []]]);
  for (const file of markdown) {
    const parent = path.posix.dirname(file);
    for (let dir = parent; dir !== '.'; dir = path.posix.dirname(dir)) if (!folders.has(dir)) folders.set(dir, []);
    folders.get(parent === '.' ? '' : parent)!.push(file);
  }
  for (const [folder, files] of [...folders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const names = listFolder(path.join(contentDir, folder));
    const at = (name: string) => (folder ? `${folder}/${name}` : name);
    for (const name of [...names].sort()) if (JS_DATA.test(name)) skipped.push(`${at(name)} (JavaScript, which is never run)`);
    const own = folder === '' ? path.basename(path.resolve(contentDir)) : path.posix.basename(folder);
    // Eleventy's order within a folder: x.json, then x.11tydata.json over it (then the .js, not read).
    const present = (stem: string) => [`${stem}.json`, `${stem}.11tydata.json`].filter((n) => names.has(n)).map(at);
    const merged = readMerged(contentDir, present(own), skipped);
    if (merged) data.folders[folder] = merged;
    for (const file of files) {
      const stem = path.posix.basename(file).replace(/\.(md|markdown)$/i, '');
      const values = stem === own ? undefined : readMerged(contentDir, present(stem), skipped);
      if (values) data.files[file] = values;
    }
  }
  return { data, skipped: [...new Set(skipped)] };
}

/** Whether a content file is one of Eleventy's data files (read as data, never published). */
export function isEleventyDataFile(contentDir: string, rel: string): boolean {
  const name = path.posix.basename(rel);
  if (/\.11tydata\.([cm]?js|json)$/.test(name)) return true;
  if (!name.endsWith('.json')) return false;
  const dir = path.posix.dirname(rel);
  const folderName = dir === '.' ? path.basename(path.resolve(contentDir)) : path.posix.basename(dir);
  if (name === `${folderName}.json`) return true;
  const stem = path.join(contentDir, rel.slice(0, -5));
  return fs.existsSync(`${stem}.md`) || fs.existsSync(`${stem}.markdown`);
}

function readMerged(contentDir: string, files: string[], skipped: string[]): Record<string, unknown> | undefined {
  let merged: Record<string, unknown> | undefined;
  for (const rel of files) {
    const values = readJson(path.join(contentDir, rel), rel, skipped);
    if (values) merged = deepMerge(merged ?? {}, tagsAsList(values), true);
  }
  return merged && Object.keys(merged).length ? merged : undefined;
}

function readJson(file: string, rel: string, skipped: string[]): Record<string, unknown> | undefined {
  try {
    if (fs.statSync(file).size > MAX_DATA_BYTES) {
      skipped.push(`${rel} (over ${MAX_DATA_BYTES / 1024} KB)`);
      return undefined;
    }
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
    skipped.push(`${rel} (not a JSON object of keys and values)`);
  } catch (error) {
    skipped.push(`${rel} (${error instanceof SyntaxError ? 'not valid JSON' : 'cannot be read'})`);
  }
  return undefined;
}

function listFolder(dir: string): Set<string> {
  try {
    return new Set(
      fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => e.name),
    );
  } catch {
    return new Set();
  }
}
