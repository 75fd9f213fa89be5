import { sortedTerms } from '../../index/terms.js';
import type { FeedJob, PlannedJob } from '../jobs/job-types.js';
import type { PageKeys } from '../page-keys.js';
import type { PageKit } from './page-kit.js';

type Job = Omit<FeedJob, 'inputKey'>;

/** RSS, Atom and JSON Feed for the whole site and for every section, tag and author. */
export function* feedJobs(kit: PageKit, keys: PageKeys): Generator<PlannedJob> {
  const { index, config } = kit;
  const newestFirst = index.articles.map((_, i) => index.articles.length - 1 - i);
  yield planFeed(kit, keys, kit.sitePath('/'), config.title, config.description || `Latest from ${config.publication}`, newestFirst);
  const labels = { section: 'Section', tag: 'Tag', author: 'Author' } as const;
  for (const set of [index.sections, index.tags, index.authors]) {
    for (const term of sortedTerms(set)) {
      yield planFeed(kit, keys, term.url, `${config.title}: ${term.name}`, `${labels[set.kind]} ${term.name}`, term.articles);
    }
  }
}

function planFeed(kit: PageKit, keys: PageKeys, base: string, title: string, description: string, articles: number[]): PlannedJob {
  const ids = articles.slice(0, kit.config.feed.items);
  const dir = decodeURI(base).slice(kit.config.basePath.length + 1);
  const paths = { rss: `${dir}index.xml`, atom: `${dir}atom.xml`, json: `${dir}feed.json` };
  const inputKey = keys.feed([base, title, description], ids, kit.config.feed.content === 'full');
  return {
    paths: [paths.rss, paths.atom, paths.json],
    inputKey,
    make: () => ({ ...feedJob(kit, base, title, description, ids, paths), inputKey }),
  };
}

function feedJob(kit: PageKit, base: string, title: string, description: string, ids: number[], paths: FeedJob['paths']): Job {
  const { index, config } = kit;
  const full = config.feed.content === 'full';
  const items = ids.map((i) => {
    const a = index.articles[i]!;
    const section = a.sectionTerm === undefined ? undefined : index.sections.terms[a.sectionTerm]!.name;
    return {
      url: kit.absolute(a.url),
      title: a.title,
      ...(a.summary ? { summary: a.summary } : {}),
      published: a.date,
      modified: a.modified,
      authors: a.authorTerms.map((t) => ({ name: index.authors.terms[t]!.name, url: kit.absolute(index.authors.terms[t]!.url) })),
      categories: section ? [section, ...a.tags] : [...a.tags],
      ...(a.photo ? { image: kit.absolute(kit.assetUrl(a.photo.src)) } : {}),
      corrections: a.corrections,
      ...(full ? { body: { file: a.file, offset: a.bodyOffset, hash: a.bodyHash, line: a.bodyLine } } : {}),
    };
  });
  return {
    kind: 'feed',
    paths,
    channel: {
      title,
      description,
      homeUrl: kit.absolute(base),
      feedUrls: { rss: kit.absolute(`${base}index.xml`), atom: kit.absolute(`${base}atom.xml`), json: kit.absolute(`${base}feed.json`) },
      language: config.language,
      timeZone: config.timeZone,
      updated: items.reduce((m, it) => Math.max(m, it.modified), 0),
      items,
    },
  };
}
