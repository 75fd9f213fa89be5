import type { IndexedArticle } from '../types.js';

/** How many earlier articles of each shared tag or section are considered. */
const WINDOW = 24;

/**
 * Related articles by shared tags (2 points each) and section (1 point), most recent first on ties.
 * Only earlier articles are candidates, so an article's page does not change when newer ones
 * appear, and each article looks at a fixed window per tag: linear in the number of articles.
 */
export function computeRelated(articles: IndexedArticle[], tagCount: number, sectionCount: number, count: number): void {
  if (count === 0) return;
  const byTag: number[][] = Array.from({ length: tagCount }, () => []);
  const bySection: number[][] = Array.from({ length: sectionCount }, () => []);
  // One score slot per article, reset after each use: no per-article allocation.
  const score = new Int32Array(articles.length);
  const touched: number[] = [];
  const consider = (list: number[], points: number) => {
    for (let k = list.length - 1, seen = 0; k >= 0 && seen < WINDOW; k--, seen++) {
      const j = list[k]!;
      if (score[j] === 0) touched.push(j);
      score[j]! += points;
    }
  };
  articles.forEach((article, i) => {
    for (const t of article.tagTerms) consider(byTag[t]!, 2);
    if (article.sectionTerm !== undefined) consider(bySection[article.sectionTerm]!, 1);
    touched.sort((a, b) => score[b]! - score[a]! || b - a);
    article.related = touched.slice(0, count);
    for (const j of touched) score[j] = 0;
    touched.length = 0;
    for (const t of article.tagTerms) byTag[t]!.push(i);
    if (article.sectionTerm !== undefined) bySection[article.sectionTerm]!.push(i);
  });
}
