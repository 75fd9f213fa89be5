// Body images made like front matter photos: local ones get their renditions (srcset, sizes,
// modern formats in <picture>, width and height); every image loads lazily. Runs after the
// sanitiser, on markup the build made itself, so the allowlist does not have to know <picture>.
import type { Element, ElementContent, Root } from 'hast';
import type { Transformer } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Markup of one body image, computed on the main thread from the photos stage (plain data for workers). */
export interface BodyPhoto {
  /** The image's URL as written in the body. */
  url: string;
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  sources: { type: string; srcset: string }[];
}

export interface Options {
  /** Photos of the body at hand, when the file's data (`bodyPhotos`) carries none. */
  photos?: readonly BodyPhoto[];
}

/** Give local body images their renditions and every body image lazy loading. */
export default function rehypeBodyPhotos(options: Options = {}): Transformer<Root, Root> {
  return (tree, file) => {
    const photos = (file.data as { bodyPhotos?: readonly BodyPhoto[] }).bodyPhotos ?? options.photos ?? [];
    const byUrl = new Map(photos.map((p) => [comparable(p.url), p]));
    visit(tree, 'element', (el: Element, index, parent) => {
      if (el.tagName !== 'img') return;
      el.properties.loading ??= 'lazy';
      el.properties.decoding ??= 'async';
      const src = el.properties.src;
      const photo = typeof src === 'string' ? byUrl.get(comparable(src)) : undefined;
      if (!photo) return;
      // A width or height the writer gave is kept only as a pair: one alone would distort the photo.
      const own = el.properties.width !== undefined && el.properties.height !== undefined;
      Object.assign(el.properties, {
        src: photo.src,
        srcSet: photo.srcset,
        sizes: photo.sizes,
        ...(own ? {} : { width: photo.width, height: photo.height }),
      });
      if (!photo.sources.length || !parent || index === undefined || (parent as Element).tagName === 'picture') return;
      const sources: ElementContent[] = photo.sources.map((s) => ({
        type: 'element',
        tagName: 'source',
        properties: { type: s.type, srcSet: s.srcset, sizes: photo.sizes },
        children: [],
      }));
      parent.children[index] = { type: 'element', tagName: 'picture', properties: {}, children: [...sources, el] };
      return SKIP;
    });
  };
}

/** The same URL however it was escaped: Markdown percent-encodes what raw HTML leaves as written. */
function comparable(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
