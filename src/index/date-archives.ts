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
    add(years, a.year, a.year, [a.year], i);
    add(months, `${a.year}/${a.month}`, `${monthName(Number(a.month))} ${a.year}`, [a.year, a.month], i);
    add(days, `${a.year}/${a.month}/${a.day}`, `${Number(a.day)} ${monthName(Number(a.month))} ${a.year}`, [a.year, a.month, a.day], i);
  });
  const finish = (map: Map<string, DateBucket>) =>
    [...map.values()].sort((x, y) => (x.key < y.key ? -1 : 1)).map((b) => ({ ...b, articles: b.articles.reverse() }));
  return { years: finish(years), months: finish(months), days: finish(days) };
}
