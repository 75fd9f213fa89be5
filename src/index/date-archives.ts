import type { ResolvedConfig } from '../config/index.js';
import { monthName } from '../shared/dates.js';
import type { DateBucket, IndexedArticle } from '../types.js';
import { pagePaths } from './permalinks.js';

/** Year, month and day archive buckets, oldest period first, articles newest first inside. */
export function buildDateArchives(articles: IndexedArticle[], config: ResolvedConfig) {
  const years = new Map<string, DateBucket>();
  const months = new Map<string, DateBucket>();
  const days = new Map<string, DateBucket>();
  const add = (map: Map<string, DateBucket>, key: string, label: string, segments: string[], i: number) => {
    let b = map.get(key);
    if (!b) {
      b = { key, label, url: pagePaths(segments, config).url, articles: [] };
      map.set(key, b);
    }
    b.articles.push(i);
  };
  articles.forEach((a, i) => {
    add(years, a.year, a.year, daySegments(a).slice(0, 1), i);
    add(months, `${a.year}/${a.month}`, `${monthName(Number(a.month))} ${a.year}`, daySegments(a).slice(0, 2), i);
    add(days, `${a.year}/${a.month}/${a.day}`, `${Number(a.day)} ${monthName(Number(a.month))} ${a.year}`, daySegments(a), i);
  });
  const finish = (map: Map<string, DateBucket>) =>
    [...map.values()].sort((x, y) => (x.key < y.key ? -1 : 1)).map((b) => ({ ...b, articles: b.articles.reverse() }));
  return { years: finish(years), months: finish(months), days: finish(days) };
}

/** Path segments of the day page an article is listed on (its first two are the month's, its first the year's). */
export function daySegments(a: Pick<IndexedArticle, 'year' | 'month' | 'day'>): string[] {
  return [a.year, a.month, a.day];
}

/** Site URL of the day page an article is listed on, for datelines. */
export function dayPageUrl(a: Pick<IndexedArticle, 'year' | 'month' | 'day'>, config: ResolvedConfig): string {
  return pagePaths(daySegments(a), config).url;
}
