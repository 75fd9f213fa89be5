// Ways out of a list page: the breadcrumb trail above it and, on date archives, the previous and
// next period and the period above. Every URL here is one the index already computed.
import type { DateBucket, TermSet } from '../../types.js';
import type { Crumb } from '../metadata/json-ld.js';
import type { PageKit } from './page-kit.js';

export interface PeriodLink {
  label: string;
  url: string;
}

/** Previous/next period and the one above, plus the months of a year page. */
export interface PeriodNav {
  older?: PeriodLink;
  newer?: PeriodLink;
  up: PeriodLink;
  months?: (PeriodLink & { count: number })[];
}

/** The first crumb of every trail. */
export function homeCrumb(kit: PageKit, lang?: string): Crumb {
  return { name: kit.t('nav.home', {}, lang), url: kit.routes.list([]).url };
}

/** Home, the archive overview, then the year, month and day above (and including) a bucket. */
export function dateCrumbs(kit: PageKit, bucket: DateBucket): Crumb[] {
  const { index } = kit;
  const parts = bucket.key.split('/');
  const trail: Crumb[] = [homeCrumb(kit), { name: kit.t('archive.heading'), url: kit.routes.archive().url }];
  // Years and months are few; the bucket itself ends the trail.
  const above = [index.years, index.months];
  for (let depth = 1; depth < parts.length; depth++) {
    const key = parts.slice(0, depth).join('/');
    const found = above[depth - 1]!.find((b) => b.key === key);
    if (found) trail.push({ name: kit.periodLabel(found), url: found.url });
  }
  trail.push({ name: kit.periodLabel(bucket), url: bucket.url });
  return trail;
}

/** Home, the index of sections, tags or authors, then the term's own page. */
export function termCrumbs(kit: PageKit, set: TermSet, term: { name: string; url: string }): Crumb[] {
  return [homeCrumb(kit), { name: kit.t(`terms.${set.kind}`), url: termIndexUrl(kit, set) }, { name: term.name, url: term.url }];
}

/** Site URL of the page listing every section, tag or author. */
export function termIndexUrl(kit: PageKit, set: TermSet): string {
  return kit.routes.termIndex(set.kind).url;
}

/** Navigation of the bucket at `at` among its neighbours of the same length (years, months or days, oldest first). */
export function periodNav(kit: PageKit, list: DateBucket[], at: number): PeriodNav {
  const { index } = kit;
  const bucket = list[at]!;
  const depth = bucket.key.split('/').length;
  const link = (b: DateBucket | undefined) => (b ? { label: kit.periodLabel(b), url: b.url } : undefined);
  const parentKey = bucket.key.split('/').slice(0, -1).join('/');
  const parent = depth > 1 ? [index.years, index.months][depth - 2]!.find((b) => b.key === parentKey) : undefined;
  const nav: PeriodNav = { up: link(parent) ?? { label: kit.t('archive.heading'), url: kit.routes.archive().url } };
  const older = link(list[at - 1]);
  const newer = link(list[at + 1]);
  if (older) nav.older = older;
  if (newer) nav.newer = newer;
  if (depth === 1) {
    nav.months = index.months
      .filter((m) => m.key.startsWith(`${bucket.key}/`))
      .map((m) => ({ label: kit.periodLabel(m), url: m.url, count: m.articles.length }));
  }
  return nav;
}
