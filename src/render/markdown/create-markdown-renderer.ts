import type { Options as Schema } from 'rehype-sanitize';
import rehypeStringify, { type Options as StringifyOptions } from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor, type Transformer } from 'unified';
import type { Node } from 'unist';
import type { LoadedPlugin } from '../extensions/index.js';
import { convertMigratedSyntax } from './migrate/convert-migrated.js';
import remarkBlockIds from './migrate/remark-block-ids.js';
import type { BlockAttributes, SyntaxNote } from './migrate/types.js';
import { needsGfm } from './needs-gfm.js';
import rehypeBodyPhotos, { type BodyPhoto } from './rehype-body-photos.js';
import rehypeHighlightCode from './rehype-highlight-code.js';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.js';
import rehypeTableAlign from './rehype-table-align.js';
import type { Removal } from './removed-html.js';
import { createArticleSchema, type SanitizeOptions } from './sanitize-schema.js';

/** What a body refers to on the site, answered ahead of rendering (see migrate/site-references.ts). */
export type BodyReferenceAnswers = Readonly<Record<string, string>>;

export interface RenderedBody {
  html: string;
  /** Every element or attribute the sanitiser removed. */
  removed: Removal[];
  /** Template syntax of other generators that was shown as text or removed (migrate/). */
  notes: SyntaxNote[];
}

export interface MarkdownRenderer {
  /** Markdown body -> HTML fragment. Its cache fingerprint is markdownFingerprint() in fingerprint-inputs.ts. */
  render(markdown: string, photos?: readonly BodyPhoto[], references?: BodyReferenceAnswers): string;
  /** The same HTML and what was lost on the way; photos: renditions of its local images; references: see BodyReferenceAnswers. */
  renderReporting(markdown: string, photos?: readonly BodyPhoto[], references?: BodyReferenceAnswers): RenderedBody;
}

export interface MarkdownOptions {
  /** The site's additions to the sanitiser's allowlist. */
  sanitize?: SanitizeOptions;
  /** The site's unified plugins: remark ones after parsing, rehype ones before the sanitiser, which always runs last. */
  plugins?: { remark: readonly LoadedPlugin[]; rehype: readonly LoadedPlugin[] };
}

/** The two pipelines the renderer chooses between: with remark-gfm and without, the rest the same. */
export interface MarkdownPipelines {
  withGfm(markdown: string, photos?: readonly BodyPhoto[], attributes?: readonly BlockAttributes[]): string;
  withoutGfm(markdown: string, photos?: readonly BodyPhoto[], attributes?: readonly BlockAttributes[]): string;
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
  const renderReporting = (markdown: string, photos?: readonly BodyPhoto[], references: BodyReferenceAnswers = {}): RenderedBody => {
    sink = [];
    // Migrated template syntax is converted first, so Markdown never sees a {% highlight %} block as prose.
    const converted = convertMigratedSyntax(markdown, (key) => (Object.hasOwn(references, key) ? references[key] : undefined));
    const text = converted.markdown;
    const pipeline = needsGfm(text) ? pipelines.withGfm : pipelines.withoutGfm;
    const html = pipeline(text, photos, converted.attributes);
    return { html, removed: sink, notes: converted.notes };
  };
  return { render: (markdown, photos, references) => renderReporting(markdown, photos, references).html, renderReporting };
}

/** Both pipelines of the renderer, built once; onRemoved hears what the sanitiser takes out. */
export function createMarkdownPipelines(
  options: MarkdownOptions = {},
  onRemoved: (removed: Removal[]) => void = () => {},
): MarkdownPipelines {
  const schema = createArticleSchema(options.sanitize);
  const plugins = options.plugins ?? { remark: [], rehype: [] };
  // The body's photos travel in the file's data: the processor is built once for every body.
  const run =
    (processor: ReturnType<typeof buildProcessor>) =>
    (markdown: string, photos: readonly BodyPhoto[] = [], blockAttributes: readonly BlockAttributes[] = []) => {
      const file = { value: markdown, data: { bodyPhotos: photos, blockAttributes } };
      return String(processor.stringify(processor.runSync(processor.parse(markdown), file)));
    };
  return {
    withGfm: run(buildProcessor(true, schema, plugins, onRemoved)),
    withoutGfm: run(buildProcessor(false, schema, plugins, onRemoved)),
  };
}

function buildProcessor(
  gfm: boolean,
  schema: Schema,
  plugins: NonNullable<MarkdownOptions['plugins']>,
  onRemoved: (removed: Removal[]) => void,
) {
  // The site's plugins are untyped, so the chain is a plain Processor; use() adds to it in place.
  const processor = unified().use(remarkParse) as unknown as Processor<Node, Node, Node, Node, string>;
  if (gfm) processor.use(remarkGfm);
  processor.use(remarkBlockIds);
  for (const p of plugins.remark) processor.use(blamed(p, 'remark'), p.options);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  for (const p of plugins.rehype) processor.use(blamed(p, 'rehype'), p.options);
  // The sanitiser always runs after the site's rehype plugins; only markup of our own is added after it.
  return processor
    .use(rehypeRawWhenNeeded, { schema, onRemoved })
    .use(rehypeHighlightCode)
    .use(rehypeTableAlign)
    .use(rehypeBodyPhotos)
    .use(rehypeStringify, STRINGIFY)
    .freeze();
}

/** Thrown when a site plugin fails, so the build can name the plugin along with the article. */
export class PluginFailure extends Error {
  constructor(
    readonly plugin: string,
    readonly kind: 'remark' | 'rehype',
    readonly original: unknown,
  ) {
    super(original instanceof Error ? original.message : String(original));
    this.name = 'PluginFailure';
  }
}

/** The plugin with its transformer wrapped, so whatever it throws carries its name. */
function blamed(loaded: LoadedPlugin, kind: 'remark' | 'rehype'): Plugin<[unknown?]> {
  return function (this: Processor, ...args: [unknown?]) {
    let transformer: unknown;
    try {
      transformer = (loaded.plugin as (this: Processor, ...a: unknown[]) => unknown).apply(this, args);
    } catch (error) {
      throw new PluginFailure(loaded.name, kind, error);
    }
    if (typeof transformer !== 'function') return undefined;
    return function (this: unknown, ...targs: unknown[]) {
      try {
        return (transformer as (...a: unknown[]) => unknown).apply(this, targs);
      } catch (error) {
        throw new PluginFailure(loaded.name, kind, error);
      }
    } as Transformer;
  } as Plugin<[unknown?]>;
}
