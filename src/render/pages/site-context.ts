import fs from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../../config/index.js';
import type { SiteIndex, Term } from '../../types.js';
import { termIndexUrl } from './archive-nav.js';
import type { PageKit } from './page-kit.js';

/** The part of every page's context that is the same on all pages; workers receive it once. */
export function buildSiteContext(kit: PageKit, index: SiteIndex, config: ResolvedConfig) {
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
    homeUrl: kit.sitePath('/'),
    archiveUrl: kit.sitePath('/archive/'),
    searchUrl: config.search === 'none' ? undefined : kit.sitePath('/search/'),
    cssUrl: kit.themeAsset('style.css') ?? '',
    favicon: favicon(kit, config.staticDir),
    touchIcon: fs.existsSync(path.join(config.staticDir, TOUCH_ICON)) ? kit.sitePath(`/${TOUCH_ICON}`) : undefined,
    footerLinks: config.footerLinks.map((l) => ({ label: l.label, url: kit.assetUrl(l.url) })),
    sectionsUrl: termIndexUrl(kit, index.sections),
    tagsUrl: termIndexUrl(kit, index.tags),
    authorsUrl: termIndexUrl(kit, index.authors),
    sponsor,
    sections,
    feeds: { rss: kit.sitePath('/index.xml'), atom: kit.sitePath('/atom.xml'), json: kit.sitePath('/feed.json') },
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

/** Feed links for a page head: the site's feeds plus, for a term page, the term's own. */
export function feedLinks(kit: PageKit, label: string, base?: string) {
  const links = [
    { type: 'application/rss+xml', title: `${kit.config.title} (RSS)`, href: kit.sitePath('/index.xml') },
    { type: 'application/atom+xml', title: `${kit.config.title} (Atom)`, href: kit.sitePath('/atom.xml') },
    { type: 'application/feed+json', title: `${kit.config.title} (JSON Feed)`, href: kit.sitePath('/feed.json') },
  ];
  if (base) {
    links.push(
      { type: 'application/rss+xml', title: `${label} (RSS)`, href: `${base}index.xml` },
      { type: 'application/atom+xml', title: `${label} (Atom)`, href: `${base}atom.xml` },
      { type: 'application/feed+json', title: `${label} (JSON Feed)`, href: `${base}feed.json` },
    );
  }
  return links;
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
  return found ? { href: kit.sitePath(`/${found[0]}`), type: found[1] } : undefined;
}
