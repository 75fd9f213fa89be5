// Which languages a site has, and which one each article belongs to (issue 16). A site either
// lists its languages in the config (`languages`) or gets one per language its articles carry:
// the site's own at the root, each other under /<lang>/ (Hugo's convention). An article's
// language is its front matter `lang`, else the language of its file name (x.km.md) or of its
// top folder (content/km/x.md, when content/<site language>/ exists too).
import fs from 'node:fs';
import type { ResolvedConfig } from '../config/index.js';
import { createProblem } from '../errors/index.js';
import { slugify } from '../shared/slug.js';
import type { SiteLanguage, SourceArticle } from '../types.js';
import { normalizeLangTag } from '../shared/lang-tag.js';

export interface LanguagePlan {
  /** The site's language first. */
  languages: SiteLanguage[];
  /** Per article, in the order given: the index of its language in `languages`. */
  of: number[];
  /** Per article: its language tag when it has one (front matter, file name or folder), canonical. */
  tags: (string | undefined)[];
  /** Per article: what links it to its translations (translationKey, else its path without the language). */
  groups: string[];
  /** Per article: its slug, without the file name's language suffix when the slug came from the file name. */
  slugs: string[];
}

type LanguageConfig = Pick<ResolvedConfig, 'language' | 'languages' | 'configFile'>;

/** The languages of a site and the language of each article. */
export function planLanguages(articles: readonly SourceArticle[], config: LanguageConfig): LanguagePlan {
  const configured = config.languages ? configuredLanguages(config) : undefined;
  const isCode = configured ? configuredCode(configured) : knownCode;
  const folders = languageFolders(articles, config.language, isCode);
  const found = articles.map((a) => articleTag(a, isCode, folders));
  const tags = found.map((f) => f.tag);
  const languages = configured ?? foundLanguages(tags, config.language);
  const matched = new Map<string, number>();
  const of = tags.map((t) => {
    if (t === undefined) return 0;
    let n = matched.get(t);
    if (n === undefined) matched.set(t, (n = matchLanguage(languages, t)));
    return n;
  });
  const groups = articles.map((a, i) => (a.translationKey !== undefined ? `key:${a.translationKey}` : `path:${found[i]!.pathKey}`));
  const slugs = articles.map((a, i) => {
    const suffix = found[i]!.suffix;
    const tail = suffix === undefined ? '' : `-${slugify(suffix)}`;
    return tail && a.slug.endsWith(tail) && a.slug.length > tail.length ? a.slug.slice(0, -tail.length) : a.slug;
  });
  return { languages, of, tags, groups, slugs };
}

// An archive has a handful of distinct tags and many articles: Intl is asked once per tag.
const canonical = new Map<string, string>();

/** A language tag in its canonical form ("zh_cn" -> "zh-CN"); a tag Intl refuses is kept as written. */
export function canonicalTag(tag: string): string {
  let found = canonical.get(tag);
  if (found === undefined) {
    // One rule for what a tag is (shared/lang-tag.ts); remembered, since every article asks.
    const normal = normalizeLangTag(tag);
    found = normal.kind === 'valid' ? normal.tag : tag;
    if (canonical.size < 10_000) canonical.set(tag, found);
  }
  return found;
}

/** A language's name in itself ("km" -> "ខ្មែរ"), or its tag when Intl has no name for it. */
export function nativeName(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A well-formed BCP 47 tag of an ISO 639 language that Intl accepts (so it is safe as a folder name too). */
function isTag(tag: string): boolean {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return false;
  let ok = valid.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    if (valid.size < 10_000) valid.set(tag, ok);
  }
  return ok;
}
const valid = new Map<string, boolean>();

const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();

/** Index of the language a tag belongs to: the same tag, else the only language with its primary subtag, else the site's. */
function matchLanguage(languages: SiteLanguage[], tag: string): number {
  const lower = tag.toLowerCase();
  const exact = languages.findIndex((l) => l.code.toLowerCase() === lower || (l.prefix !== '' && l.prefix === lower));
  if (exact >= 0) return exact;
  const same = languages.flatMap((l, i) => (primary(l.code) === primary(tag) ? [i] : []));
  return same.length === 1 ? same[0]! : 0;
}

/**
 * Languages from the articles: the site's, then every other valid tag found, by tag. A tag that is
 * not BCP 47 ("english", "../x") gets no folder: its articles stay in the site's own lists.
 */
function foundLanguages(tags: (string | undefined)[], siteLanguage: string): SiteLanguage[] {
  const root = canonicalTag(siteLanguage);
  const others = new Set<string>();
  for (const t of tags) {
    // "en-US" articles on an "en" site are the site's language, not a language of their own.
    if (t !== undefined && isTag(t) && t.toLowerCase() !== root.toLowerCase() && primary(t) !== primary(root)) others.add(t);
  }
  const sorted = [...others].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [root, ...sorted].map((code, i) => ({ code, name: nativeName(code), prefix: i === 0 ? '' : code.toLowerCase() }));
}

/** The config's languages, the site's language first (added when the list leaves it out). */
function configuredLanguages(config: LanguageConfig): SiteLanguage[] {
  const root = canonicalTag(config.language);
  const list = (config.languages ?? []).map((l) => {
    const code = canonicalTag(l.code);
    const prefix = l.prefix ?? (code.toLowerCase() === root.toLowerCase() ? '' : code.toLowerCase());
    return {
      code,
      name: l.name ?? nativeName(code),
      prefix,
      ...(l.title ? { title: l.title } : {}),
      ...(l.description ? { description: l.description } : {}),
    };
  });
  if (!list.some((l) => l.prefix === '')) {
    if (list.some((l) => l.code.toLowerCase() === root.toLowerCase()))
      throw languagesInvalid(
        config,
        'the site\'s "language" has a prefix',
        'Leave out the "prefix" of the site\'s own language: its pages are at the root.',
      );
    list.unshift({ code: root, name: nativeName(root), prefix: '' });
  }
  const roots = list.filter((l) => l.prefix === '');
  if (roots.length > 1)
    throw languagesInvalid(
      config,
      `${roots.map((l) => l.code).join(' and ')} both have the root as their folder`,
      'Give every language but the site\'s own a "prefix".',
    );
  for (const key of ['code', 'prefix'] as const) {
    const seen = new Set<string>();
    for (const l of list) {
      const value = l[key].toLowerCase();
      if (seen.has(value))
        throw languagesInvalid(config, `two languages have the ${key} ${JSON.stringify(l[key])}`, `Give each language its own ${key}.`);
      seen.add(value);
    }
  }
  const at = list.findIndex((l) => l.prefix === '');
  return [list[at]!, ...list.filter((_, i) => i !== at)];
}

function languagesInvalid(config: LanguageConfig, what: string, hint: string) {
  const file = config.configFile ?? '(config)';
  return createProblem(
    'LANGUAGES_INVALID',
    { what, hint },
    { location: { file, line: languagesLine(config.configFile), key: 'languages' } },
  );
}

/** The line of the `languages` key in the config file (JSON, YAML or a JS/TS object), else 1. */
function languagesLine(configFile: string | undefined): number {
  if (!configFile) return 1;
  let text: string;
  try {
    text = fs.readFileSync(configFile, 'utf8');
  } catch {
    return 1;
  }
  const at = text.split('\n').findIndex((line) => /^\s*["']?languages["']?\s*:/.test(line));
  return at < 0 ? 1 : at + 1;
}

/** In a config that lists languages, a file or folder name is a language only when it is one of them. */
function configuredCode(languages: SiteLanguage[]) {
  const names = new Set(languages.flatMap((l) => [l.code.toLowerCase(), l.prefix]).filter(Boolean));
  return (name: string) => names.has(name.toLowerCase());
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * Without a config, only two-letter codes (with an optional region: pt-br) that Intl can name
 * count, so "report.new.md" (Newari) or a "tv" folder (Tuvaluan) are not read as languages.
 */
function knownCode(name: string): boolean {
  if (!/^[a-z]{2}([-_][a-z]{2})?$/i.test(name)) return false;
  try {
    return LANGUAGE_NAMES.of(name.replace('_', '-')) !== undefined;
  } catch {
    return false;
  }
}

/** Top folders that are languages: only when the site's own language has a folder too (content/en/, content/km/). */
function languageFolders(articles: readonly SourceArticle[], siteLanguage: string, isCode: (name: string) => boolean): Set<string> {
  const tops = new Set(
    articles
      .map((a) => a.file.split('/'))
      .filter((p) => p.length > 1)
      .map((p) => p[0]!),
  );
  const codes = new Set([...tops].filter(isCode));
  const own = [...codes].some((c) => primary(c) === primary(siteLanguage));
  return own ? codes : new Set();
}

/** An article's language tag and the path that links it to its translations. */
function articleTag(a: SourceArticle, isCode: (name: string) => boolean, folders: Set<string>) {
  const parts = a.file.replace(/\.(md|markdown)$/i, '').split('/');
  const name = parts[parts.length - 1]!;
  const dot = /^(.+)\.([^.]+)$/.exec(name);
  const suffix = dot && isCode(dot[2]!) ? dot[2]! : undefined;
  if (suffix !== undefined) parts[parts.length - 1] = dot![1]!;
  const folder = parts.length > 1 && folders.has(parts[0]!) ? parts.shift() : undefined;
  const written = a.lang ?? suffix ?? folder;
  return { tag: written === undefined ? undefined : canonicalTag(written), pathKey: parts.join('/'), suffix };
}
