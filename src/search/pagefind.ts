// A thin session over Pagefind's Node API (which runs Pagefind's own binary as a service).
import type { PagefindIndex } from 'pagefind';

export interface PagefindSession {
  add(url: string, html: string): Promise<void>;
  /** The finished index: paths relative to the bundle folder, with their bytes. */
  files(): Promise<{ path: string; content: Uint8Array }[]>;
  close(): Promise<void>;
}

/** Start a Pagefind index with one language for the whole archive, so one search page finds every article. */
export async function openPagefind(language: string): Promise<PagefindSession> {
  const pagefind = await import('pagefind');
  const created = await pagefind.createIndex({ forceLanguage: language.split('-')[0]!.toLowerCase() });
  if (!created.index) throw new Error(created.errors.join('; ') || 'no index was created');
  const index: PagefindIndex = created.index;
  return {
    async add(url, content) {
      const r = await index.addHTMLFile({ url, content });
      if (r.errors.length) throw new Error(`${url}: ${r.errors.join('; ')}`);
    },
    async files() {
      const r = await index.getFiles();
      if (r.errors.length) throw new Error(r.errors.join('; '));
      return r.files.map((f) => ({ path: f.path.replace(/\\/g, '/').replace(/^\/+/, ''), content: f.content }));
    },
    async close() {
      await index.deleteIndex();
      await pagefind.close();
    },
  };
}
