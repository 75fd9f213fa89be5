// Pagefind's own browser script, run in Node against a built site served over HTTP: the bundles
// of broadsheet-bundles.js merged as the search page merges them, the query cut by markWords.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { serveStatic } from './browser.js';

interface Bundle {
  id: string;
  lang: string;
  pages: number;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, o: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { data(): Promise<{ url: string; excerpt: string; meta: { title: string } }> }[] }>;
}

export interface SiteSearch {
  bundles: Bundle[];
  /** URLs of every result, best first, with their excerpts. */
  search(term: string): Promise<{ url: string; excerpt: string; title: string }[]>;
  close(): Promise<void>;
}

let instances = 0;

/** Open the search of the site in `dist`, over the bundles of `langs` (every bundle when omitted). */
export async function openSiteSearch(dist: string, langs?: string[]): Promise<SiteSearch> {
  const script = fs.readFileSync(path.join(dist, 'pagefind/broadsheet-bundles.js'), 'utf8');
  const sandbox = {
    window: {} as { broadsheetSearch?: { bundles: Bundle[]; markWords(t: string, s: string): string; unmarkWords(h: string): string } },
  };
  vm.runInNewContext(script, sandbox);
  const site = sandbox.window.broadsheetSearch!;
  const chosen = site.bundles.filter((b) => !langs || langs.includes(b.lang));
  const server = await serveStatic(dist);
  const base = (b: Bundle) => `${server.origin}/pagefind/${b.id}/`;
  // Each search gets its own module instance (Pagefind keeps its merged indexes in module state).
  const url = `${pathToFileURL(path.join(dist, 'pagefind', chosen[0]!.id, 'pagefind.js')).href}?instance=${++instances}`;
  const pagefind = (await import(url)) as PagefindModule;
  await pagefind.options({ basePath: base(chosen[0]!), baseUrl: '/' });
  for (const b of chosen.slice(1)) await pagefind.mergeIndex(base(b), { baseUrl: '/', language: b.lang });
  return {
    bundles: chosen,
    async search(term) {
      const found = await pagefind.search(site.markWords(term, ' '));
      const data = await Promise.all(found.results.map((r) => r.data()));
      return data.map((d) => ({ url: d.url, excerpt: site.unmarkWords(d.excerpt), title: site.unmarkWords(d.meta.title) }));
    },
    close: () => server.close(),
  };
}
