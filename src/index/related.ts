import type { IndexedArticle } from '../types.js';

/** How many earlier articles of each shared tag or section are considered. */
const WINDOW = 24;

/**
 * Related articles: earlier articles ranked by the number of tags they share, most recent first on
 * ties. Section neighbours stand in only when no earlier article shares a tag, so a reader who
 * follows a related link lands on the same subject, not just the same desk. The previous and next
 * articles are left out: the page already links them. Only earlier articles are candidates, so a
 * page does not change when newer ones appear, and each article looks at a fixed window per tag:
 * linear in the number of articles. Related articles are of the same language.
 */
export function computeRelated(
  articles: IndexedArticle[],
  order: readonly number[],
  tagCount: number,
  sectionCount: number,
  count: number,
): void {
  if (count === 0) return;
  const byTag: number[][] = Array.from({ length: tagCount }, () => []);
  const bySection: number[][] = Array.from({ length: sectionCount }, () => []);
  // One score slot per article, reset after each use: no per-article allocation.
  const score = new Int32Array(articles.length);
  const touched: number[] = [];
  const consider = (list: number[], skip: (j: number) => boolean) => {
    for (let k = list.length - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
      const j = list[k]!;
      if (skip(j)) continue;
      if (score[j] === 0) touched.push(j);
      score[j]! += 1;
    }
  };
  // `order`: the articles of one language, oldest first; their term ids are that language's.
  order.forEach((i) => {
    const article = articles[i]!;
    const skip = (j: number) => j === article.prevArticle || j === article.nextArticle;
    for (const t of article.tagTerms) consider(byTag[t]!, skip);
    if (touched.length === 0 && article.sectionTerm !== undefined) consider(bySection[article.sectionTerm]!, skip);
    touched.sort((a, b) => score[b]! - score[a]! || b - a);
    article.related = touched.slice(0, count);
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    for (const t of article.tagTerms) byTag[t]!.push(i);
    if (article.sectionTerm !== undefined) bySection[article.sectionTerm]!.push(i);
  });
}
