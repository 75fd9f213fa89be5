// Small shared pieces of page contexts: absolute URLs, dates, links to articles and terms.
import type { ResolvedConfig } from '../../config/index.js';
import { createRoutes, type Routes } from '../../index/routes.js';
import { formatIso, parseDate } from '../../shared/dates.js';
import { createTranslator, type Translator } from '../i18n/translator.js';
import type { BodyImage, DateBucket, IndexedArticle, Instant, LanguageIndex, PhotoAsset, SiteIndex, Term } from '../../types.js';
import type { BodyRef } from '../jobs/job-types.js';
import type { JsonLdImage } from '../metadata/json-ld.js';
import { WORDMARK_SIZE } from './wordmark.js';
import { PHOTO_SIZES, bodyPhotos, photoContext, type PhotoContext } from './photo-context.js';
import type { ListItem } from './template-contexts.js';

export type ItemPhotoSlot = 'thumbnail' | 'lead' | 'none';

export interface PageKitExtras {
  photos?: ReadonlyMap<string, PhotoAsset>;
  /** Local images of article bodies, by article file (from the photos stage). */
  bodyImages?: ReadonlyMap<string, readonly BodyImage[]>;
  /** Theme asset name -> output path with its content hash. */
  assets?: Record<string, string>;
  /** Interface strings and date formats (the theme's and the site's translation files). */
  translator?: Translator;
  /** What migrated bodies refer to on the site, answered, by article file (markdown/migrate/site-references.ts). */
  references?: ReadonlyMap<string, Record<string, string>>;
}

export interface PageKit {
  /** The site's config as one language sees it: its language, title and description. */
  config: ResolvedConfig;
  /** The index as one language sees it: its term sets and date archives (articles stay the whole site's). */
  index: SiteIndex;
  /** The language whose pages this kit makes (the site's own by default). */
  language: LanguageIndex;
  /** The same helpers for another language of the site (an index into index.languages). */
  forLanguage(n: number): PageKit;
  /** Every URL and output path of the site (the only place that makes them). */
  routes: Routes;
  /** Absolute URL of a site path (which already carries the base path). */
  absolute(url: string): string;
  iso(instant: Instant): string;
  /** A date (or date, time and zone) as the language writes it; the site's language unless given. */
  dateText(instant: Instant, lang?: string): string;
  dateTimeText(instant: Instant, lang?: string): string;
  /** A date archive's name ("2019", "November 2019", "11 November 2019") as the language writes it. */
  periodLabel(bucket: DateBucket, lang?: string): string;
  /** An interface string in a language (the site's unless given), from the translation files. */
  t(key: string, params?: Record<string, unknown>, lang?: string): string;
  /** Photo or image src made usable from any page (base path for site paths). */
  assetUrl(src: string): string;
  /** A list item; its photo is a thumbnail unless the slot says lead (eager, large) or none. */
  item(i: number, slot?: ItemPhotoSlot): ListItem;
  /** Site URL of the day page an article is listed on. */
  dayUrl(article: IndexedArticle): string;
  /** Site URL of a fingerprinted theme asset by its name in templates/assets ("style.css"). */
  themeAsset(name: string): string | undefined;
  /** Renditions of front matter photos, by src (from the photos stage). */
  photos: ReadonlyMap<string, PhotoAsset>;
  /** Template context of an article's photo in one layout slot. */
  photo(article: IndexedArticle, slot: { sizes: string; lazy: boolean; maxWidth?: number }): PhotoContext | undefined;
  /** What a worker needs to render an article's body: where it is and the renditions of its images. */
  body(article: IndexedArticle): BodyRef;
  /** The publisher logo for JSON-LD: the configured one, else the generated wordmark. */
  logo(): JsonLdImage | undefined;
  termLink(term: Term | undefined): { name: string; url: string } | undefined;
  /** "A, B and C" with the conjunction of the language (the site's unless given). */
  byline(article: IndexedArticle, lang?: string): string;
}

/** Helpers bound to one build's config and index, for one of its languages (the site's own unless told). */
export function createPageKit(site: ResolvedConfig, whole: SiteIndex, extras: PageKitExtras = {}, n = 0): PageKit {
  const language = (whole.languages as LanguageIndex[] | undefined)?.[n] ?? languageOfSingleSite(site, whole);
  const own = n === 0 && language.code === site.language && !language.title && !language.description;
  const config = own ? site : languageConfig(site, language);
  const { sections, tags, authors, years, months, days } = language;
  const index: SiteIndex = n === 0 ? whole : { ...whole, sections, tags, authors, years, months, days };
  const kits = new Map<number, PageKit>();
  const photos = extras.photos ?? new Map<string, PhotoAsset>();
  const assets = extras.assets ?? {};
  const bodyImages = extras.bodyImages ?? new Map<string, readonly BodyImage[]>();
  const origin = config.siteUrl.slice(0, config.siteUrl.length - config.basePath.length);
  const tz = config.timeZone;
  const routes = createRoutes(config, language.prefix);
  const translator = extras.translator ?? createTranslator({ languages: {} }, config);
  const periodLabels = new Map<string, string>();
  const kit: PageKit = {
    config,
    index,
    language,
    forLanguage(m) {
      if (m === n) return kit;
      let other = kits.get(m);
      if (!other) kits.set(m, (other = createPageKit(site, whole, extras, m)));
      return other;
    },
    routes,
    absolute: (url) => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `${origin}${url}`),
    iso: (t) => formatIso(t, tz),
    dateText: (t, lang = config.language) => translator.date(lang, t, 'date'),
    dateTimeText: (t, lang = config.language) => translator.date(lang, t, 'dateTime'),
    t: (key, params, lang = config.language) => translator.t(lang, key, params),
    periodLabel(bucket, lang = config.language) {
      // Asked for again by every page that links a period (thousands of date-archive pages): worked out once.
      const id = `${lang}\0${bucket.key}`;
      let label = periodLabels.get(id);
      if (label === undefined) {
        const [year, month, day] = bucket.key.split('/');
        // Noon of the day (or of 1 January, the 1st) in the site's zone, formatted in that zone: the same calendar day.
        const noon = parseDate(`${year}-${month ?? '01'}-${day ?? '01'}T12:00:00`, tz) ?? 0;
        label = translator.date(lang, noon, month === undefined ? 'year' : day === undefined ? 'month' : 'date');
        periodLabels.set(id, label);
      }
      return label;
    },
    assetUrl: (src) => (src.startsWith('/') && !src.startsWith('//') ? routes.file(src.slice(1)) : src),
    item(i, slot = 'thumbnail') {
      const a = index.articles[i]!;
      const item: ListItem = {
        title: a.title,
        url: a.url,
        dateIso: kit.iso(a.date),
        dateText: kit.dateText(a.date),
        lang: a.lang ?? config.language,
        byline: kit.byline(a),
      };
      if (a.summary) item.summary = a.summary;
      Object.assign(item, statusFlags(a));
      const section = kit.termLink(a.sectionTerm === undefined ? undefined : index.sections.terms[a.sectionTerm]);
      if (section) item.section = section;
      // List thumbnails come only from renditions: a full-size original would be too heavy for a list.
      if (slot !== 'none' && a.photo && photos.get(a.photo.src)?.renditions.length) {
        item.photo =
          slot === 'lead'
            ? kit.photo(a, { sizes: PHOTO_SIZES.front, lazy: false })
            : kit.photo(a, { sizes: PHOTO_SIZES.thumbnail, lazy: true, maxWidth: 800 });
      }
      return item;
    },
    dayUrl: (a) => routes.date(`${a.year}/${a.month}/${a.day}`).url,
    photos,
    themeAsset: (name) => (assets[name] === undefined ? undefined : routes.file(assets[name])),
    photo: (a, slot) => (a.photo ? photoContext(a.photo, photos.get(a.photo.src), kit.assetUrl, slot) : undefined),
    body(a) {
      const ref: BodyRef = { file: a.file, offset: a.bodyOffset, hash: a.bodyHash, line: a.bodyLine };
      const answers = extras.references?.get(a.file);
      if (answers) ref.references = answers;
      const images = bodyImages.get(a.file);
      const made = images ? bodyPhotos(images, photos, kit.assetUrl) : [];
      return made.length ? { ...ref, photos: made } : ref;
    },
    logo() {
      if (config.logo) return { url: kit.absolute(kit.assetUrl(config.logo)) };
      const wordmark = kit.themeAsset('wordmark.svg');
      return wordmark ? { url: kit.absolute(wordmark), ...WORDMARK_SIZE } : undefined;
    },
    termLink: (term) => (term ? { name: term.name, url: term.url } : undefined),
    byline: (a, lang = config.language) => joinNames(a.authors, kit.t('byline.and', {}, lang)),
  };
  return kit;
}

/** The config of a language's pages: its own language tag, and its title and description when it has them. */
function languageConfig(site: ResolvedConfig, language: LanguageIndex): ResolvedConfig {
  return Object.freeze({
    ...site,
    language: language.code,
    title: language.title ?? site.title,
    description: language.description ?? site.description,
  });
}

/** An index made without languages (tests that build one by hand): one language holding everything. */
function languageOfSingleSite(site: ResolvedConfig, index: SiteIndex): LanguageIndex {
  const { sections, tags, authors, years, months, days } = index;
  const articles = index.articles.map((_, i) => i);
  return { code: site.language, name: site.language, prefix: '', articles, sections, tags, authors, years, months, days };
}

/** draft/scheduled flags for the theme's status label, present only when true. */
export function statusFlags(a: IndexedArticle): { draft?: true; scheduled?: true } {
  return { ...(a.draft ? { draft: true as const } : {}), ...(a.scheduled ? { scheduled: true as const } : {}) };
}

/** "A", "A and B", "A, B and C" (the same pattern as the theme's byline partial, with its word for "and"). */
export function joinNames(names: string[], and = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
