// Input keys of pages, derived from the index without building page contexts. A key must change
// whenever anything its page shows could change: the article's own front matter and body
// (metaHash, bodyHash), everything the index derived for it (URL, neighbours, related,
// translations, term names) and the site-wide settings and theme (siteKey). That they agree with
// the page contexts is proven by tests/cache/page-keys-property.test.ts (random edits, incremental
// build == clean build).
import { hashOf } from '../shared/hash.js';
import type { BodyImage, PhotoAsset, SiteIndex } from '../types.js';

export interface PageKeys {
  article(i: number): string;
  /** Key of one page of a list: its place, heading and the articles it shows. */
  list(parts: (string | number)[], articles: number[]): string;
  /** Key of a feed: its place and items; bodies count only when feeds carry full content. */
  feed(parts: string[], articles: number[], withBodies: boolean): string;
  /** Key of a one-off page (archive overview, term indexes) from its whole context. */
  context(template: string, context: object): string;
}

/** Key functions bound to one index and the site-wide key. */
export function createPageKeys(
  index: SiteIndex,
  siteKey: string,
  photos: ReadonlyMap<string, PhotoAsset> = new Map(),
  bodyImages: ReadonlyMap<string, readonly BodyImage[]> = new Map(),
  references: ReadonlyMap<string, Record<string, string>> = new Map(),
): PageKeys {
  const { articles } = index;
  // An article's term ids index the term sets of its own language.
  const setsOf = (i: number) => (index.languages as SiteIndex['languages'] | undefined)?.[articles[i]!.language] ?? index;
  const termNames = (set: SiteIndex['tags'], ids: number[]) => ids.map((t) => set.terms[t]!.name).join('\u0001');
  const sectionName = (i: number) => {
    const t = articles[i]!.sectionTerm;
    return t === undefined ? '' : setsOf(i).sections.terms[t]!.name;
  };
  // What a list item or link shows of an article: its front matter plus derived URL, names, photo
  // renditions and whether it is still scheduled (which depends on the build's "now", not on the file).
  const photoSig = (src: string | undefined) => (src === undefined ? '' : (photos.get(src)?.signature ?? '-'));
  const itemSigs = articles.map((a, i) =>
    hashOf(
      a.metaHash,
      a.url,
      sectionName(i),
      termNames(setsOf(i).authors, a.authorTerms),
      a.scheduled ? 'scheduled' : '',
      photoSig(a.photo?.src),
    ),
  );
  // A body shows its Markdown, the renditions of its local images and what its migrated syntax refers to.
  const bodySig = (i: number) => {
    const a = articles[i]!;
    const images = bodyImages.get(a.file);
    const answers = references.get(a.file);
    if (!images && !answers) return a.bodyHash;
    return hashOf(
      a.bodyHash,
      ...(images ?? []).map((m) => `${m.url}\u0001${photoSig(m.src)}`),
      ...(answers ? [`references=${JSON.stringify(answers)}`] : []),
    );
  };
  const sig = (i: number | undefined) => (i === undefined ? '-' : itemSigs[i]!);
  return {
    article(i) {
      const a = articles[i]!;
      return hashOf(
        siteKey,
        'article',
        itemSigs[i]!,
        bodySig(i),
        termNames(setsOf(i).tags, a.tagTerms),
        sig(a.prevArticle),
        sig(a.nextArticle),
        a.related.map(sig).join(','),
        a.translations.map(sig).join(','),
      );
    },
    list(parts, ids) {
      return hashOf(siteKey, 'list', parts.join('\u0001'), ids.map(sig).join(','));
    },
    feed(parts, ids, withBodies) {
      const items = ids.map((i) => (withBodies ? `${sig(i)}:${bodySig(i)}` : sig(i)));
      return hashOf(siteKey, 'feed', parts.join('\u0001'), items.join(','));
    },
    context(template, context) {
      return hashOf(siteKey, template, JSON.stringify(context));
    },
  };
}
