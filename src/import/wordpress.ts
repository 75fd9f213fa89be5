// broadsheet import wordpress: a WXR export -> one Markdown file per post in the content folder.
// Two streaming passes: the first gathers what posts refer to (authors, categories and the
// attachments behind featured images and galleries), the second converts and writes the posts.
import { createProblem } from '../errors/index.js';
import { createConvertPool } from './convert-pool.js';
import type { ConvertOptions } from './html-to-markdown.js';
import { createUrlLocaliser } from './rehype-wordpress.js';
import { countItem, createImportReport, increment, type ImportReport, type ItemProblem } from './import-report.js';
import { openImportWriter, type ImportWriter } from './import-writer.js';
import { itemToArticle, plainText, readAttachment, type ImportedArticle, type SiteContext } from './item-to-article.js';
import type { Attachment } from './shortcodes.js';
import { childText, readWxr } from './wxr-reader.js';

export interface WordPressImportOptions {
  /** The export file (.xml). */
  file: string;
  contentDir: string;
  timeZone: string;
  /** Also write drafts, pending and private posts, with draft: true. */
  drafts: boolean;
  /** Also write pages (under pages/), with draft: true. */
  pages: boolean;
  /** Overwrite files changed since the last import. */
  force: boolean;
  /** Point uploads at /wp-content/uploads/ on the new site. */
  localMedia: boolean;
  /** Worker threads converting post HTML; 0 (the default) converts in this thread. */
  threads?: number;
}

/** Posts converted together (in worker threads with --workers), then written in export order. */
const BATCH = 64;

/** Import every post of a WordPress export; returns what was done and what needs a look. */
export async function importWordPress(options: WordPressImportOptions): Promise<ImportReport> {
  const report = createImportReport();
  const { site, urls } = await gatherSite(options, report);
  const pool = await createConvertPool(urls, options.threads);
  const writer = openImportWriter(options.contentDir, { force: options.force });
  // Items skipped with a problem wait in the batch too, so the report lists items in export order.
  let batch: ({ article: ImportedArticle; title: string } | { problem: ItemProblem })[] = [];
  const flush = async () => {
    const articles = batch.filter((b) => 'article' in b);
    const converted = await pool.convert(articles.map((b) => b.article.task));
    let i = 0;
    for (const b of batch) {
      if ('problem' in b) {
        report.problems.push(b.problem);
        continue;
      }
      b.article.body = converted[i]!.markdown;
      b.article.problems.push(...converted[i++]!.problems);
      writeArticle(b.article, b.title, writer, report);
    }
    batch = [];
  };
  try {
    for await (const { node, comments } of readWxr(options.file, { warn: () => undefined })) {
      if (node.name !== 'item') continue;
      report.comments += comments;
      countItem(report, childText(node, 'wp:post_type') || 'post', childText(node, 'wp:status') || 'publish');
      const title = plainText(childText(node, 'title'));
      const result = itemToArticle(node, site);
      if (result.kind === 'skipped') {
        increment(report.skipped, result.reason);
        if (result.problem)
          batch.push({ problem: { id: childText(node, 'wp:post_id'), title, message: `not imported: ${result.problem}` } });
        continue;
      }
      batch.push({ article: result.article, title });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    writer.save();
    await pool.close();
  }
  return report;
}

function writeArticle(article: ImportedArticle, title: string, writer: ImportWriter, report: ImportReport): void {
  const written = writer.write(article);
  report.outcomes[written.outcome]++;
  if (article.zoneMismatch !== undefined) increment(report.zoneMismatches, article.zoneMismatch);
  if (written.renamed) article.problems.push(`its slug "${article.slug}" was taken, so it was written as ${written.file}`);
  for (const message of article.problems) report.problems.push({ id: article.id, title, file: written.file, message });
  if (written.outcome === 'edited' || written.outcome === 'deleted') report.warnings.push(editedWarning(written.file, written.outcome));
}

async function gatherSite(options: WordPressImportOptions, report: ImportReport): Promise<{ site: SiteContext; urls: ConvertOptions }> {
  const authors = new Map<string, string>();
  const categories = new Map<string, string>();
  const attachments = new Map<string, Attachment>();
  const children = new Map<string, Attachment[]>();
  const origins: string[] = [];
  let isWxr = false;
  for await (const { node } of readWxr(options.file, { warn: (w) => report.warnings.push(w) })) {
    if (node.name === 'wp:wxr_version') isWxr = true;
    else if (node.name === 'wp:base_site_url' || node.name === 'wp:base_blog_url' || node.name === 'link') origins.push(node.text.trim());
    else if (node.name === 'wp:author') {
      const login = childText(node, 'wp:author_login');
      authors.set(login, plainText(childText(node, 'wp:author_display_name')) || login);
    } else if (node.name === 'wp:category') {
      categories.set(childText(node, 'wp:term_id'), plainText(childText(node, 'wp:cat_name')));
    } else if (node.name === 'item' && childText(node, 'wp:post_type') === 'attachment') {
      const a = readAttachment(node);
      if (!a) continue;
      attachments.set(a.id, a);
      if (a.parent && a.parent !== '0') {
        if (!children.has(a.parent)) children.set(a.parent, []);
        children.get(a.parent)!.push(a);
      }
    }
  }
  if (!isWxr) {
    throw createProblem('IMPORT_INPUT_INVALID', { kind: 'not-wxr', file: options.file }, { location: { file: options.file } });
  }
  const urls: ConvertOptions = { siteOrigins: origins.filter(Boolean), localMedia: options.localMedia };
  const site: SiteContext = {
    timeZone: options.timeZone,
    authors,
    categories,
    attachments,
    childrenOf: (id) => [...(children.get(id) ?? [])].sort((a, b) => Number(a.id) - Number(b.id)),
    localise: createUrlLocaliser(urls),
    drafts: options.drafts,
    pages: options.pages,
  };
  return { site, urls };
}

function editedWarning(file: string, outcome: 'edited' | 'deleted') {
  return createProblem('IMPORT_FILE_EDITED', { file, outcome }, { location: { file }, severity: 'warning' });
}
