import type { Options as Schema } from 'rehype-sanitize';
import rehypeStringify, { type Options as StringifyOptions } from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { markdownFingerprint } from './fingerprint-inputs.js';
import { needsGfm } from './needs-gfm.js';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.js';
import rehypeTableAlign from './rehype-table-align.js';
import type { Removal } from './removed-html.js';
import { createArticleSchema, type SanitizeOptions } from './sanitize-schema.js';

export interface MarkdownRenderer {
  /** Markdown body -> HTML fragment. */
  render(markdown: string): string;
  /** The same HTML, and every element or attribute the sanitiser removed on the way. */
  renderReporting(markdown: string): { html: string; removed: Removal[] };
  /** Changes whenever output could change: package versions of every unified piece used, this folder's code, options. Used in cache keys. */
  readonly fingerprint: string;
}

export interface MarkdownOptions {
  /** 'auto' (default) skips remark-gfm for bodies that provably use none of it; the HTML is the same as 'always'. */
  gfm?: 'auto' | 'always' | 'never';
  /** The site's additions to the sanitiser's allowlist. */
  sanitize?: SanitizeOptions;
}

// Text keeps its characters: curly quotes, U+00A0 and Khmer are written as
// themselves (the page is UTF-8); only `&`, `<` and `"` in attributes are
// escaped, with the names a reader of the HTML knows (&amp; rather than &#x26;).
const STRINGIFY: StringifyOptions = { characterReferences: { useNamedReferences: true } };

/** Builds the Markdown-to-HTML pipeline once, to be reused for every body. */
export function createMarkdownRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  const gfm = options.gfm ?? 'auto';
  const schema = createArticleSchema(options.sanitize);
  // Rendering is synchronous, so one sink per renderer collects the removals of the body at hand.
  let sink: Removal[] = [];
  const onRemoved = (removed: Removal[]) => sink.push(...removed);
  const withGfm = buildProcessor(true, schema, onRemoved);
  const withoutGfm = buildProcessor(false, schema, onRemoved);
  let fingerprint: string | undefined;
  const renderReporting = (markdown: string) => {
    const useGfm = gfm === 'always' || (gfm === 'auto' && needsGfm(markdown));
    const processor = useGfm ? withGfm : withoutGfm;
    sink = [];
    const html = processor.stringify(processor.runSync(processor.parse(markdown)));
    return { html, removed: sink };
  };

  return {
    render: (markdown) => renderReporting(markdown).html,
    renderReporting,
    get fingerprint() {
      // Computed on first use: it reads ~100 package.json files, which workers that
      // only render never need.
      fingerprint ??= markdownFingerprint(gfm, options.sanitize);
      return fingerprint;
    },
  };
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
