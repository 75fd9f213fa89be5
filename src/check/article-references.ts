// Check one article's links, images and photo against the files the site will have.
import type { ResolvedConfig } from '../config/index.js';
import { createProblem, type BroadsheetError, type WordingData } from '../errors/index.js';
import { readArticleBody } from '../load/index.js';
import { lineOfKeyInArticle } from '../load/key-line.js';
import { convertMigratedSyntax, type ResolveReference } from '../render/markdown/migrate/index.js';
import type { IndexedArticle } from '../types.js';
import type { CheckBodyLosses } from './body-losses.js';
import { findBodyReferences } from './body-references.js';
import { resolveLink, siteServes } from './site-paths.js';

export interface ReferenceContext {
  config: ResolvedConfig;
  outputs: ReadonlySet<string>;
  /** Answers what migrated template syntax refers to, as the build does (markdown/migrate/site-references.ts). */
  references?: (article: IndexedArticle) => ResolveReference;
  /** What rendering the body loses, as build reports it (body-losses.ts). */
  bodyLosses: CheckBodyLosses;
}

/** Broken links, missing images and missing alt text in an article's body and photo. */
export function checkArticleReferences(article: IndexedArticle, ctx: ReferenceContext): BroadsheetError[] {
  const problems: BroadsheetError[] = [];
  const bytes = readArticleFile(ctx.config.contentDir, article.file);
  if (article.photo) {
    const line = lineOfKeyInArticle(bytes.toString('utf8', 0, article.bodyOffset), 'photo', article.bodyLine) ?? 1;
    const at = { file: article.file, line, column: 1 };
    // A site path in "photo" is under the base path, as the article page writes it.
    const src = /^\/(?!\/)/.test(article.photo.src) ? `${ctx.config.basePath}${article.photo.src}` : article.photo.src;
    const missing = missingTarget('image', src, article.url, ctx);
    if (missing) problems.push(createProblem('IMAGE_MISSING', missing(article.photo.src), { location: at }));
    if (!article.photo.alt) problems.push(createProblem('ALT_TEXT_MISSING', { kind: 'photo' }, { location: at, severity: 'warning' }));
  }
  // Links and images as the build publishes them: {% post_url %} and {{< figure >}} converted first.
  const resolve = ctx.references?.(article) ?? (() => undefined);
  // The answers build hands the renderer: every reference the body makes that resolves.
  const answers: Record<string, string> = {};
  const converted = convertMigratedSyntax(bytes.toString('utf8', article.bodyOffset), (key) => {
    const value = resolve(key);
    if (value !== undefined) answers[key] = value;
    return value;
  });
  problems.push(...ctx.bodyLosses(article, bytes.subarray(article.bodyOffset), answers));
  for (const ref of findBodyReferences(converted.markdown)) {
    const at = { file: article.file, line: article.bodyLine + ref.line - 1, column: ref.column };
    const missing = missingTarget(ref.kind, ref.url, article.url, ctx);
    if (missing) problems.push(createProblem(ref.kind === 'image' ? 'IMAGE_MISSING' : 'LINK_BROKEN', missing(ref.url), { location: at }));
    if (ref.kind === 'image' && !ref.alt?.trim()) {
      problems.push(createProblem('ALT_TEXT_MISSING', { kind: 'image' }, { location: at, severity: 'warning' }));
    }
  }
  return problems;
}

/** The whole file: the photo's line is in the front matter, the links in the body. */
function readArticleFile(contentDir: string, file: string): Buffer {
  return readArticleBody(contentDir, file, 0);
}

type Explain = (url: string) => WordingData<'LINK_BROKEN'>;

/** Undefined when the target exists (or cannot be checked); otherwise what to tell the writer. */
function missingTarget(kind: 'link' | 'image', url: string, pageUrl: string, ctx: ReferenceContext): Explain | undefined {
  const target = resolveLink(url, pageUrl, ctx.config);
  const noun = kind === 'image' ? 'image' : 'link';
  if (target.kind === 'external') return undefined;
  if (target.kind === 'malformed') return (url) => ({ kind: 'malformed', noun, url });
  if (target.kind === 'outside') return (url) => ({ kind: 'outside', noun, url, pathname: target.pathname, basePath: ctx.config.basePath });
  if (siteServes(target.path, ctx.outputs)) return undefined;
  return (url) => ({ kind: 'missing', noun, url, basePath: ctx.config.basePath, path: target.path });
}
