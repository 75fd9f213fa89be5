// A thin layer over Pagefind's Node API (which runs Pagefind's own binary as a service): one
// service per build, one index per search bundle.
import type { PagefindIndex } from 'pagefind';

export interface PagefindIndexSession {
  add(url: string, html: string): Promise<void>;
  /** The finished index: paths relative to the bundle folder, with their bytes. */
  files(): Promise<{ path: string; content: Uint8Array }[]>;
  /** Free the index in Pagefind's process (it holds every page added until then). */
  close(): Promise<void>;
}

export interface PagefindService {
  /** A new index whose pages are all indexed in `language` (a primary subtag), so one bundle has one language. */
  open(language: string): Promise<PagefindIndexSession>;
  close(): Promise<void>;
}

/** Start Pagefind's service; it is imported only when a bundle must be (re)built. */
export async function startPagefind(): Promise<PagefindService> {
  const pagefind = await import('pagefind');
  const open: PagefindIndex[] = [];
  return {
    async open(language) {
      const created = await pagefind.createIndex({ forceLanguage: language });
      if (!created.index) throw new Error(created.errors.join('; ') || 'no index was created');
      const index: PagefindIndex = created.index;
      open.push(index);
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
          const at = open.indexOf(index);
          if (at < 0) return;
          open.splice(at, 1);
          await index.deleteIndex();
        },
      };
    },
    async close() {
      for (const index of open) await index.deleteIndex();
      await pagefind.close();
    },
  };
}
