import { type BroadsheetError, createProblem } from '../errors/index.js';
import type { IndexedArticle } from '../types.js';

/**
 * Previous/next in date order among `order` (the articles of one language, oldest first); a
 * front matter prev/next (file, slug or URL of any published article) wins over the order.
 */
export function linkNeighbours(articles: IndexedArticle[], order: readonly number[] = articles.map((_, i) => i)): BroadsheetError[] {
  const errors: BroadsheetError[] = [];
  // Built only if some article overrides its neighbours: most archives never do.
  let lookup: Map<string, number> | undefined;
  const buildLookup = () => {
    const map = new Map<string, number>();
    articles.forEach((a, i) => {
      for (const key of [a.file, a.file.replace(/\.(md|markdown)$/i, ''), a.url, decodeURI(a.url), a.slug]) {
        if (!map.has(key)) map.set(key, i);
      }
    });
    return map;
  };
  const resolve = (article: IndexedArticle, key: 'prev' | 'next'): number | undefined => {
    const ref = article[key];
    if (ref === undefined) return undefined;
    lookup ??= buildLookup();
    const found = lookup.get(ref) ?? lookup.get(ref.replace(/^\/?/, '/').replace(/\/?$/, '/')) ?? lookup.get(ref.replace(/^\//, ''));
    if (found === undefined) {
      errors.push(
        createProblem('UNKNOWN_ARTICLE_REF', { key, ref }, { location: { file: article.file, line: article.keyLines?.[key] ?? 1 } }),
      );
    }
    return found;
  };
  order.forEach((i, k) => {
    const article = articles[i]!;
    const prev = resolve(article, 'prev') ?? (k > 0 ? order[k - 1] : undefined);
    const next = resolve(article, 'next') ?? (k < order.length - 1 ? order[k + 1] : undefined);
    if (prev !== undefined && prev !== i) article.prevArticle = prev;
    if (next !== undefined && next !== i) article.nextArticle = next;
  });
  return errors;
}
