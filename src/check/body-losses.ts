// What a body loses when the build renders it (HTML the sanitiser removes, template syntax shown
// as text, bodies past the limits), found by check through the same pipeline and limits as build.
import type { ResolvedConfig } from '../config/index.js';
import { isBroadsheetError, type BroadsheetError } from '../errors/index.js';
import { extensionSource, loadExtensions } from '../render/extensions/index.js';
import { checkBody, renderFailure } from '../render/jobs/check-body.js';
import { bodyWarnings } from '../render/markdown/body-warnings.js';
import { createMarkdownRenderer } from '../render/markdown/create-markdown-renderer.js';
import type { IndexedArticle } from '../types.js';

/** The problems of one body: bytes are the body's, answers what its references resolve to (as build gives them). */
export type CheckBodyLosses = (article: IndexedArticle, bytes: Buffer, answers: Record<string, string>) => BroadsheetError[];

/** A checker with the site's sanitiser settings, plugins and limits, loaded once. */
export async function createBodyLossChecker(config: ResolvedConfig): Promise<CheckBodyLosses> {
  const extensions = await loadExtensions(extensionSource(config));
  const renderer = createMarkdownRenderer({
    sanitize: config.sanitize,
    plugins: { remark: extensions.remarkPlugins, rehype: extensions.rehypePlugins },
  });
  const { bodyBytes, nesting, inlineMarks, tableCells } = config.limits;
  const limits = { bodyBytes, nesting, inlineMarks, tableCells };
  return (article, bytes, answers) => {
    const ref = { file: article.file, offset: article.bodyOffset, hash: article.bodyHash, line: article.bodyLine };
    try {
      const markdown = checkBody(bytes, ref, limits);
      return bodyWarnings(article.file, article.bodyLine, renderer.renderReporting(markdown, undefined, answers));
    } catch (cause) {
      // A body build cannot render is the build's error too: named here, never a stack trace.
      return [isBroadsheetError(cause) ? cause : renderFailure(cause, ref)];
    }
  };
}
