// The article's photo, in our spelling and in the ones other generators' themes use: `photo`,
// `image` (a path, or a table with src/path/url), `image_alt`, `cover` (a path, or a table with
// image), `featured_image`, `thumbnail`, Hugo's `images` list.
import path from 'node:path';
import type { Photo } from '../types.js';
import { checkImageSource } from './check-paths.js';
import type { FieldReader } from './read-fields.js';
import { invalidKey } from './read-fields.js';

/** The keys that may hold the photo, in the order they are preferred. */
const PHOTO_KEYS = ['photo', 'image', 'cover', 'featured_image', 'thumbnail', 'images'] as const;

export interface PhotoContext {
  /** The article file, relative to the content folder. */
  file: string;
  /**
   * True when a content-folder file exists at this path. Lets `image: assets/x.jpg` (Jekyll
   * themes read it from the site root) be found at the root when it is not beside the article.
   */
  hasFile?: (relPath: string) => boolean;
}

/** Read the photo, or undefined; problems go to the reader. */
export function readPhoto(r: FieldReader, data: Record<string, unknown>, ctx: PhotoContext): Photo | undefined {
  const key = PHOTO_KEYS.find((k) => data[k] !== undefined && data[k] !== null && data[k] !== '');
  if (key === undefined) return undefined;
  const raw = key === 'images' ? (Array.isArray(data.images) ? data.images[0] : data.images) : data[key];
  let photo: Photo | undefined;
  if (typeof raw === 'string') {
    photo = { src: raw.trim(), alt: '' };
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const o = raw as Record<string, unknown>;
    const src = r.string(`${key}.src`, o.src ?? o.path ?? o.url ?? o.image ?? o.feature);
    if (!src) {
      r.problems.push(invalidKey(key, { kind: 'photo-no-src', key }));
      return undefined;
    }
    photo = { src, alt: r.string(`${key}.alt`, o.alt) ?? '' };
    const credit = r.string(`${key}.credit`, o.credit);
    const caption = r.string(`${key}.caption`, o.caption);
    if (credit) photo.credit = credit;
    if (caption) photo.caption = caption;
  } else if (raw !== undefined && raw !== null) {
    r.problems.push(invalidKey(key, { kind: 'photo-shape', key }));
    return undefined;
  }
  if (!photo || !checkImageSource(r, key, photo.src)) return undefined;
  photo.src = fromSiteRoot(photo.src, ctx);
  const credit = r.string('photo_credit', data.photo_credit);
  const alt = r.string('photo_alt', data.photo_alt ?? data.image_alt ?? data.cover_alt);
  const caption = r.string('photo_caption', data.photo_caption ?? data.image_caption);
  if (credit && !photo.credit) photo.credit = credit;
  if (alt && !photo.alt) photo.alt = alt;
  if (caption && !photo.caption) photo.caption = caption;
  return photo;
}

/** A relative path that is not beside the article but is at the content root becomes a site path. */
function fromSiteRoot(src: string, ctx: PhotoContext): string {
  if (!ctx.hasFile || src.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(src)) return src;
  const clean = src.replace(/^\.\//, '').split(/[?#]/)[0]!;
  const beside = path.posix.join(path.posix.dirname(ctx.file), clean);
  return !ctx.hasFile(beside) && ctx.hasFile(path.posix.normalize(clean)) ? `/${path.posix.normalize(clean)}` : src;
}
