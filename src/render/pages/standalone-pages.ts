// Standalone pages (pages/about.md): rendered through the site's Markdown pipeline here, in the
// main thread (a site has a handful), each with its own template, keyed by its whole context.
import type { ResolvedConfig } from '../../config/index.js';
import type { Menus } from '../../data/index.js';
import { createProblem } from '../../errors/index.js';
import type { SitePage } from '../../pages/index.js';
import { extensionSource, loadExtensions } from '../extensions/index.js';
import { checkBody } from '../jobs/check-body.js';
import type { PlannedJob } from '../jobs/job-types.js';
import type { PageKeys } from '../page-keys.js';
import { plannedFromContext } from './list-pages.js';
import type { PageKit } from './page-kit.js';
import { feedLinks } from './site-context.js';
import type { TemplateContexts } from './template-contexts.js';

/** One planned page per standalone page; their bodies are rendered now, so a bad one fails here, naming its file. */
export async function standalonePageJobs(kit: PageKit, keys: PageKeys, pages: readonly SitePage[]): Promise<PlannedJob[]> {
  if (!pages.length) return [];
  const { config } = kit;
  const { createMarkdownRenderer } = await import('../markdown/create-markdown-renderer.js');
  const ext = await loadExtensions(extensionSource(config));
  const markdown = createMarkdownRenderer({
    sanitize: config.sanitize,
    plugins: { remark: ext.remarkPlugins, rehype: ext.rehypePlugins },
  });
  return pages.map((p) => {
    // The same bounds as article bodies (config `limits`), checked before the parser sees the text.
    const text = checkBody(Buffer.from(p.body), { file: p.shown, offset: 0, hash: '', line: p.bodyLine }, config.limits);
    let body: string;
    try {
      body = markdown.render(text);
    } catch (cause) {
      const plugin =
        (cause as { name?: string; plugin?: string }).name === 'PluginFailure' ? (cause as { plugin: string }).plugin : undefined;
      const reason = (cause as Error).message;
      const extra = { location: { file: p.path, line: p.bodyLine }, cause };
      throw plugin
        ? createProblem('PLUGIN_FAILED', { kind: 'page', plugin, file: p.shown, reason }, extra)
        : createProblem('MARKDOWN_ERROR', { kind: 'page', file: p.shown, reason }, extra);
    }
    const context = {
      page: {
        title: p.title,
        titleSuffix: true,
        lang: config.language,
        canonical: kit.absolute(p.url),
        ...(p.description ? { description: p.description } : {}),
        feeds: feedLinks(kit, p.title),
      },
      content: { title: p.title, body, url: p.url, file: p.file },
    } satisfies TemplateContexts['page'];
    return { ...plannedFromContext({ kind: 'page', path: p.outPath, template: p.template, context }, keys), source: p.path };
  });
}

/** A menu link to a page file the site does not have is an error, not a dead link. */
export function checkMenuPages(menus: Menus, pages: readonly SitePage[], config: ResolvedConfig): void {
  const known = new Set(pages.map((p) => p.file));
  for (const item of [...menus.header, ...menus.footer]) {
    if ('page' in item && !known.has(item.page)) {
      const data = { kind: 'menu-page', label: item.label, page: item.page, pagesDir: config.pagesDir } as const;
      throw createProblem('DATA_INVALID', data, { location: { file: config.configFile ?? config.dataDir } });
    }
  }
}
