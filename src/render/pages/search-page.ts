import { PAGEFIND_DIR } from '../../index/routes.js';
import { BUNDLES_FILE } from '../../search/bundles-script.js';
import type { PageJob } from '../jobs/job-types.js';
import type { PageKit } from './page-kit.js';
import type { TemplateContexts } from './template-contexts.js';

const ENGINES = {
  duckduckgo: { name: 'DuckDuckGo', action: 'https://duckduckgo.com/', queryParam: 'q', siteParam: 'sites' },
  google: { name: 'Google', action: 'https://www.google.com/search', queryParam: 'q', siteParam: 'as_sitesearch' },
} as const;

/**
 * The search page: Pagefind's UI, loaded by a small script, over a plain form that works
 * without JavaScript (sent to a web search engine, limited to this site) and browse links.
 */
export function searchPageJob(kit: PageKit, scriptUrl: string): Omit<PageJob, 'inputKey'> | undefined {
  const { config } = kit;
  if (config.search === 'none') return undefined;
  const { url, outPath } = kit.routes.search();
  const site = new URL(config.siteUrl);
  const engine = config.searchFallback === 'none' ? undefined : ENGINES[config.searchFallback];
  const bundle = kit.routes.file(`${PAGEFIND_DIR}/`);
  return {
    kind: 'page',
    path: outPath,
    template: 'search',
    context: {
      page: {
        title: kit.t('search.heading'),
        titleSuffix: true,
        description: `Search the archive of ${config.publication}, or browse it by date, section, tag or author.`,
        lang: config.language,
        canonical: kit.absolute(url),
        // The theme's search.css after Pagefind's, so its rules win; only this page needs them.
        stylesheets: [`${bundle}pagefind-ui.css`, ...(kit.themeAsset('search.css') ? [kit.themeAsset('search.css')!] : [])],
        // The bundle list and the query's word marking come with the index (src/search/bundles-script.ts).
        scripts: [`${bundle}pagefind-ui.js`, `${bundle}${BUNDLES_FILE}`, scriptUrl],
      },
      search: {
        bundle,
        fallback: engine
          ? {
              action: engine.action,
              engineName: engine.name,
              queryParam: engine.queryParam,
              hidden: [{ name: engine.siteParam, value: `${site.host}${config.basePath}` }],
            }
          : undefined,
        sectionsUrl: kit.routes.termIndex('section').url,
        tagsUrl: kit.routes.termIndex('tag').url,
        authorsUrl: kit.routes.termIndex('author').url,
      },
    } satisfies TemplateContexts['search'],
  };
}
