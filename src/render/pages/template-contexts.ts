// What every template sees: the theme authors' contract (docs/themes.md is written from this
// file). Each page template gets `site` (the same on every page), `page` (its <head>) and one
// object named after it. URLs are site URLs (base path included, percent-encoded) unless the
// field says absolute; dates come as ISO 8601 (`...Iso`) and as text in the site's time zone
// (`...Text`). Optional fields are left out when there is nothing to show.
import type { Crumb } from '../metadata/json-ld.js';
import type { ShareLink } from '../share-links.js';
import type { PeriodNav } from './archive-nav.js';
import type { PhotoContext } from './photo-context.js';

export type { PhotoContext };

/** A link to a section, tag or author page. */
export type TermLink = { name: string; url: string };

/** `site`: the same on every page. */
export type SiteContext = {
  title: string;
  publication: string;
  language: string;
  homeUrl: string;
  archiveUrl: string;
  /** Left out when search is off. */
  searchUrl?: string;
  /** The theme's fingerprinted style.css. */
  cssUrl: string;
  favicon?: { href: string; type: string };
  /** The static folder's apple-touch-icon.png, when there is one. */
  touchIcon?: string;
  /** The indexes of every section, tag and author. */
  sectionsUrl: string;
  tagsUrl: string;
  authorsUrl: string;
  sponsor: { name: string; label: string; url?: string; image?: string } | null;
  /** The twelve busiest sections, by name. */
  sections: TermLink[];
  /** The site's own feeds. */
  feeds: { rss: string; atom: string; json: string };
  /** The data folder's files (data/*.json, *.yaml, *.toml) by file name, as written. */
  data: Record<string, unknown>;
  /** Header and footer links (data/menus.* or `menus` in the config); a link to a standalone page gets its URL. */
  menus: { header: MenuLink[]; footer: MenuLink[] };
};

/** A link of a menu. */
export type MenuLink = { label: string; url: string };

/** One language of the site in the language switcher: this page in it, or else its home page. */
export type LanguageLink = { lang: string; name: string; url: string; current?: true };

/** One language version of a page for <link rel="alternate" hreflang> (absolute; "x-default" last). */
export type HreflangLink = { lang: string; href: string };

/** A feed for <link rel="alternate"> in the head. */
export type FeedLink = { type: string; title: string; href: string };

/** `page`: what the <head> and the layout need. */
export type PageHead = {
  title: string;
  /** Whether the layout adds " | site title" to <title>. */
  titleSuffix: boolean;
  lang: string;
  /** Absolute. */
  canonical: string;
  description?: string;
  /** Pagination: the newer and older page of a list. */
  prev?: string;
  next?: string;
  feeds?: FeedLink[];
  stylesheets?: string[];
  scripts?: string[];
  /** Article pages: the Open Graph image (absolute) and its alt text and size. */
  image?: string;
  imageAlt?: string;
  imageWidth?: number;
  imageHeight?: number;
  /** Pages with versions in other languages: one entry per language version, this one included, then x-default. */
  hreflang?: HreflangLink[];
  /** Multilingual sites: the language switcher, every language of the site (left out on a one-language site). */
  languages?: LanguageLink[];
  /** Article pages, and list pages (breadcrumbs; an author's Person): <script type="application/ld+json"> elements, ready to insert. */
  jsonLd?: string;
  /** List pages: the trail from the home page to this one (visible breadcrumbs). */
  breadcrumbs?: Crumb[];
  /** The 404 page: keep it out of search engines. */
  noindex?: boolean;
};

/** An article in a list (home, section, tag, author and date pages). */
export type ListItem = {
  title: string;
  url: string;
  /** The article's language (BCP 47); the theme marks the title and summary when it is not the page's. */
  lang: string;
  dateIso: string;
  dateText: string;
  /** Left out on author pages, where every item is by the same person. */
  byline?: string;
  summary?: string;
  section?: TermLink;
  /** A thumbnail, only when the photo has renditions. */
  photo?: PhotoContext;
  draft?: true;
  scheduled?: true;
};

/** `article` on article pages (template `article`). */
export type ArticleContext = {
  title: string;
  /** The article's own language when it differs from the site's. */
  lang?: string;
  section?: TermLink;
  authors: { name: string; url: string; absoluteUrl: string }[];
  publication: string;
  dateIso: string;
  dateText: string;
  /** The day archive page the article is listed on (the dateline links there). */
  dayUrl: string;
  /** The site's time zone as shown after the time ("GMT+7"); the theme's {{date dateIso "dateTime"}} shows it in the page's language. */
  zoneText: string;
  modifiedIso: string;
  updatedIso?: string;
  updatedText?: string;
  corrections: { dateIso: string; dateText: string; text: string }[];
  /** Plain share links (no third-party script); `mail` marks the email one. */
  shareLinks: ShareLink[];
  tags: (TermLink | undefined)[];
  prev?: { title: string; url: string; lang: string };
  next?: { title: string; url: string; lang: string };
  related: { title: string; url: string; lang: string; dateIso: string; dateText: string }[];
  translations: { lang: string; title: string; url: string }[];
  photo?: PhotoContext;
  /** The front matter fields Broadsheet does not know, as written. */
  params?: Record<string, unknown>;
  year: string;
  /** The sanitised HTML of the body, added when the page is rendered. */
  body?: string;
  /** Minutes to read the body, and whether it opens with a paragraph long enough for a drop cap (added with the body). */
  readingMinutes?: number;
  dropCap?: boolean;
  draft?: true;
  scheduled?: true;
};

/** An author's profile from data/authors.*, on their author page. */
export type AuthorProfileContext = {
  name: string;
  role?: string;
  bio?: string;
  /** The portrait's site URL. */
  photo?: string;
  /** The same person elsewhere, each with its host name for the link text. */
  links: { url: string; host: string }[];
};

/** `list` on list pages (template `list`). */
export type ListContext = {
  heading: string;
  /** A small label above the heading ("Section", "Tag", "Author", "Archive"). */
  kicker?: string;
  /** Author pages of a writer with a profile in data/authors.*. */
  author?: AuthorProfileContext;
  name: string;
  /** The list's own RSS feed (sections, tags and authors). */
  feed?: string;
  items: ListItem[];
  /** Fronts (page 1 of the home page and of sections): the lead story and the grid under it. */
  lead?: ListItem;
  grid?: ListItem[];
  /** The home page: a block per navigation section with its newest stories. */
  blocks?: { name: string; url: string; items: ListItem[] }[];
  /** Date archives: the older, newer and enclosing period, and a year's months. */
  period?: PeriodNav;
  /** Only when the list has more than one page. */
  pager?: { current: number; total: number; newer?: string; older?: string };
};

/** `terms` on the section, tag and author indexes (template `terms`). */
export type TermsContext = {
  heading: string;
  items: { name: string; url: string; count: number }[];
};

/** `archive` on /archive/ (template `archive`), newest year first. */
export type ArchiveContext = {
  heading: string;
  years: { label: string; url: string; count: number; months: { label: string; url: string; count: number }[] }[];
};

/** `search` on /search/ (template `search`). */
export type SearchContext = {
  /** Folder of Pagefind's files. */
  bundle: string;
  /** The no-JavaScript form, sent to a web search engine limited to this site. */
  fallback?: { action: string; engineName: string; queryParam: string; hidden: { name: string; value: string }[] };
  sectionsUrl: string;
  tagsUrl: string;
  authorsUrl: string;
};

/** `notFound` on 404.html (template `404`): links there are site paths from the root. */
export type NotFoundContext = {
  searchUrl?: string;
  /** The newest stories, without photos. */
  latest: ListItem[];
};

/** `content` on standalone pages (pages/about.md; template `page` unless its front matter names another). */
export type PageContent = {
  title: string;
  /** The sanitised HTML of the page's body. */
  body: string;
  url: string;
  /** The file, relative to the pages folder. */
  file: string;
};

/** The context of each page template, by template name (`site` is added to every one). */
export type TemplateContexts = {
  article: { page: PageHead; article: ArticleContext };
  list: { page: PageHead; list: ListContext };
  terms: { page: PageHead; terms: TermsContext };
  archive: { page: PageHead; archive: ArchiveContext };
  search: { page: PageHead; search: SearchContext };
  404: { page: PageHead; notFound: NotFoundContext };
  page: { page: PageHead; content: PageContent };
};
