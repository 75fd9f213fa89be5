// 404.html at the root of the output folder, where static hosts (Netlify, Cloudflare Pages,
// GitHub Pages, S3 error documents) look for it. It is served at any missing address, so every
// link on it is a site path from the root, never relative.
import { SITE_FILES } from '../../index/routes.js';
import type { PageJob } from '../jobs/job-types.js';
import type { PageKit } from './page-kit.js';
import { feedLinks } from './site-context.js';

/** Output path of the not-found page. */
export const NOT_FOUND_PATH = SITE_FILES.notFound;

/** How many of the newest stories the page suggests. */
const LATEST = 5;

/** The page a host shows for a missing address: what happened, a search box and the newest stories. */
export function notFoundPageJob(kit: PageKit): Omit<PageJob, 'inputKey'> {
  const { config } = kit;
  // A language's own 404 (km/404.html) suggests its own stories; hosts that look for the
  // nearest 404.html up the tree (Cloudflare Pages, Vercel) serve it under /km/.
  const newest = [...kit.language.articles].reverse().slice(0, LATEST);
  return {
    kind: 'page',
    path: kit.routes.notFound(),
    template: '404',
    context: {
      page: { title: kit.t('notFound.heading'), titleSuffix: true, lang: config.language, noindex: true, feeds: feedLinks(kit, '') },
      notFound: {
        searchUrl: config.search === 'none' ? undefined : kit.routes.search().url,
        latest: newest.map((i) => kit.item(i, 'none')),
      },
    },
  };
}
