// Every URL and output path of the site, in one place: a URL rule changes here and nowhere else.
// A route is the page's site URL (base path included, percent-encoded) and its file under the
// output folder. The index computes article and term routes with it; render asks it for the rest.
import type { ResolvedConfig } from '../config/index.js';
import { createProblem } from '../errors/index.js';
import { aliasToPath } from '../shared/alias-path.js';
import { reservedPathReason } from '../shared/reserved-paths.js';
import { fitSegment } from '../shared/slug.js';
import type { TermSet } from '../types.js';

export interface Route {
  url: string;
  outPath: string;
}

/** The folder of each term kind: /section/national/, /tags/rice/, /authors/sok-chenda/. */
export const TERM_BASES = { section: 'section', tag: 'tags', author: 'authors' } as const;

/** The file names of a list's three feeds, in its folder (the site's at the root). */
export const FEED_FILES = { rss: 'index.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedKind = keyof typeof FEED_FILES;

/** The folder of the search page, /search/. */
export const SEARCH_DIR = 'search';

/** Where Pagefind's files are published, relative to the output folder. */
export const PAGEFIND_DIR = 'pagefind';

/** Output paths of the site-wide files that are not pages. */
export const SITE_FILES = {
  sitemap: 'sitemap.xml',
  newsSitemap: 'news-sitemap.xml',
  robots: 'robots.txt',
  redirects: '_redirects',
  headers: '_headers',
  notFound: '404.html',
  searchEntry: `${PAGEFIND_DIR}/pagefind-entry.json`,
} as const;

/** The n-th sitemap (from 1) when sitemap.xml becomes an index of several. */
export const sitemapChunkPath = (n: number) => `sitemaps/sitemap-${n}.xml`;

export interface PermalinkFields {
  year: string;
  month: string;
  day: string;
  slug: string;
  section: string;
}

/** News sitemap of a language: the site's language keeps news-sitemap.xml, others get news-sitemap-<prefix>.xml. */
export const newsSitemapPath = (prefix: string) => (prefix ? `news-sitemap-${prefix}.xml` : SITE_FILES.newsSitemap);

export interface Routes {
  /** A page of a paginated list whose page 1 is at `base` ([] for the home page), then base/page/N/. */
  list(base: readonly string[], page?: number): Route;
  /** Page 1 (or page N) of a section, tag or author. */
  term(kind: TermSet['kind'], slug: string, page?: number): Route;
  /** The page listing every term of a kind: /section/, /tags/, /authors/. */
  termIndex(kind: TermSet['kind']): Route;
  /** A year, month or day archive by its key ("2019", "2019/10", "2019/10/23"). */
  date(key: string, page?: number): Route;
  archive(): Route;
  search(): Route;
  /** A standalone page (pages/about.md) by its URL segments; fails with RESERVED_PATH on a path Broadsheet writes. */
  standalone(segments: readonly string[], file: string): Route;
  /** An article's permalink; fails with UNSAFE_PATH when the pattern would leave the output folder. */
  article(fields: PermalinkFields, file: string, slugLine?: number): Route;
  /**
   * Site paths (without the base path, as aliases are written) an article had under retired URL
   * rules, for redirects: before 0.2 a :section segment was made by its own slug rule, so "Don't
   * Miss" gave /don-t-miss/... while its section page was /section/dont-miss/.
   */
  formerArticlePaths(fields: PermalinkFields, sectionName: string | undefined, file: string): string[];
  /**
   * A migrated article at the site path its source generator gave it ("/features/bigint/", or a
   * ".html" file), or undefined when that path is not one a page can have (unsafe, reserved, too long).
   */
  sourceArticle(sitePath: string): Route | undefined;
  /** The three feeds of a list, in the folder of its page 1 (as routes.list or term gave it). */
  feeds(list: Route): Record<FeedKind, Route>;
  /** Site URL of any file in the output folder ("assets/style.css" -> "/news/assets/style.css"). */
  file(outPath: string): string;
  /** Site URL an alias redirects from, given its checked, percent-encoded path (see shared/alias-path.ts). */
  alias(encodedPath: string): string;
  /** The language folder these routes put pages in ('' for the site's language). */
  readonly prefix: string;
  /** Output path of the language's not-found page (404.html at the root, km/404.html). */
  notFound(): string;
}

/**
 * Routes of one site (its base path and permalink pattern) in one of its languages: pages of a
 * language with a prefix live under /<prefix>/; its articles too, unless the permalink places
 * the language itself with :lang (empty for the site's language).
 */
export function createRoutes(config: Pick<ResolvedConfig, 'basePath' | 'permalink'>, prefix = ''): Routes {
  const langToken = /:lang\b/.test(config.permalink);
  const page = (segments: readonly string[], own = prefix): Route => {
    const dir = [...(own ? [own] : []), ...segments].map(fitSegment).join('/');
    return { url: encodeURI(`${config.basePath}/${dir ? `${dir}/` : ''}`), outPath: dir ? `${dir}/index.html` : 'index.html' };
  };
  const list = (base: readonly string[], n = 1) => page(n <= 1 ? base : [...base, 'page', String(n)]);
  const file = (outPath: string) => encodeURI(`${config.basePath}/${outPath}`);
  const article = (fields: PermalinkFields, source: string, slugLine?: number): Route => {
    const raw = config.permalink.replace(/:(year|month|day|slug|section|lang)\b/g, (_, k: keyof PermalinkFields | 'lang') =>
      k === 'lang' ? prefix : fields[k] || 'none',
    );
    const segments = [...(prefix && !langToken ? [prefix] : []), ...raw.split('/').filter(Boolean)];
    if (segments.some((s) => s === '.' || s === '..' || /[\\\0%]/.test(s))) {
      throw createProblem(
        'UNSAFE_PATH',
        { kind: 'permalink', file: source, path: raw },
        { location: { file: source, line: slugLine ?? 1 } },
      );
    }
    const route = page(segments, '');
    const reserved = reservedPathReason(route.outPath) ?? reservedPathReason(route.outPath.replace(/\/?index\.html$/, ''));
    if (reserved) {
      const data = { kind: 'permalink', file: source, path: raw, why: reserved } as const;
      throw createProblem('RESERVED_PATH', data, { location: { file: source, line: slugLine ?? 1 } });
    }
    return route;
  };
  return {
    list,
    term: (kind, slug, n = 1) => list([TERM_BASES[kind], slug], n),
    termIndex: (kind) => page([TERM_BASES[kind]]),
    date: (key, n = 1) => list(key.split('/'), n),
    archive: () => page(['archive']),
    search: () => page([SEARCH_DIR]),
    standalone(segments, source) {
      const route = page(segments);
      const reserved = reservedPathReason(route.outPath) ?? reservedPathReason(route.outPath.replace(/\/?index\.html$/, ''));
      if (reserved) {
        throw createProblem('RESERVED_PATH', { kind: 'page', file: source, url: route.url, why: reserved }, { location: { file: source } });
      }
      return route;
    },
    article,
    formerArticlePaths(fields, sectionName, source) {
      if (!sectionName || !/:section\b/.test(config.permalink)) return [];
      const former = retiredSectionSegment(sectionName);
      if (former === fields.section) return [];
      const { url } = article({ ...fields, section: former }, source);
      return [decodeURI(url).slice(config.basePath.length)];
    },
    sourceArticle(sitePath) {
      const at = aliasToPath(sitePath);
      if ('error' in at || !at.fitsFile) return undefined;
      if (reservedPathReason(at.outPath) ?? reservedPathReason(at.outPath.replace(/\/?index\.html$/, ''))) return undefined;
      return { url: `${config.basePath}${at.path}`, outPath: at.outPath };
    },
    feeds(listPage) {
      const dir = listPage.outPath.slice(0, -'index.html'.length);
      const feed = (name: string): Route => ({ url: `${listPage.url}${encodeURI(name)}`, outPath: `${dir}${name}` });
      return { rss: feed(FEED_FILES.rss), atom: feed(FEED_FILES.atom), json: feed(FEED_FILES.json) };
    },
    file,
    alias: (encodedPath) => `${config.basePath}${encodedPath}`,
    prefix,
    notFound: () => (prefix ? `${prefix}/${SITE_FILES.notFound}` : SITE_FILES.notFound),
  };
}

/** The :section segment of permalinks before 0.2 (kept only to redirect those addresses). */
function retiredSectionSegment(section: string): string {
  return section
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
