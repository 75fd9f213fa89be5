// Search is split into Pagefind bundles, one per language, and per year in languages with many
// articles, so a rebuild re-indexes only the bundles whose pages changed; the search page merges
// them (Pagefind's mergeIndex). One rule for which article goes where, used by the search stage.
import type { SiteIndex } from '../types.js';
import { PAGEFIND_DIR } from '../index/routes.js';

/** Above this many articles in one language, its index is split by year. */
export const SPLIT_BY_YEAR_ABOVE = 2000;

export interface SearchShard {
  /** Folder under pagefind/: `en`, or `en/2019` for a language split by year. */
  id: string;
  /** Pagefind's language for the bundle (primary subtag, lower case). */
  lang: string;
  /** Indexes into SiteIndex.articles, in index order. */
  articles: number[];
}

/** The language Pagefind indexes an article in: its own, else the site's. */
export function searchLanguage(lang: string | undefined, siteLanguage: string): string {
  return (lang ?? siteLanguage).split(/[-_]/)[0]!.toLowerCase();
}

/** The bundles of a site, sorted by id; languages with more than `splitAbove` articles get one per year. */
export function searchShards(index: SiteIndex, siteLanguage: string, splitAbove = SPLIT_BY_YEAR_ABOVE): SearchShard[] {
  const byLang = new Map<string, number[]>();
  index.articles.forEach((a, i) => {
    const lang = searchLanguage(a.lang, siteLanguage);
    const list = byLang.get(lang);
    if (list) list.push(i);
    else byLang.set(lang, [i]);
  });
  const shards: SearchShard[] = [];
  for (const [lang, articles] of byLang) {
    if (articles.length <= splitAbove) {
      shards.push({ id: lang, lang, articles });
      continue;
    }
    const byYear = new Map<string, number[]>();
    for (const i of articles) {
      const year = index.articles[i]!.year;
      const list = byYear.get(year);
      if (list) list.push(i);
      else byYear.set(year, [i]);
    }
    for (const [year, list] of byYear) shards.push({ id: `${lang}/${year}`, lang, articles: list });
  }
  return shards.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Output folder of a bundle, relative to the output folder. */
export const shardDir = (shard: Pick<SearchShard, 'id'>) => `${PAGEFIND_DIR}/${shard.id}`;

/** Every bundle folder as a _headers pattern (placeholders match one path segment). */
export const SEARCH_BUNDLE_PATTERNS = [`${PAGEFIND_DIR}/:lang`, `${PAGEFIND_DIR}/:lang/:year`];
