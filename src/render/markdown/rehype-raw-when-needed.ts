import type { Element, Root } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as Schema } from 'rehype-sanitize';
import type { Transformer } from 'unified';
import { EXIT, visit } from 'unist-util-visit';
import { keepMigratedHtml } from './keep-migrated-html.js';
import { findRemovedHtml, type Removal } from './removed-html.js';

export interface Options {
  /** What survives sanitizing (default: rehype-sanitize's GitHub schema). */
  schema?: Schema;
  /** Told what the sanitiser removed (issue 13: nothing disappears without a warning). */
  onRemoved?: (removed: Removal[]) => void;
}

type Finding = 'raw' | 'unsafe-url' | 'none';

/**
 * Parses raw HTML into the tree and sanitizes it, doing neither for trees that
 * hold no raw HTML and no URL the schema would remove: most bodies are plain
 * Markdown, and reparsing them through parse5 would cost more than the rest of
 * the pipeline while changing nothing.
 */
export default function rehypeRawWhenNeeded(options?: Options): Transformer<Root> {
  const schema = options?.schema ?? defaultSchema;
  const parseRaw = rehypeRaw();
  const sanitize = rehypeSanitize(schema);

  return function (tree, file) {
    const finding = findWork(tree, schema);
    if (finding === 'none') return undefined;
    // A Markdown link can carry `javascript:` without any raw HTML, so those
    // trees are sanitized too (nothing to reparse).
    const parsed = finding === 'raw' ? parseRaw(tree, file) : tree;
    keepMigratedHtml(parsed);
    lowerCaseSchemes(parsed, schema);
    const clean = sanitize(parsed) as Root;
    if (options?.onRemoved) options.onRemoved(findRemovedHtml(parsed, clean));
    return clean;
  };
}

function findWork(tree: Root, schema: Schema): Finding {
  let finding: Finding = 'none';
  visit(tree, (node) => {
    // `raw` comes from remark-rehype's allowDangerousHtml; hast's own types omit it.
    if ((node.type as string) === 'raw') {
      finding = 'raw';
      return EXIT;
    }
    if (node.type === 'element' && finding === 'none' && hasUnsafeUrl(node, schema)) {
      finding = 'unsafe-url';
    }
    return undefined;
  });
  return finding;
}

function hasUnsafeUrl(node: Element, schema: Schema): boolean {
  const protocols = schema.protocols ?? {};
  for (const key in protocols) {
    const allowed = protocols[key];
    const value = node.properties[key];
    if (!allowed || allowed.length === 0 || value === undefined || value === null) continue;
    for (const url of Array.isArray(value) ? value : [value]) {
      if (!isSafeUrl(String(url), allowed)) return true;
    }
  }
  return false;
}

const SCHEME = /^[A-Za-z][A-Za-z\d+.-]*:/;

/**
 * hast-util-sanitize compares schemes case-sensitively, so `HTTPS://example.org` (common in
 * old CMS exports) would lose its link. Schemes are case-insensitive in URLs: lower-casing
 * them keeps those links and still drops `JavaScript:`. Only a well-formed scheme at the very
 * start is touched; anything hidden behind whitespace stays unknown and is dropped.
 */
function lowerCaseSchemes(tree: Root, schema: Schema): void {
  const keys = Object.keys(schema.protocols ?? {});
  visit(tree, 'element', (node) => {
    for (const key of keys) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties[key] = lowerCaseScheme(value);
      else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' ? lowerCaseScheme(v) : v));
    }
  });
}

function lowerCaseScheme(url: string): string {
  const scheme = SCHEME.exec(url)?.[0];
  return scheme && scheme !== scheme.toLowerCase() ? scheme.toLowerCase() + url.slice(scheme.length) : url;
}

/** Mirrors hast-util-sanitize: relative URLs pass, others need a listed (case-sensitive) protocol. */
function isSafeUrl(url: string, protocols: readonly string[]): boolean {
  const colon = url.indexOf(':');
  if (colon < 0) return true;
  for (const mark of ['/', '?', '#']) {
    const at = url.indexOf(mark);
    if (at > -1 && colon > at) return true;
  }
  return protocols.some((protocol) => colon === protocol.length && url.startsWith(protocol));
}
