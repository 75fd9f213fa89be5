// Reading built pages as HTML trees (parse5), so assertions see what a browser sees.
import fs from 'node:fs';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

export type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** Parse a whole HTML document. */
export function parseHtml(html: string): Element {
  const doc = parse(html);
  const root = doc.childNodes.find((n): n is Element => 'tagName' in n);
  if (!root) throw new Error('no <html> element');
  return root;
}

/** Every element under (and including) node, in document order. */
export function allElements(node: Element): Element[] {
  const out: Element[] = [];
  const walk = (n: Node) => {
    if ('tagName' in n) out.push(n);
    if ('childNodes' in n) for (const c of n.childNodes) walk(c);
    // <template> keeps its children in a separate fragment.
    if ('content' in n && n.content) walk(n.content as Node);
  };
  walk(node);
  return out;
}

export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name)?.value;
}

export function hasClass(el: Element, name: string): boolean {
  return (attr(el, 'class') ?? '').split(/\s+/).includes(name);
}

/** Concatenated text of an element (entities decoded by the parser). */
export function textOf(el: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeName === '#text') out += (n as DefaultTreeAdapterMap['textNode']).value;
    else if ('childNodes' in n) for (const c of n.childNodes) walk(c);
  };
  walk(el);
  return out;
}

/** Elements matching a tag name and, optionally, a class. */
export function select(root: Element, tag: string, className?: string): Element[] {
  return allElements(root).filter((e) => e.tagName === tag && (className === undefined || hasClass(e, className)));
}

/** One element matching; throws when there is not exactly one. */
export function selectOne(root: Element, tag: string, className?: string): Element {
  const found = select(root, tag, className);
  if (found.length !== 1) throw new Error(`expected one <${tag}${className ? `.${className}` : ''}>, found ${found.length}`);
  return found[0]!;
}

/** href of every <link rel=...> in the head with that rel (and type, if given). */
export function headLinks(root: Element, rel: string, type?: string): string[] {
  const head = selectOne(root, 'head');
  return select(head, 'link')
    .filter((l) => attr(l, 'rel') === rel && (type === undefined || attr(l, 'type') === type))
    .map((l) => attr(l, 'href')!);
}

/** content of <meta property=...> or <meta name=...>, every occurrence, in order. */
export function metaValues(root: Element, key: string): string[] {
  return select(root, 'meta')
    .filter((m) => attr(m, 'property') === key || attr(m, 'name') === key)
    .map((m) => attr(m, 'content')!);
}

/** Article URLs listed on a list page (lead story, grid and list titles), in order; the home page's section blocks are not the list. */
export function listedUrls(root: Element): string[] {
  const inBlocks = new Set(select(root, 'div', 'blocks').flatMap((b) => allElements(b)));
  return allElements(root)
    .filter((e) => /^h[23]$/.test(e.tagName) && (hasClass(e, 'item-title') || hasClass(e, 'lead-title')) && !inBlocks.has(e))
    .map((h) => attr(selectOne(h, 'a'), 'href')!);
}

/** Output file serving a site path or absolute URL of the given origin. */
export function fileForUrl(out: string, url: string, origin = 'https://news.example.org'): string {
  const p = decodeURI(url.startsWith(origin) ? url.slice(origin.length) : url);
  if (!p.startsWith('/')) throw new Error(`not a site URL: ${url}`);
  return path.join(out, p.endsWith('/') ? `${p}index.html` : p);
}

/** Does the output folder have a file for this URL? */
export function servesUrl(out: string, url: string, origin?: string): boolean {
  return fs.existsSync(fileForUrl(out, url, origin));
}
