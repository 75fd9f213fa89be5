import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../../config/index.js';
import type { Menus, SiteData } from '../../data/index.js';
import type { Route } from '../../index/routes.js';
import type { SitePage } from '../../pages/index.js';
import type { SiteIndex, Term } from '../../types.js';
import { termIndexUrl } from './archive-nav.js';
import type { PageKit } from './page-kit.js';
import type { SiteContext } from './template-contexts.js';

/** The part of every page's context that is the same on all pages; workers receive it once. */
export function buildSiteContext(
  kit: PageKit,
  index: SiteIndex,
  config: ResolvedConfig,
  data?: SiteData,
  pages: readonly SitePage[] = [],
): SiteContext {
  // A menu names a page by its file (checkMenuPages made sure it exists).
  const pageUrls = new Map(pages.map((p) => [p.file, p.url]));
  const link = (m: Menus['header'][number]) => ({ label: m.label, url: 'page' in m ? (pageUrls.get(m.page) ?? '') : kit.assetUrl(m.url) });
  const sponsor = config.sponsor
    ? {
        name: config.sponsor.name,
        label: config.sponsor.label,
        ...(config.sponsor.url ? { url: config.sponsor.url } : {}),
        ...(config.sponsor.image ? { image: kit.assetUrl(config.sponsor.image) } : {}),
      }
    : null;
  const sections = navSectionTerms(index).map((t) => ({ name: t.name, url: t.url }));
  return {
    title: config.title,
    publication: config.publication,
    language: config.language,
    homeUrl: kit.routes.list([]).url,
    archiveUrl: kit.routes.archive().url,
    searchUrl: config.search === 'none' ? undefined : kit.routes.search().url,
    cssUrl: kit.themeAsset('style.css') ?? '',
    favicon: favicon(kit, config.staticDir),
    touchIcon: fs.existsSync(path.join(config.staticDir, TOUCH_ICON)) ? kit.routes.file(TOUCH_ICON) : undefined,
    sectionsUrl: termIndexUrl(kit, index.sections),
    tagsUrl: termIndexUrl(kit, index.tags),
    authorsUrl: termIndexUrl(kit, index.authors),
    sponsor,
    sections,
    feeds: feedUrls(kit.routes.feeds(kit.routes.list([]))),
    /** data/*.{json,yaml,toml} by file name. */
    data: data?.values ?? {},
    menus: {
      header: (data?.menus.header ?? []).map(link),
      footer: (data?.menus.footer ?? []).map(link),
    },
  };
}

/**
 * The twelve busiest sections, listed by name: the navigation is on every page, so its order
 * must not flip as counts change, or each new article would change every page of the archive.
 */
export function navSectionTerms(index: SiteIndex): Term[] {
  return [...index.sections.terms]
    .sort((a, b) => b.articles.length - a.articles.length || (a.slug < b.slug ? -1 : 1))
    .slice(0, 12)
    .sort((a, b) => (a.slug < b.slug ? -1 : 1));
}

const feedUrls = (feeds: ReturnType<PageKit['routes']['feeds']>) => ({ rss: feeds.rss.url, atom: feeds.atom.url, json: feeds.json.url });

/** Feed links for a page head: the site's feeds plus, for a term page, the term's own (list is its page 1). */
export function feedLinks(kit: PageKit, label: string, list?: Route) {
  const linksOf = (name: string, page: Route) => {
    const feeds = kit.routes.feeds(page);
    return [
      { type: 'application/rss+xml', title: `${name} (RSS)`, href: feeds.rss.url },
      { type: 'application/atom+xml', title: `${name} (Atom)`, href: feeds.atom.url },
      { type: 'application/feed+json', title: `${name} (JSON Feed)`, href: feeds.json.url },
    ];
  };
  return [...linksOf(kit.config.title, kit.routes.list([])), ...(list ? linksOf(label, list) : [])];
}

/** The icon iOS puts on a home screen, looked for in the static folder (180x180 PNG). */
const TOUCH_ICON = 'apple-touch-icon.png';

const FAVICONS = [
  ['favicon.svg', 'image/svg+xml'],
  ['favicon.png', 'image/png'],
  ['favicon.ico', 'image/x-icon'],
] as const;

/** The static folder's favicon, for a link in every page head (browsers only guess /favicon.ico). */
function favicon(kit: PageKit, staticDir: string): { href: string; type: string } | undefined {
  const found = FAVICONS.find(([name]) => fs.existsSync(path.join(staticDir, name)));
  return found ? { href: kit.routes.file(found[0]), type: found[1] } : undefined;
}
