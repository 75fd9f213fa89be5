import { pagePaths } from '../../index/permalinks.js';
import type { PageJob } from '../jobs/job-types.js';
import type { PageKit } from './page-kit.js';

const ENGINES = {
  duckduckgo: { name: 'DuckDuckGo', action: 'https://duckduckgo.com/', queryParam: 'q', siteParam: 'sites' },
  google: { name: 'Google', action: 'https://www.google.com/search', queryParam: 'q', siteParam: 'as_sitesearch' },
} as const;

/** A search page that works without JavaScript: a plain form sent to a web search engine, limited to this site. */
export function searchPageJob(kit: PageKit): Omit<PageJob, 'inputKey'> | undefined {
  const { config } = kit;
  if (config.search === 'none') return undefined;
  const engine = ENGINES[config.search];
  const { url, outPath } = pagePaths(['search'], config);
  const site = new URL(config.siteUrl);
  return {
    kind: 'page',
    path: outPath,
    template: 'search',
    context: {
      page: { title: 'Search', titleSuffix: true, lang: config.language, canonical: kit.absolute(url) },
      search: {
        action: engine.action,
        engineName: engine.name,
        queryParam: engine.queryParam,
        hidden: [{ name: engine.siteParam, value: `${site.host}${config.basePath}` }],
        sectionsUrl: kit.sitePath('/section/'),
        tagsUrl: kit.sitePath('/tags/'),
        authorsUrl: kit.sitePath('/authors/'),
      },
    },
  };
}
