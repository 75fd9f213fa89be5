import type { Options as Schema } from 'rehype-sanitize';
import rehypeStringify, { type Options as StringifyOptions } from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin, type Processor, type Transformer } from 'unified';
import type { Node } from 'unist';
import type { LoadedPlugin } from '../extensions/index.js';
import { markdownFingerprint } from './fingerprint-inputs.js';
import { needsGfm } from './needs-gfm.js';
import rehypeRawWhenNeeded from './rehype-raw-when-needed.js';
import rehypeTableAlign from './rehype-table-align.js';
import { createArticleSchema, type SanitizeOptions } from './sanitize-schema.js';

export interface MarkdownRenderer {
  /** Markdown body -> HTML fragment. */
  render(markdown: string): string;
  /** Changes whenever output could change: package versions of every unified piece used, this folder's code, options. Used in cache keys. */
  readonly fingerprint: string;
}

export interface MarkdownOptions {
  /** 'auto' (default) skips remark-gfm for bodies that provably use none of it; the HTML is the same as 'always'. */
  gfm?: 'auto' | 'always' | 'never';
  /** The site's additions to the sanitiser's allowlist. */
  sanitize?: SanitizeOptions;
  /** The site's unified plugins: remark ones after parsing, rehype ones before the sanitiser, which always runs last. */
  plugins?: { remark: readonly LoadedPlugin[]; rehype: readonly LoadedPlugin[] };
  /** Their part of the fingerprint (see extensions/extensions-fingerprint.ts). */
  pluginsKey?: string;
}

// Text keeps its characters: curly quotes, U+00A0 and Khmer are written as
// themselves (the page is UTF-8); only `&`, `<` and `"` in attributes are
// escaped, with the names a reader of the HTML knows (&amp; rather than &#x26;).
const STRINGIFY: StringifyOptions = { characterReferences: { useNamedReferences: true } };

/** Builds the Markdown-to-HTML pipeline once, to be reused for every body. */
export function createMarkdownRenderer(options: MarkdownOptions = {}): MarkdownRenderer {
  const gfm = options.gfm ?? 'auto';
  const schema = createArticleSchema(options.sanitize);
  const plugins = options.plugins ?? { remark: [], rehype: [] };
  const withGfm = buildProcessor(true, schema, plugins);
  const withoutGfm = buildProcessor(false, schema, plugins);
  let fingerprint: string | undefined;

  return {
    render(markdown) {
      const useGfm = gfm === 'always' || (gfm === 'auto' && needsGfm(markdown));
      const processor = useGfm ? withGfm : withoutGfm;
      return String(processor.stringify(processor.runSync(processor.parse(markdown))));
    },
    get fingerprint() {
      // Computed on first use: it reads ~100 package.json files, which workers that
      // only render never need.
      fingerprint ??= markdownFingerprint(gfm, options.sanitize, options.pluginsKey);
      return fingerprint;
    },
  };
}

function buildProcessor(gfm: boolean, schema: Schema, plugins: NonNullable<MarkdownOptions['plugins']>) {
  // The site's plugins are untyped, so the chain is a plain Processor; use() adds to it in place.
  const processor = unified().use(remarkParse) as unknown as Processor<Node, Node, Node, Node, string>;
  if (gfm) processor.use(remarkGfm);
  for (const p of plugins.remark) processor.use(blamed(p, 'remark'), p.options);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  for (const p of plugins.rehype) processor.use(blamed(p, 'rehype'), p.options);
  return processor.use(rehypeRawWhenNeeded, { schema }).use(rehypeTableAlign).use(rehypeStringify, STRINGIFY).freeze();
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
