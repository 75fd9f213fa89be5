import path from 'node:path';
import { type BroadsheetError, createProblem } from '../errors/index.js';
import * as v from 'valibot';
import { normalizeLangTag } from '../shared/lang-tag.js';
import { checkFolders } from './check-folders.js';
import { knownKeys, siteOptionsSchema, type ParsedOptions } from './schema.js';

/** Everything a build needs to know, with every default applied, frozen. */
export interface ResolvedConfig extends Omit<ParsedOptions, 'content' | 'out' | 'templates' | 'cacheDir' | 'static' | 'data' | 'pages'> {
  publication: string;
  /** Base URL without a trailing slash, e.g. https://example.org or https://example.org/news. */
  siteUrl: string;
  /** Path prefix of the site (from baseUrl), '' or '/news'. */
  basePath: string;
  contentDir: string;
  outDir: string;
  /** The site's own templates folder (overrides the default theme file by file), if any. */
  templatesDir?: string;
  themeDir: string;
  /** Files copied as they are to the output folder (favicon, ads, photos); photos get renditions. */
  staticDir: string;
  /** data/ at the site root: JSON, YAML and TOML files that become site.data. */
  dataDir: string;
  /** pages/ at the site root: standalone pages (About, Contact) at their own URLs. */
  pagesDir: string;
  /** i18n/ at the site root: translation files that override the theme's strings key by key. */
  i18nDir: string;
  cacheDir: string | null;
  drafts: boolean;
  future: boolean;
  /** Source file of the options, for messages. */
  configFile?: string;
}

export interface ResolveInputs {
  options: unknown;
  configFile?: string;
  /** Folder that relative paths in the config are resolved against. */
  root: string;
  themeDir: string;
  overrides?: ConfigOverrides;
}

/** Overrides of the config's folders and options, as the CLI flags give them. */
export interface ConfigOverrides {
  content?: string;
  out?: string;
  baseUrl?: string;
  /** A cache folder, or null for no build cache. */
  cacheDir?: string | null;
  drafts?: boolean;
  future?: boolean;
}

/** Turn user options into the one frozen ResolvedConfig; a bad key or value is a CONFIG_INVALID error. */
export function resolveConfig(inputs: ResolveInputs): ResolvedConfig {
  const { overrides = {} } = inputs;
  const options = { ...(inputs.options as Record<string, unknown>) };
  if (overrides.baseUrl !== undefined) options.baseUrl = overrides.baseUrl;
  checkRetiredKeys(options, inputs.configFile);
  const parsed = v.safeParse(siteOptionsSchema, options);
  if (!parsed.success) throw configError(parsed.issues, inputs.configFile);
  const o = parsed.output;
  checkTimeZone(o.timeZone, inputs.configFile);

  const url = new URL(o.baseUrl);
  const basePath = url.pathname.replace(/\/+$/, '');
  const siteUrl = `${url.origin}${basePath}`;
  const resolvePath = (p: string) => path.resolve(inputs.root, p);
  const cacheDir = overrides.cacheDir === null ? null : resolvePath(overrides.cacheDir ?? o.cacheDir ?? '.broadsheet-cache');
  const { content, out, templates, cacheDir: _cache, static: staticFolder, data, pages, ...rest } = o;
  const config: ResolvedConfig = {
    ...rest,
    publication: o.publication ?? o.title,
    siteUrl,
    basePath,
    contentDir: overrides.content ? path.resolve(overrides.content) : resolvePath(content ?? 'content'),
    outDir: overrides.out ? path.resolve(overrides.out) : resolvePath(out ?? 'dist'),
    themeDir: inputs.themeDir,
    staticDir: resolvePath(staticFolder ?? 'static'),
    dataDir: resolvePath(data ?? 'data'),
    pagesDir: resolvePath(pages ?? 'pages'),
    i18nDir: resolvePath('i18n'),
    cacheDir,
    drafts: overrides.drafts ?? false,
    future: overrides.future ?? false,
  };
  config.language = siteLanguage(o.language, inputs.configFile);
  if (templates !== undefined) config.templatesDir = resolvePath(templates);
  if (inputs.configFile !== undefined) config.configFile = inputs.configFile;
  checkFolders(config, inputs.configFile);
  return deepFreeze(config);
}

/** "EN" -> "en", "zh_cn" -> "zh-CN": the one form every page, feed and sitemap writes. */
function siteLanguage(written: string, file: string | undefined): string {
  const tag = normalizeLangTag(written);
  if (tag.kind === 'valid') return tag.tag;
  throw createProblem('CONFIG_INVALID', { kind: 'language', written }, { location: { file: file ?? '(config)' } });
}

function configError(issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]], file: string | undefined): BroadsheetError {
  const issue = issues[0];
  const path = (issue.path ?? []).map((p) => String(p.key));
  const key = path.join('.') || '(top level)';
  const more = issues.length - 1;
  const location = { file: file ?? '(config)' };
  if (issue.type === 'strict_object' && path.length)
    return createProblem('CONFIG_INVALID', { kind: 'unknown-key', key, known: knownKeys(path.slice(0, -1)), more }, { location });
  return createProblem('CONFIG_INVALID', { kind: 'value', key, issue: issue.message, more }, { location });
}

/** Keys that once existed: "unknown key" alone would not say where their setting went (the catalogue does). */
const RETIRED_KEYS = ['footerLinks'] as const;

function checkRetiredKeys(options: Record<string, unknown>, file: string | undefined): void {
  for (const key of RETIRED_KEYS) {
    if (Object.hasOwn(options, key))
      throw createProblem('CONFIG_INVALID', { kind: 'retired', key }, { location: { file: file ?? '(config)' } });
  }
}

function checkTimeZone(timeZone: string, file: string | undefined): void {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    throw createProblem('CONFIG_INVALID', { kind: 'time-zone', timeZone }, { location: { file: file ?? '(config)' } });
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
