// What templates get for a photo: <picture> sources with srcset and sizes, a JPEG fallback,
// explicit width and height (no layout shift), and the 1200 px rendition for Open Graph.
import type { BodyImage, Photo, PhotoAsset, Rendition } from '../../types.js';
import type { BodyPhoto } from '../markdown/rehype-body-photos.js';

export interface PhotoContext {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  srcset?: string;
  sizes?: string;
  sources: { type: string; srcset: string }[];
  /** The lead photo loads at once; every other photo waits until it nears the viewport. */
  lazy: boolean;
  caption?: string;
  credit?: string;
  hasCaption: boolean;
}

/** Layout slots the default theme puts photos in, as `sizes` values. */
export const PHOTO_SIZES = {
  lead: '(min-width: 46rem) 44rem, calc(100vw - 2rem)',
  front: '(min-width: 64rem) 38rem, calc(100vw - 2rem)',
  thumbnail: '(min-width: 64rem) 15rem, 45vw',
} as const;

const TYPES = { avif: 'image/avif', webp: 'image/webp' } as const;

/** Context of one photo; url turns an output path or src into a site URL. */
export function photoContext(
  photo: Photo,
  asset: PhotoAsset | undefined,
  url: (pathOrSrc: string) => string,
  slot: { sizes: string; lazy: boolean; maxWidth?: number },
): PhotoContext {
  const base: PhotoContext = {
    src: url(photo.src),
    alt: photo.alt,
    sources: [],
    lazy: slot.lazy,
    hasCaption: Boolean(photo.caption || photo.credit),
    ...(photo.caption ? { caption: photo.caption } : {}),
    ...(photo.credit ? { credit: photo.credit } : {}),
  };
  if (asset?.width && asset.height) Object.assign(base, { width: asset.width, height: asset.height });
  if (!asset?.renditions.length) return base;
  // The Open Graph JPEG is left out of srcset when the modern formats do not come in that width.
  const modern = new Set(asset.renditions.filter((r) => r.format !== 'jpeg').map((r) => r.width));
  const usable = (r: Rendition) =>
    (!modern.size || modern.has(r.width)) &&
    (slot.maxWidth === undefined || r.width <= slot.maxWidth || r.width === smallest(asset.renditions));
  const srcset = (format: Rendition['format']) =>
    asset.renditions
      .filter((r) => r.format === format && usable(r))
      .map((r) => `${url(`/${r.path}`)} ${r.width}w`)
      .join(', ');
  const jpegs = asset.renditions.filter((r) => r.format === 'jpeg' && usable(r));
  // The fallback src: the JPEG nearest 800 px wide, a sensible size for browsers without srcset.
  const fallback = jpegs.reduce((best, r) => (Math.abs(r.width - 800) < Math.abs(best.width - 800) ? r : best), jpegs[0]!);
  base.src = url(`/${fallback.path}`);
  base.srcset = srcset('jpeg');
  base.sizes = slot.sizes;
  base.width = fallback.width;
  base.height = fallback.height;
  for (const format of ['avif', 'webp'] as const) {
    const set = srcset(format);
    if (set) base.sources.push({ type: TYPES[format], srcset: set });
  }
  return base;
}

/** Markup of an article's body images that have renditions (the others stay as written), in the article column. */
export function bodyPhotos(
  images: readonly BodyImage[],
  photos: ReadonlyMap<string, PhotoAsset>,
  url: (pathOrSrc: string) => string,
): BodyPhoto[] {
  const out: BodyPhoto[] = [];
  for (const image of images) {
    const c = photoContext({ src: image.src, alt: '' }, photos.get(image.src), url, { sizes: PHOTO_SIZES.lead, lazy: true });
    if (!c.srcset || !c.sizes || c.width === undefined || c.height === undefined) continue;
    out.push({ url: image.url, src: c.src, srcset: c.srcset, sizes: c.sizes, width: c.width, height: c.height, sources: c.sources });
  }
  return out;
}

/** The rendition social sites get: the 1200 px JPEG, else the widest JPEG there is. */
export function openGraphRendition(asset: PhotoAsset | undefined): Rendition | undefined {
  const jpegs = asset?.renditions.filter((r) => r.format === 'jpeg') ?? [];
  return jpegs.find((r) => r.width === 1200) ?? jpegs[jpegs.length - 1];
}

function smallest(renditions: Rendition[]): number {
  return Math.min(...renditions.map((r) => r.width));
}
