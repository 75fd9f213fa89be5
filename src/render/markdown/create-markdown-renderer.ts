import type { Options as Schema } from 'rehype-sanitize';
import rehypeStringify, { type Options as StringifyOptions } from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { needsGfm } from './needs-gfm.js';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.js';
import rehypeTableAlign from './rehype-table-align.js';
import type { Removal } from './removed-html.js';
import { createArticleSchema, type SanitizeOptions } from './sanitize-schema.js';

export interface MarkdownRenderer {
  /** Markdown body -> HTML fragment. Its cache fingerprint is markdownFingerprint() in fingerprint-inputs.ts. */
  render(markdown: string): string;
  /** The same HTML, and every element or attribute the sanitiser removed on the way. */
  renderReporting(markdown: string): { html: string; removed: Removal[] };
}

export interface MarkdownOptions {
  /** The site's additions to the sanitiser's allowlist. */
  sanitize?: SanitizeOptions;
}

/** The two pipelines the renderer chooses between: with remark-gfm and without, the rest the same. */
export interface MarkdownPipelines {
  withGfm(markdown: string): string;
  withoutGfm(markdown: string): string;
}

// Text keeps its characters: curly quotes, U+00A0 and Khmer are written as
// themselves (the page is UTF-8); only `&`, `<` and `"` in attributes are
// escaped, with the names a reader of the HTML knows (&amp; rather than &#x26;).
const STRINGIFY: StringifyOptions = { characterReferences: { useNamedReferences: true } };

/**
 * Builds the Markdown-to-HTML pipeline once, to be reused for every body. remark-gfm runs only for
 * bodies that may use it (needsGfm): the HTML is the same as with it, which
 * tests/markdown/gfm-equivalence.test.ts proves against the pipelines below.
 */
export function createMarkdownRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  // Rendering is synchronous, so one sink per renderer collects the removals of the body at hand.
  let sink: Removal[] = [];
  const pipelines = createMarkdownPipelines(options, (removed) => sink.push(...removed));
  const renderReporting = (markdown: string) => {
    sink = [];
    const html = needsGfm(markdown) ? pipelines.withGfm(markdown) : pipelines.withoutGfm(markdown);
    return { html, removed: sink };
  };
  return { render: (markdown) => renderReporting(markdown).html, renderReporting };
}

/** Both pipelines of the renderer, built once; onRemoved hears what the sanitiser takes out. */
export function createMarkdownPipelines(
  options: MarkdownOptions = {},
  onRemoved: (removed: Removal[]) => void = () => {},
): MarkdownPipelines {
  const schema = createArticleSchema(options.sanitize);
  const run = (processor: ReturnType<typeof buildProcessor>) => (markdown: string) =>
    processor.stringify(processor.runSync(processor.parse(markdown)));
  return { withGfm: run(buildProcessor(true, schema, onRemoved)), withoutGfm: run(buildProcessor(false, schema, onRemoved)) };
}

function buildProcessor(gfm: boolean, schema: Schema, onRemoved: (removed: Removal[]) => void) {
  const parser = unified().use(remarkParse);
  return (gfm ? parser.use(remarkGfm) : parser)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRawWhenNeeded, { schema, onRemoved })
    .use(rehypeTableAlign)
    .use(rehypeStringify, STRINGIFY)
    .freeze();
}
