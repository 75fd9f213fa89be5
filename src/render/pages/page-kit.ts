// Small shared pieces of page contexts: absolute URLs, dates, links to articles and terms.
import type { ResolvedConfig } from '../../config/index.js';
import { createRoutes, type Routes } from '../../index/routes.js';
import { formatIso, formatLongDate, formatLongDateTime } from '../../shared/dates.js';
import type { BodyImage, IndexedArticle, Instant, PhotoAsset, SiteIndex, Term } from '../../types.js';
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
  /** What migrated bodies refer to on the site, answered, by article file (markdown/migrate/site-references.ts). */
  references?: ReadonlyMap<string, Record<string, string>>;
}

export interface PageKit {
  config: ResolvedConfig;
  index: SiteIndex;
  /** Every URL and output path of the site (the only place that makes them). */
  routes: Routes;
  /** Absolute URL of a site path (which already carries the base path). */
  absolute(url: string): string;
  iso(instant: Instant): string;
  dateText(instant: Instant): string;
  dateTimeText(instant: Instant): string;
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
  byline(article: IndexedArticle): string;
}

/** Helpers bound to one build's config and index. */
export function createPageKit(config: ResolvedConfig, index: SiteIndex, extras: PageKitExtras = {}): PageKit {
  const photos = extras.photos ?? new Map<string, PhotoAsset>();
  const assets = extras.assets ?? {};
  const bodyImages = extras.bodyImages ?? new Map<string, readonly BodyImage[]>();
  const origin = config.siteUrl.slice(0, config.siteUrl.length - config.basePath.length);
  const tz = config.timeZone;
  const routes = createRoutes(config);
  const kit: PageKit = {
    config,
    index,
    routes,
    absolute: (url) => (/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `${origin}${url}`),
    iso: (t) => formatIso(t, tz),
    dateText: (t) => formatLongDate(t, tz),
    dateTimeText: (t) => formatLongDateTime(t, tz),
    assetUrl: (src) => (src.startsWith('/') && !src.startsWith('//') ? routes.file(src.slice(1)) : src),
    item(i, slot = 'thumbnail') {
      const a = index.articles[i]!;
      const item: ListItem = {
        title: a.title,
        url: a.url,
        dateIso: kit.iso(a.date),
        dateText: kit.dateText(a.date),
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
    byline: (a) => joinNames(a.authors),
  };
  return kit;
}

/** draft/scheduled flags for the theme's status label, present only when true. */
export function statusFlags(a: IndexedArticle): { draft?: true; scheduled?: true } {
  return { ...(a.draft ? { draft: true as const } : {}), ...(a.scheduled ? { scheduled: true as const } : {}) };
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
