// The ways between the languages of a site (issue 16): the language switcher on every page and
// the hreflang alternates in its head and in the sitemap. An article links its translations; a
// list page links the same list in each language that has it (a tag both languages use, the same
// year); otherwise the switcher goes to that language's home page. Links are symmetric by
// construction: translations are one per language (src/index/translations.ts), and a list exists
// in a language or not whichever side asks.
import { hashOf } from '../../shared/hash.js';
import type { PlannedJob } from '../jobs/job-types.js';
import type { PageKit } from './page-kit.js';
import type { HreflangLink, LanguageLink } from './template-contexts.js';

export interface LanguageLinks {
  /** The switcher: every language of the site, this one marked current. Empty on a one-language site. */
  languages: LanguageLink[];
  /** Alternates for <link rel="alternate" hreflang> and the sitemap, x-default last; empty without any. */
  hreflang: HreflangLink[];
}

const NONE: LanguageLinks = { languages: [], hreflang: [] };

/** Switcher and alternates of article i (its kit is any kit of the site). */
export function articleLanguageLinks(kit: PageKit, i: number): LanguageLinks {
  const { index } = kit;
  const a = index.articles[i]!;
  if (index.languages.length < 2 && !a.translations.length) return NONE;
  // The same order from every member of the group, so x-default is the same page on all of them.
  const members = [i, ...a.translations].sort(
    (x, y) => index.articles[x]!.language - index.articles[y]!.language || compare(articleLang(kit, x), articleLang(kit, y)),
  );
  const hreflang = members.map((j) => ({ lang: articleLang(kit, j), href: kit.absolute(index.articles[j]!.url) }));
  const languages =
    index.languages.length < 2
      ? []
      : index.languages.map((l, n): LanguageLink => {
          const j = members.find((m) => index.articles[m]!.language === n);
          const url = j === undefined ? kit.forLanguage(n).routes.list([]).url : index.articles[j]!.url;
          return { lang: l.code, name: l.name, url, ...(n === a.language ? { current: true as const } : {}) };
        });
  return { languages, hreflang: members.length < 2 ? [] : [...hreflang, { lang: 'x-default', href: hreflang[0]!.href }] };
}

const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** An article's language for hreflang: its own tag, else its language's. */
function articleLang(kit: PageKit, j: number): string {
  const a = kit.index.articles[j]!;
  return a.lang ?? kit.index.languages[a.language]!.code;
}

/**
 * Links for the pages a language kit plans that are not articles: each language's version of
 * the page when that language has one (page 1 of lists, the indexes, archive, search), else its home.
 */
export function createListLanguageLinks(kit: PageKit): (kitOfPage: PageKit, url: string | undefined) => LanguageLinks {
  const { languages } = kit.index;
  if (languages.length < 2) return () => NONE;
  const kits = languages.map((_, n) => kit.forLanguage(n));
  // Site URLs of each language's pages, without the language's own folder.
  const rest = (k: PageKit, url: string) => {
    const home = k.routes.list([]).url;
    return url.startsWith(home) ? url.slice(home.length) : undefined;
  };
  // Each language's pages by that rest, to the URL its routes gave them.
  const pages = kits.map((k) => new Map(pageUrls(k).map((u) => [rest(k, u)!, u])));
  return (own, url) => {
    const tail = url === undefined ? undefined : rest(own, url);
    const at = languages.findIndex((l) => l.prefix === own.language.prefix);
    const found = kits.map((_, n) => (tail === undefined ? undefined : pages[n]!.get(tail)));
    const list = languages.map((l, n) => ({
      lang: l.code,
      name: l.name,
      url: found[n] ?? kits[n]!.routes.list([]).url,
      ...(n === at ? { current: true as const } : {}),
    }));
    const versions = found.flatMap((u, n) => (u === undefined ? [] : [{ lang: languages[n]!.code, href: kit.absolute(u) }]));
    if (versions.length < 2 || found[at] === undefined) return { languages: list, hreflang: [] };
    return { languages: list, hreflang: [...versions, { lang: 'x-default', href: versions[0]!.href }] };
  };
}

/** Page 1 of every list of a language, and its one-off pages: the pages another language can point at. */
function pageUrls(k: PageKit): string[] {
  const { index, routes, config } = k;
  const terms = [index.sections, index.tags, index.authors].flatMap((set) => [
    routes.termIndex(set.kind).url,
    ...set.terms.map((t) => t.url),
  ]);
  const dates = [...index.years, ...index.months, ...index.days].map((b) => b.url);
  return [routes.list([]).url, routes.archive().url, ...(config.search === 'none' ? [] : [routes.search().url]), ...terms, ...dates];
}

/**
 * A planned page of one language with its switcher and alternates: both go into its context's
 * `page` and into its input key, since whether another language has the same page can change
 * without anything on this page changing.
 */
export function withLanguageLinks(job: PlannedJob, links: LanguageLinks, language: number): PlannedJob {
  if (!links.languages.length) return job;
  const inputKey = hashOf(job.inputKey, JSON.stringify(links));
  return {
    ...job,
    inputKey,
    ...(links.hreflang.length ? { alternates: links.hreflang } : {}),
    make: () => {
      const made = job.make();
      if (made.kind !== 'page') return { ...made, inputKey };
      const page = { ...(made.context.page as object), languages: links.languages, hreflang: links.hreflang };
      return { ...made, inputKey, language, context: { ...made.context, page } };
    },
  };
}
