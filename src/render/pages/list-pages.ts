import type { AuthorProfile } from '../../data/index.js';
import type { Route } from '../../index/routes.js';
import { sortedTerms } from '../../index/terms.js';
import { breadcrumbJsonLd, type Crumb } from '../metadata/json-ld.js';
import { dateCrumbs, periodNav, termCrumbs, type PeriodNav } from './archive-nav.js';
import { blockContext, frontItems, sectionBlocks, type SectionBlock } from './front-page.js';
import { OWN_ASSETS_DIR } from '../../shared/reserved-paths.js';
import type { DateBucket, Term, TermSet } from '../../types.js';
import type { PageJob, PlannedJob } from '../jobs/job-types.js';
import type { PageKeys } from '../page-keys.js';
import type { PageKit } from './page-kit.js';
import { notFoundPageJob } from './not-found-page.js';
import { authorPage, profilesByName, type AuthorContext } from './author-profile.js';
import { searchPageJob } from './search-page.js';
import { feedLinks } from './site-context.js';
import type { TemplateContexts } from './template-contexts.js';

type Job = Omit<PageJob, 'inputKey'>;

/** Plan a page whose key is the hash of its whole context (for the few one-off pages). */
export function plannedFromContext(job: Job, keys: PageKeys): PlannedJob {
  const inputKey = keys.context(job.template, job.context);
  const url = (job.context.page as { canonical?: string } | undefined)?.canonical;
  return { paths: [job.path], inputKey, ...(url ? { url } : {}), make: () => ({ ...job, inputKey }) };
}

interface ListSpec {
  /** Route of page n (from 1), from kit.routes. */
  page: (n: number) => Route;
  heading: string;
  name: string;
  /** Article indexes, newest first. */
  articles: number[];
  /** Page 1 of the list when it has feeds of its own (in its folder). */
  feeds?: Route;
  titleSuffix?: boolean;
  /** Small label above the heading ("Author", "Tag"). */
  kicker?: string;
  /** Page 1 is a front: lead story, grid, then the list. */
  front?: boolean;
  /** Section blocks under the front (home page only). */
  blocks?: SectionBlock[];
  /** Breadcrumb trail from home to this list; none on the home page. */
  crumbs?: Crumb[];
  /** Date archives: the periods around this one. */
  period?: PeriodNav;
  /** Author pages: every item is by the same person, so bylines are left out. */
  hideBylines?: boolean;
  /** An author page's profile (data/authors.*) and its Person JSON-LD. */
  author?: AuthorContext;
  jsonLd?: string;
}

/** Paginated list pages: exactly perPage per page, page 1 at the base URL, then /page/N/. */
export function* listPageJobs(kit: PageKit, keys: PageKeys, spec: ListSpec): Generator<PlannedJob> {
  const per = kit.config.perPage;
  const total = Math.max(1, Math.ceil(spec.articles.length / per));
  const url = (n: number) => spec.page(n).url;
  for (let n = 1; n <= total; n++) {
    const { url: own, outPath } = spec.page(n);
    const ids = spec.articles.slice((n - 1) * per, n * per);
    // Everything the page shows besides its own items, and the items of its section blocks.
    const blocks = n === 1 ? (spec.blocks ?? []) : [];
    const shown = JSON.stringify([
      spec.kicker,
      spec.front,
      spec.crumbs,
      spec.period,
      spec.hideBylines,
      blocks.map((b) => [b.name, b.url, b.articles.length]),
    ]);
    const parts = [url(1), '', spec.heading, spec.name, spec.feeds?.url ?? '', n, total, spec.articles.length, shown];
    const inputKey = keys.list(parts, [...ids, ...blocks.flatMap((b) => b.articles)]);
    const make = (): PageJob => ({ ...listPageJob(kit, spec, n, total, own, outPath, url, ids), inputKey });
    yield { paths: [outPath], inputKey, url: kit.absolute(own), make };
  }
}

function listPageJob(
  kit: PageKit,
  spec: ListSpec,
  n: number,
  total: number,
  own: string,
  outPath: string,
  url: (n: number) => string,
  ids: number[],
): Job {
  const newer = n > 1 ? url(n - 1) : undefined;
  const older = n < total ? url(n + 1) : undefined;
  const heading = spec.kicker ? `${spec.kicker}: ${spec.heading}` : spec.heading;
  const title = n > 1 ? kit.t('list.titlePage', { heading, n: String(n) }) : heading;
  const front = spec.front && n === 1 ? frontItems(kit, ids) : undefined;
  const items = front ? front.items : ids.map((i) => kit.item(i));
  if (spec.hideBylines) for (const item of [...items, ...(front?.grid ?? [])]) delete item.byline;
  const crumbs = spec.crumbs && n > 1 ? [...spec.crumbs, { name: kit.t('list.crumbPage', { n }), url: own }] : spec.crumbs;
  return {
    kind: 'page',
    path: outPath,
    template: 'list',
    context: {
      page: {
        title,
        titleSuffix: spec.titleSuffix ?? true,
        lang: kit.config.language,
        canonical: kit.absolute(own),
        description: kit.t('list.description', { heading, count: spec.articles.length }),
        prev: newer,
        next: older,
        feeds: feedLinks(kit, spec.name, spec.feeds),
        breadcrumbs: crumbs,
        ...(crumbs || spec.jsonLd
          ? {
              jsonLd:
                (spec.jsonLd ?? '') + (crumbs ? breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: kit.absolute(c.url) }))) : ''),
            }
          : {}),
      },
      list: {
        heading: spec.heading,
        kicker: spec.kicker,
        ...(spec.author ? { author: spec.author } : {}),
        name: spec.name,
        feed: spec.feeds ? kit.routes.feeds(spec.feeds).rss.url : undefined,
        lead: front?.lead,
        grid: front?.grid.length ? front.grid : undefined,
        items,
        blocks: n === 1 && spec.blocks?.length ? blockContext(kit, spec.blocks) : undefined,
        period: spec.period,
        pager: total > 1 ? { current: n, total, newer, older } : undefined,
      },
    } satisfies TemplateContexts['list'],
  };
}

/** Home page, then one paginated list per section, tag and author, and an index of each. */
export function* navigationPageJobs(
  kit: PageKit,
  keys: PageKeys,
  profiles: ReadonlyMap<string, AuthorProfile> = new Map(),
): Generator<PlannedJob> {
  const { index } = kit;
  const byName = profilesByName(profiles);
  // The articles of the kit's language (all of them on a one-language site).
  const newestFirst = [...kit.language.articles].reverse();
  const home = {
    page: (n: number) => kit.routes.list([], n),
    heading: kit.t('list.latest'),
    name: kit.config.title,
    articles: newestFirst,
    titleSuffix: true,
  };
  yield* listPageJobs(kit, keys, { ...home, front: true, blocks: sectionBlocks(kit) });
  for (const set of [index.sections, index.tags, index.authors]) {
    for (const term of sortedTerms(set)) {
      const profile = set.kind === 'author' ? authorPage(kit, term, byName.get(term.name)) : undefined;
      yield* listPageJobs(kit, keys, { ...termSpec(kit, set, term), ...profile });
    }
    yield plannedFromContext(termIndexJob(kit, set), keys);
  }
  const search = searchPageJob(kit, kit.themeAsset('search.js') ?? kit.routes.file(`${OWN_ASSETS_DIR}/search.js`));
  if (search) yield plannedFromContext(search, keys);
  yield plannedFromContext(notFoundPageJob(kit), keys);
}

function termSpec(kit: PageKit, set: TermSet, term: Term): ListSpec {
  return {
    page: (n) => kit.routes.term(set.kind, term.slug, n),
    heading: term.name,
    kicker: kit.t(`list.kicker.${set.kind}`),
    name: term.name,
    articles: term.articles,
    feeds: kit.routes.term(set.kind, term.slug),
    front: set.kind === 'section',
    crumbs: termCrumbs(kit, set, term),
    hideBylines: set.kind === 'author',
  };
}

function termIndexJob(kit: PageKit, set: TermSet): Job {
  const { url, outPath } = kit.routes.termIndex(set.kind);
  const heading = kit.t(`terms.${set.kind}`);
  return {
    kind: 'page',
    path: outPath,
    template: 'terms',
    context: {
      page: { title: heading, titleSuffix: true, lang: kit.config.language, canonical: kit.absolute(url), feeds: feedLinks(kit, heading) },
      terms: {
        heading,
        items: sortedTerms(set).map((t) => ({ name: t.name, url: t.url, count: t.articles.length })),
      },
    } satisfies TemplateContexts['terms'],
  };
}

/** /YYYY/, /YYYY/MM/, /YYYY/MM/DD/ pages (each a fixed period, so old ones never change) and /archive/. */
export function* dateArchivePageJobs(kit: PageKit, keys: PageKeys): Generator<PlannedJob> {
  const { index } = kit;
  const archive = kit.t('archive.heading');
  const buckets: [DateBucket[], string][] = [
    [index.years, kit.t('list.kicker.archive')],
    [index.months, kit.t('list.kicker.archive')],
    [index.days, kit.t('list.kicker.archive')],
  ];
  for (const [list, prefix] of buckets) {
    for (let at = 0; at < list.length; at++) {
      const b = list[at]!;
      yield* listPageJobs(kit, keys, {
        page: (n) => kit.routes.date(b.key, n),
        heading: kit.periodLabel(b),
        kicker: prefix,
        name: kit.periodLabel(b),
        articles: b.articles,
        crumbs: dateCrumbs(kit, b),
        period: periodNav(kit, list, at),
      });
    }
  }
  const { url, outPath } = kit.routes.archive();
  const monthsByYear = new Map<string, DateBucket[]>();
  for (const m of index.months) {
    const y = m.key.slice(0, 4);
    monthsByYear.set(y, [...(monthsByYear.get(y) ?? []), m]);
  }
  yield plannedFromContext(
    {
      kind: 'page',
      path: outPath,
      template: 'archive',
      context: {
        page: {
          title: archive,
          titleSuffix: true,
          lang: kit.config.language,
          canonical: kit.absolute(url),
          feeds: feedLinks(kit, archive),
        },
        archive: {
          heading: archive,
          years: [...index.years].reverse().map((y) => ({
            label: kit.periodLabel(y),
            url: y.url,
            count: y.articles.length,
            months: [...(monthsByYear.get(y.key) ?? [])]
              .reverse()
              .map((m) => ({ label: kit.periodLabel(m), url: m.url, count: m.articles.length })),
          })),
        },
      } satisfies TemplateContexts['archive'],
    },
    keys,
  );
}
