import { monthName } from '../shared/dates.js';
import type { DateBucket, IndexedArticle } from '../types.js';
import type { Routes } from './routes.js';

/** Year, month and day archive buckets, oldest period first, articles (by `ids`, default their place) newest first inside. */
export function buildDateArchives(articles: IndexedArticle[], routes: Routes, ids: readonly number[] = articles.map((_, i) => i)) {
  const years = new Map<string, DateBucket>();
  const months = new Map<string, DateBucket>();
  const days = new Map<string, DateBucket>();
  const add = (map: Map<string, DateBucket>, key: string, label: string, i: number) => {
    let b = map.get(key);
    if (!b) {
      b = { key, label, url: routes.date(key).url, articles: [] };
      map.set(key, b);
    }
    b.articles.push(i);
  };
  articles.forEach((a, k) => {
    const i = ids[k]!;
    add(years, a.year, a.year, i);
    add(months, `${a.year}/${a.month}`, `${monthName(Number(a.month))} ${a.year}`, i);
    add(days, `${a.year}/${a.month}/${a.day}`, `${Number(a.day)} ${monthName(Number(a.month))} ${a.year}`, i);
  });
  const finish = (map: Map<string, DateBucket>) =>
    [...map.values()].sort((x, y) => (x.key < y.key ? -1 : 1)).map((b) => ({ ...b, articles: b.articles.reverse() }));
  return { years: finish(years), months: finish(months), days: finish(days) };
}
