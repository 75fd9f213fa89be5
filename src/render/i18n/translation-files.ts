// Translation files: i18n/<lang>.json or .yaml in the theme, then the site's own i18n/ folder,
// merged key by key, so a site can change one label without copying the theme's whole file.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { createProblem } from '../../errors/index.js';
import { normalizeLangTag } from '../../shared/lang-tag.js';

/** An interface string: one text, or one per plural category of Intl.PluralRules ("one", "other" ...). */
export type Message = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** How a language writes dates; Intl options, and a pattern joining the parts of a date with time. */
export interface DateFormats {
  /** The Intl locale to format with, when it is not the language itself ("en-GB" for day-month-year English). */
  locale?: string;
  date?: Intl.DateTimeFormatOptions;
  time?: Intl.DateTimeFormatOptions;
  /** A month of a year, as in archive headings ("November 2019"). */
  month?: Intl.DateTimeFormatOptions;
  /** A year, as in archive headings ("2019"). */
  year?: Intl.DateTimeFormatOptions;
  /** "{date}, {time} {zone}". */
  dateTime?: string;
  /** The parts of `date` in words of one's own: "ថ្ងៃទី{day} ខែ{month} ឆ្នាំ{year}" ({weekday} too). */
  datePattern?: string;
  /** Digits for counts ("khmr" for ០-៩); dates take theirs from date/time's own numberingSystem. */
  numberingSystem?: string;
}

export interface LanguagePack {
  strings: Record<string, Message>;
  formats: DateFormats;
  /** The files it was read from, theme first. */
  files: string[];
}

/** Every language's strings, by canonical BCP 47 tag: plain data, so it crosses to worker threads. */
export interface Catalogue {
  languages: Record<string, LanguagePack>;
}

const NAME = /^i18n\/([^/]+)\.(json|ya?ml)$/;
const PLURALS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);
const FORMAT_KEYS = new Set(['locale', 'date', 'time', 'month', 'year', 'dateTime', 'datePattern', 'numberingSystem']);

/** The theme's translation files (theme files under i18n/), overridden by those in the site's folder. */
export function loadCatalogue(themeFiles: Record<string, string>, origins: Record<string, string>, siteDir?: string): Catalogue {
  const found: { rel: string; file: string; source: string }[] = [];
  for (const rel of Object.keys(themeFiles).sort()) {
    if (NAME.test(rel)) found.push({ rel, file: origins[rel] ?? rel, source: themeFiles[rel]! });
  }
  if (siteDir && fs.existsSync(siteDir) && fs.statSync(siteDir).isDirectory()) {
    for (const name of fs.readdirSync(siteDir).sort()) {
      const rel = `i18n/${name}`;
      if (NAME.test(rel)) found.push({ rel, file: path.join(siteDir, name), source: fs.readFileSync(path.join(siteDir, name), 'utf8') });
    }
  }
  const languages: Record<string, LanguagePack> = {};
  for (const { rel, file, source } of found) {
    const [, written, ext] = NAME.exec(rel)!;
    const tag = normalizeLangTag(written!);
    if (tag.kind === 'invalid') fail(file, `its name ${JSON.stringify(written)} is not a language tag (en.json, km.yaml, pt-BR.json)`);
    const parsed = parseFile(file, source, ext!);
    const pack = (languages[tag.tag] ??= { strings: {}, formats: {}, files: [] });
    Object.assign(pack.strings, parsed.strings);
    pack.formats = { ...pack.formats, ...parsed.formats };
    pack.files.push(file);
  }
  return { languages };
}

function fail(file: string, why: string): never {
  throw createProblem('I18N_FILE_INVALID', { file, why }, { location: { file } });
}

function parseFile(file: string, source: string, ext: string): { strings: Record<string, Message>; formats: DateFormats } {
  let data: unknown;
  try {
    data = ext === 'json' ? JSON.parse(source) : yaml.load(source, { schema: yaml.JSON_SCHEMA });
  } catch (cause) {
    fail(file, `it is not valid ${ext === 'json' ? 'JSON' : 'YAML'} (${(cause as Error).message.split('\n')[0]})`);
  }
  if (data === undefined || data === null) return { strings: {}, formats: {} };
  if (!isRecord(data)) fail(file, 'it must hold an object with "strings" and "formats"');
  for (const key of Object.keys(data)) if (key !== 'strings' && key !== 'formats') fail(file, `it has an unknown key "${key}"`);
  return { strings: readStrings(file, data.strings ?? {}), formats: readFormats(file, data.formats ?? {}) };
}

function readStrings(file: string, value: unknown): Record<string, Message> {
  if (!isRecord(value)) fail(file, '"strings" must be an object of key: text');
  const out: Record<string, Message> = {};
  for (const [key, message] of Object.entries(value)) {
    if (typeof message === 'string') out[key] = message;
    else if (
      isRecord(message) &&
      Object.keys(message).length &&
      Object.entries(message).every(([k, v]) => PLURALS.has(k) && typeof v === 'string')
    )
      out[key] = message as Message;
    else fail(file, `"strings.${key}" must be a text, or plural forms such as { "one": "1 minute", "other": "{count} minutes" }`);
  }
  return out;
}

function readFormats(file: string, value: unknown): DateFormats {
  if (!isRecord(value)) fail(file, '"formats" must be an object');
  for (const key of Object.keys(value)) {
    if (!FORMAT_KEYS.has(key)) fail(file, `"formats" has an unknown key "${key}" (known: ${[...FORMAT_KEYS].join(', ')})`);
  }
  for (const key of ['locale', 'dateTime', 'datePattern', 'numberingSystem'] as const) {
    if (value[key] !== undefined && typeof value[key] !== 'string') fail(file, `"formats.${key}" must be a text`);
  }
  for (const key of ['date', 'time', 'month', 'year'] as const) {
    if (value[key] === undefined) continue;
    if (!isRecord(value[key])) fail(file, `"formats.${key}" must be an object of Intl.DateTimeFormat options`);
    try {
      new Intl.DateTimeFormat(typeof value.locale === 'string' ? value.locale : 'en', value[key] as Intl.DateTimeFormatOptions);
    } catch (cause) {
      fail(file, `"formats.${key}" is not a set of Intl.DateTimeFormat options (${(cause as Error).message})`);
    }
  }
  if (typeof value.locale === 'string' && normalizeLangTag(value.locale).kind === 'invalid') {
    fail(file, `"formats.locale" ${JSON.stringify(value.locale)} is not a language tag`);
  }
  return value as DateFormats;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
