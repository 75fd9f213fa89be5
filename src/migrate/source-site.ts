// The generator a content folder came from (Jekyll, Hugo, Zola, Eleventy), found by its config
// file in the content folder or the two folders above it, and the few settings of that config
// that decide where it published posts (its permalink rules, its time zone) and who its authors
// are. Only read, never published: the publishing rule keeps these files out of the site.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import type { EleventyData, JekyllDefault } from './front-matter-defaults.js';
import { AUTHORS_EXTENSIONS, languageFiles, MARKERS, sourceSiteRoots, type SourceGenerator } from './source-site-files.js';

export type { SourceGenerator };

/** What load needs to know of the site an archive came from; plain JSON (it keys the article cache). */
export interface SourceSite {
  generator: SourceGenerator;
  /** The config file that was read, relative to the content folder ("../hugo.toml"). */
  configFile: string;
  /** The content folder relative to the source site's root, POSIX ("" when it is the root, "content" for Hugo). */
  contentPath: string;
  /** Jekyll: the posts permalink (named style expanded); Hugo: the default one, when set. */
  permalink?: string;
  /** Hugo `[permalinks]` by section. */
  sectionPermalinks?: Record<string, string>;
  /** Hugo site `[params]` with text, number or true/false values, by lower-cased dotted key ("social.mastodon"). */
  params?: Record<string, string>;
  /**
   * Hugo's languages with a content folder of their own ([languages.fr] contentDir = "content/fr",
   * or config/_default/languages.fr.toml): that folder relative to the content folder, and the
   * URL folder Hugo published it under ('' for the default language, unless defaultContentLanguageInSubdir).
   */
  languageDirs?: { dir: string; prefix: string }[];
  /** Hugo `uglyURLs`: pages end in .html. */
  uglyUrls?: boolean;
  /** Jekyll `timezone`: the zone its permalink dates were read in. */
  timeZone?: string;
  /** Author ids to display names, from the generator's authors data file. */
  authors?: Record<string, string>;
  /** That data file, relative to the content folder. */
  authorsFile?: string;
  /** Jekyll `defaults:` of _config.yml, in the order written. */
  defaults?: JekyllDefault[];
  /** Jekyll collection labels (`collections:`), which are also `type`s of defaults scopes. */
  collections?: string[];
  /** Hugo's and Zola's static folders (published as they are by those generators), relative to the content folder. */
  staticDirs?: string[];
  /** Eleventy directory and template data files (JSON only), added by load once it knows the files. */
  eleventyData?: EleventyData;
}

// Jekyll's named permalink styles (its default is "date").
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * The source site of a content folder, or undefined when it is not a known generator's: the
 * folder itself, or the site root above it when it is a content folder by name (content/, src/).
 */
export function findSourceSite(contentDir: string): SourceSite | undefined {
  for (const dir of sourceSiteRoots(contentDir)) {
    const found = siteAt(dir, contentDir);
    if (found) return found;
  }
  return undefined;
}

function siteAt(root: string, contentDir: string): SourceSite | undefined {
  for (const marker of MARKERS) {
    const file = path.join(root, marker.file);
    if (!isFile(file)) continue;
    const data = marker.generator === 'eleventy' ? {} : readConfig(file);
    if (data === undefined) continue;
    const generator = marker.generator === 'hugo-or-zola' ? ('base_url' in data ? 'zola' : 'hugo') : marker.generator;
    const site: SourceSite = {
      generator,
      configFile: toPosix(path.relative(contentDir, file)),
      contentPath: toPosix(path.relative(root, path.resolve(contentDir))),
    };
    if (generator === 'jekyll') readJekyll(site, data);
    if (generator === 'hugo') readHugo(site, data, { root, contentDir, configFile: file });
    if (generator === 'hugo' || generator === 'zola') readStaticDirs(site, root, contentDir, data);
    readAuthors(site, root, contentDir, generator);
    return site;
  }
  return undefined;
}

function readJekyll(site: SourceSite, data: Record<string, unknown>) {
  const collections = record(data.collections);
  const posts = record(collections?.posts);
  const written = str(posts?.permalink) ?? str(data.permalink) ?? 'date';
  site.permalink = JEKYLL_STYLES[written] ?? written;
  const zone = str(data.timezone);
  if (zone && isTimeZone(zone)) site.timeZone = zone;
  // collections: is a list of labels or a table of them.
  const labels = Array.isArray(data.collections) ? data.collections.filter((c) => typeof c === 'string') : Object.keys(collections ?? {});
  if (labels.length) site.collections = labels.sort();
  const defaults = readJekyllDefaults(data.defaults);
  if (defaults.length) site.defaults = defaults;
}

/** How much JSON one defaults entry's values may make (they key the article cache). */
const MAX_DEFAULTS_BYTES = 64 * 1024;

/** Whether a value's JSON stays under a budget, found without expanding past it. */
function withinBudget(value: unknown, bytes: number): boolean {
  let left = bytes;
  const visit = (v: unknown, depth: number): boolean => {
    left -= typeof v === 'string' ? v.length + 2 : 4;
    if (left < 0 || depth > 20) return false;
    if (Array.isArray(v)) return v.every((item) => visit(item, depth + 1));
    if (typeof v === 'object' && v !== null)
      return Object.entries(v).every(([k, item]) => (left -= k.length + 3) >= 0 && visit(item, depth + 1));
    return true;
  };
  return visit(value, 0);
}

/** The `defaults:` entries that say something: a scope (path, type) and a table of values. */
function readJekyllDefaults(value: unknown): JekyllDefault[] {
  const out: JekyllDefault[] = [];
  for (const entry of Array.isArray(value) ? value : []) {
    const scope = record(record(entry)?.scope) ?? {};
    const values = record(record(entry)?.values);
    // YAML aliases can make a few lines of config into gigabytes once copied: such values are left out.
    if (!values || !Object.keys(values).length || !withinBudget(values, MAX_DEFAULTS_BYTES)) continue;
    const type = str(scope.type);
    out.push({ path: typeof scope.path === 'string' ? scope.path : '', ...(type ? { type } : {}), values });
  }
  return out;
}

function readHugo(site: SourceSite, data: Record<string, unknown>, at: { root: string; contentDir: string; configFile: string }) {
  const lower = Object.fromEntries(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const languageDirs = hugoLanguageDirs(lower, at);
  if (languageDirs.length) site.languageDirs = languageDirs;
  const permalinks = record(lower.permalinks);
  if (permalinks) {
    const bySection: Record<string, string> = {};
    // Hugo 0.112 nests them by kind ([permalinks.page]); older sites list sections directly.
    const pages = record(permalinks.page) ?? permalinks;
    for (const [section, pattern] of Object.entries(pages)) if (typeof pattern === 'string') bySection[section] = pattern;
    if (Object.keys(bySection).length) site.sectionPermalinks = bySection;
  }
  if (lower.uglyurls === true) site.uglyUrls = true;
  const params = record(lower.params);
  if (params) {
    const flat: Record<string, string> = {};
    flattenParams(params, '', flat);
    if (Object.keys(flat).length) site.params = flat;
  }
}

/** Hugo's per-language content folders: [languages.xx] tables of the config, and languages.xx.toml files beside it. */
function hugoLanguageDirs(
  lower: Record<string, unknown>,
  at: { root: string; contentDir: string; configFile: string },
): { dir: string; prefix: string }[] {
  const tables: Record<string, Record<string, unknown>> = {};
  for (const [code, table] of Object.entries(record(lower.languages) ?? {})) if (record(table)) tables[code] = record(table)!;
  for (const name of languageFiles(path.dirname(at.configFile))) {
    const table = readConfig(path.join(path.dirname(at.configFile), name));
    if (table) tables[name.replace(/^languages\.|\.toml$/g, '')] = table;
  }
  const fallback = str(lower.defaultcontentlanguage) ?? 'en';
  const inSubdir = lower.defaultcontentlanguageinsubdir === true;
  const dirs: { dir: string; prefix: string }[] = [];
  for (const [code, table] of Object.entries(tables).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const own = str(Object.entries(table).find(([k]) => k.toLowerCase() === 'contentdir')?.[1]);
    if (!own) continue;
    const dir = toPosix(path.relative(path.resolve(at.contentDir), path.resolve(at.root, own)));
    if (!dir || dir.startsWith('..') || path.isAbsolute(dir)) continue;
    dirs.push({ dir, prefix: code === fallback && !inSubdir ? '' : code.toLowerCase() });
  }
  return dirs;
}

/** How many site params are kept: they key the article cache, and a post asks for a few. */
const MAX_PARAMS = 500;

// Hugo looks params up without case ({{< param "Main" >}} finds main), and nested ones by dotted key.
function flattenParams(table: Record<string, unknown>, prefix: string, out: Record<string, string>, depth = 0) {
  for (const key of Object.keys(table).sort()) {
    if (Object.keys(out).length >= MAX_PARAMS) return;
    const value = table[key];
    const name = `${prefix}${key.toLowerCase()}`;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[name] = String(value);
    else if (record(value) && depth < 4) flattenParams(record(value)!, `${name}.`, out, depth + 1);
  }
}

/** Hugo's `staticDir` (one folder or a list; default static/), Zola's static/: those that exist, outside the content folder. */
function readStaticDirs(site: SourceSite, root: string, contentDir: string, data: Record<string, unknown>) {
  const written = site.generator === 'hugo' ? (data.staticDir ?? data.staticdir) : undefined;
  // Hugo modules mount folders as static/ (module.mounts: source src/static, target static); mounts replace the default.
  const mounts = site.generator === 'hugo' ? staticMounts(data.module) : [];
  const listed: unknown[] = mounts.length ? mounts : Array.isArray(written) ? written : [written ?? 'static'];
  const names = listed.filter((d): d is string => typeof d === 'string' && d.trim() !== '');
  const content = path.resolve(contentDir);
  const dirs: string[] = [];
  for (const name of names) {
    const dir = path.resolve(root, name);
    // A static folder inside the content folder is walked with it already; one outside the site root is not the site's.
    const inside = (parent: string, child: string) => child === parent || child.startsWith(parent + path.sep);
    if (!isDirectory(dir) || inside(content, dir) || inside(dir, content) || !inside(path.resolve(root), dir)) continue;
    dirs.push(toPosix(path.relative(content, dir)));
  }
  if (dirs.length) site.staticDirs = dirs;
}

/** The sources of Hugo module mounts whose target is static/. */
function staticMounts(module: unknown): string[] {
  const mounts = record(module)?.mounts;
  if (!Array.isArray(mounts)) return [];
  return mounts.flatMap((m) => {
    const mount = record(m);
    const source = str(mount?.source);
    return source && str(mount?.target)?.replace(/\/+$/, '') === 'static' ? [source] : [];
  });
}

/** Jekyll `_data/authors.*`, Hugo `data/authors.*`: ids to names (an entry's name or display_name, or the value itself). */
function readAuthors(site: SourceSite, root: string, contentDir: string, generator: SourceGenerator) {
  const folder = generator === 'jekyll' ? '_data' : generator === 'eleventy' ? path.join(site.contentPath, '_data') : 'data';
  for (const ext of AUTHORS_EXTENSIONS) {
    const file = path.join(root, folder, `authors.${ext}`);
    if (!isFile(file)) continue;
    const data = readConfig(file);
    if (!data) return;
    const names: Record<string, string> = {};
    for (const id of Object.keys(data).sort()) {
      const entry = data[id];
      const entryRecord = record(entry);
      const name = typeof entry === 'string' ? entry : (str(entryRecord?.name) ?? str(entryRecord?.display_name));
      if (name && name.trim()) names[id] = name.trim();
    }
    if (Object.keys(names).length) {
      site.authors = names;
      site.authorsFile = toPosix(path.relative(contentDir, file));
    }
    return;
  }
}

/** A config file's top-level table, or undefined when it cannot be read (the generator guess then looks further). */
function readConfig(file: string): Record<string, unknown> | undefined {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const data: unknown = /\.toml$/.test(file)
      ? parseToml(text)
      : /\.json$/.test(file)
        ? JSON.parse(text)
        : yaml.load(text, { schema: yaml.CORE_SCHEMA, json: true });
    return record(data ?? {});
  } catch {
    return undefined;
  }
}

const record = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const toPosix = (p: string) => p.split(path.sep).join('/');

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
