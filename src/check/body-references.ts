// Links and images in a Markdown body, with their place in the body: Markdown syntax and the
// raw HTML (<a href>, <img src>) writers paste in.
import type { Element, Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface BodyReference {
  kind: 'link' | 'image';
  url: string;
  /** Alt text of an image ('' when empty or missing). */
  alt?: string;
  /** 1-based, within the body. */
  line: number;
  column: number;
}

const markdown = unified().use(remarkParse).freeze();
const html = unified().use(rehypeParse, { fragment: true }).freeze();

/** Every link and image a body points to, in reading order. */
export function findBodyReferences(body: string): BodyReference[] {
  // Most bodies are plain prose: without "[" or "<" there is nothing to parse for.
  if (!body.includes('[') && !body.includes('<')) return [];
  const tree = markdown.parse(body) as MdastRoot;
  const out: BodyReference[] = [];
  // [text][id] and ![alt][id] take their URL from a "[id]: url" definition anywhere in the body.
  const definitions = new Map<string, string>();
  const imageIds = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if (node.type === 'imageReference') imageIds.add(node.identifier);
  });
  visit(tree, (node) => {
    const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    if (node.type === 'link') out.push({ kind: 'link', url: node.url, ...at });
    else if (node.type === 'image') out.push({ kind: 'image', url: node.url, alt: node.alt ?? '', ...at });
    else if (node.type === 'imageReference' && definitions.has(node.identifier))
      out.push({ kind: 'image', url: definitions.get(node.identifier)!, alt: node.alt ?? '', ...at });
    // A definition used only by images was checked at each image; others are checked once, where written.
    else if (node.type === 'definition' && !imageIds.has(node.identifier)) out.push({ kind: 'link', url: node.url, ...at });
    else if (node.type === 'html') out.push(...htmlReferences(node.value, at));
  });
  return out;
}

/** <a href> and <img src> in a raw HTML node, placed relative to the node's start. */
function htmlReferences(value: string, start: { line: number; column: number }): BodyReference[] {
  if (!/<(a|img)\b/i.test(value)) return [];
  const out: BodyReference[] = [];
  visit(html.parse(value) as HastRoot, 'element', (el: Element) => {
    const line = el.position?.start.line ?? 1;
    const at = {
      line: start.line + line - 1,
      column: line === 1 ? start.column + (el.position?.start.column ?? 1) - 1 : (el.position?.start.column ?? 1),
    };
    const href = el.properties.href;
    const src = el.properties.src;
    if (el.tagName === 'a' && typeof href === 'string') out.push({ kind: 'link', url: href, ...at });
    if (el.tagName === 'img' && typeof src === 'string') {
      const alt = el.properties.alt;
      out.push({ kind: 'image', url: src, alt: typeof alt === 'string' ? alt : '', ...at });
    }
  });
  return out;
}
