// broadsheet check: every problem of the archive in one run, as the build would meet them and
// more (broken links, missing images, missing alt text), without touching the output folder.
import type { ResolvedConfig } from '../config/index.js';
import type { BroadsheetError } from '../errors/index.js';
import { authorNames, loadSiteData } from '../data/index.js';
import { indexSite } from '../index/index.js';
import { loadArticles } from '../load/index.js';
import { checkTranslations } from '../render/i18n/index.js';
import { createReferenceResolver } from '../render/markdown/migrate/site-references.js';
import type { Instant } from '../types.js';
import { checkArticleReferences } from './article-references.js';
import { createBodyLossChecker } from './body-losses.js';
import { createLocator } from './locate.js';
import { plannedOutputs } from './planned-outputs.js';

export interface CheckResult {
  /** Errors and warnings, sorted by file, line and column. */
  problems: BroadsheetError[];
  /** Articles read (valid or not) and published articles checked. */
  files: number;
  checked: number;
}

/** Check the archive as a build with the same config would publish it. */
export async function checkSite(config: ResolvedConfig, now: Instant): Promise<CheckResult> {
  // What loading warns about (an empty file, bytes that are not UTF-8) is listed with the rest.
  const loadWarnings: BroadsheetError[] = [];
  const loaded = await loadArticles(config, { warn: (w) => loadWarnings.push(w) });
  // As build does: author ids become the names of data/authors.*.
  const data = loadSiteData(config.dataDir, config.menus);
  if (data.authors.size) loaded.articles = loaded.articles.map((a) => ({ ...a, authors: authorNames(a.authors, data.authors) }));
  // What indexing warns about (merged terms, a duplicate translation, a post at its old address) too, as build reports it.
  const indexWarnings: BroadsheetError[] = [];
  const { index, errors: indexErrors } = indexSite(
    { articles: loaded.articles, assets: loaded.assets, now, warn: (w) => indexWarnings.push(w) },
    config,
  );
  const problems: BroadsheetError[] = [...loadWarnings, ...loaded.errors, ...indexErrors, ...indexWarnings];
  // The index already named articles that share a URL; their page clash would say it again.
  const sharedUrl = new Set(indexErrors.filter((e) => e.code === 'DUPLICATE_URL').map((e) => e.location?.file));
  const outputs = await plannedOutputs(
    index,
    config,
    now,
    (p) => {
      if (!(p.code === 'DUPLICATE_URL' && !p.location?.key && sharedUrl.has(p.location?.file))) problems.push(p);
    },
    loaded.pages,
  );
  const references = createReferenceResolver(index, config);
  const bodyLosses = await createBodyLossChecker(config);
  for (const article of index.articles) problems.push(...checkArticleReferences(article, { config, outputs, references, bodyLosses }));
  problems.push(...checkTranslations(config));
  const locate = createLocator(config.contentDir, loaded.articles);
  return {
    problems: problems.map(locate).sort(byPlace),
    files: loaded.articles.length + new Set(loaded.errors.map((e) => e.location?.file)).size,
    checked: index.articles.length,
  };
}

function byPlace(a: BroadsheetError, b: BroadsheetError): number {
  const fa = a.location?.file ?? '';
  const fb = b.location?.file ?? '';
  if (fa !== fb) return fa < fb ? -1 : 1;
  return (
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}
