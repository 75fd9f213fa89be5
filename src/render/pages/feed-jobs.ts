import type { Route } from '../../index/routes.js';
import { sortedTerms } from '../../index/terms.js';
import type { FeedJob, PlannedJob } from '../jobs/job-types.js';
import type { PageKeys } from '../page-keys.js';
import type { PageKit } from './page-kit.js';

type Job = Omit<FeedJob, 'inputKey'>;

/** RSS, Atom and JSON Feed for the whole site and for every section, tag and author. */
export function* feedJobs(kit: PageKit, keys: PageKeys): Generator<PlannedJob> {
  const { index, config } = kit;
  // The articles of the kit's language (all of them on a one-language site).
  const newestFirst = [...kit.language.articles].reverse();
  yield planFeed(
    kit,
    keys,
    kit.routes.list([]),
    config.title,
    config.description || kit.t('list.latestFrom', { publication: config.publication }),
    newestFirst,
  );
  for (const set of [index.sections, index.tags, index.authors]) {
    for (const term of sortedTerms(set)) {
      yield planFeed(
        kit,
        keys,
        kit.routes.term(set.kind, term.slug),
        `${config.title}: ${term.name}`,
        `${kit.t(`list.kicker.${set.kind}`)} ${term.name}`,
        term.articles,
      );
    }
  }
}

/** The feeds of one list, in the folder of its page 1 (`list`). */
function planFeed(kit: PageKit, keys: PageKeys, list: Route, title: string, description: string, articles: number[]): PlannedJob {
  const ids = articles.slice(0, kit.config.feed.items);
  const feeds = kit.routes.feeds(list);
  const inputKey = keys.feed([list.url, title, description], ids, kit.config.feed.content === 'full');
  return {
    paths: [feeds.rss.outPath, feeds.atom.outPath, feeds.json.outPath],
    inputKey,
    make: () => ({ ...feedJob(kit, list, title, description, ids), inputKey }),
  };
}

function feedJob(kit: PageKit, list: Route, title: string, description: string, ids: number[]): Job {
  const feeds = kit.routes.feeds(list);
  const { index, config } = kit;
  const full = config.feed.content === 'full';
  const items = ids.map((i) => {
    const a = index.articles[i]!;
    const lang = a.lang ?? config.language;
    const section = a.sectionTerm === undefined ? undefined : index.sections.terms[a.sectionTerm]!.name;
    return {
      url: kit.absolute(a.url),
      title: a.title,
      lang,
      ...(a.summary ? { summary: a.summary } : {}),
      published: a.date,
      modified: a.modified,
      authors: a.authorTerms.map((t) => ({ name: index.authors.terms[t]!.name, url: kit.absolute(index.authors.terms[t]!.url) })),
      categories: section ? [section, ...a.tags] : [...a.tags],
      ...(a.photo ? { image: kit.absolute(kit.assetUrl(a.photo.src)) } : {}),
      corrections: a.corrections.map((c) => ({ ...c, label: kit.t('feed.correction', { date: kit.dateText(c.date, lang) }, lang) })),
      ...(full ? { body: kit.body(a) } : {}),
    };
  });
  return {
    kind: 'feed',
    paths: { rss: feeds.rss.outPath, atom: feeds.atom.outPath, json: feeds.json.outPath },
    channel: {
      title,
      description,
      homeUrl: kit.absolute(list.url),
      feedUrls: { rss: kit.absolute(feeds.rss.url), atom: kit.absolute(feeds.atom.url), json: kit.absolute(feeds.json.url) },
      language: config.language,
      timeZone: config.timeZone,
      updated: items.reduce((m, it) => Math.max(m, it.modified), 0),
      items,
    },
  };
}
