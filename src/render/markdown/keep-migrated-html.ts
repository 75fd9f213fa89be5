// Raw HTML that old CMSs and generators wrote and that the sanitiser would otherwise take out
// although it is harmless: protocol-relative embeds (`//www.youtube.com/embed/...`) and the
// <noscript> fallbacks of lazy-loaded images. Run on the parsed tree just before the sanitiser.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

const MEDIA = new Set(['iframe', 'img', 'source', 'video', 'audio', 'track']);
const URL_PROPERTIES = ['src', 'poster'] as const;
/** What a <noscript> may hold to be kept: images and links, and the text of the links. */
const FALLBACK = new Set(['img', 'picture', 'source', 'a', 'br']);

/** Protocol-relative media URLs made https; noscript image fallbacks unwrapped. */
export function keepMigratedHtml(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (!MEDIA.has(node.tagName)) return;
    for (const name of URL_PROPERTIES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = upgrade(value);
    }
    // hast keeps a srcset as a list of candidates (or one string, when built by hand).
    const props = node.properties as Record<string, unknown>;
    const srcSet = props.srcSet;
    if (Array.isArray(srcSet)) props.srcSet = srcSet.map((s: unknown) => (typeof s === 'string' ? upgrade(s) : s));
    else if (typeof srcSet === 'string') props.srcSet = upgrade(srcSet);
  });
  unwrapNoscript(tree);
}

function upgrade(url: string): string {
  const trimmed = url.trim();
  // Only protocol-relative URLs: an http:// player stays refused (tests/security/sanitize.test.ts).
  return trimmed.startsWith('//') ? `https:${trimmed}` : url;
}

function unwrapNoscript(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'noscript' || index === undefined || !parent || !onlyFallback(node.children)) return undefined;
    const lazy = previousElement(parent.children, index);
    let at = index;
    // The lazy-loading <img data-src> beside it is the same picture without a src: the fallback replaces it.
    if (lazy && isLazyTwin(lazy.node, node)) {
      parent.children.splice(lazy.index, index - lazy.index);
      at = lazy.index;
    }
    parent.children.splice(at, 1, ...(node.children as RootContent[] & ElementContent[]));
    return at;
  });
}

function onlyFallback(children: readonly ElementContent[]): boolean {
  let media = false;
  const ok = children.every((child) => {
    if (child.type === 'text') return child.value.trim() === '';
    if (child.type === 'comment') return true;
    if (child.type !== 'element' || !FALLBACK.has(child.tagName)) return false;
    if (child.tagName === 'img' || child.tagName === 'picture') media = true;
    if (child.tagName === 'a') {
      media = true;
      return child.children.every((c) => c.type === 'text' || (c.type === 'element' && FALLBACK.has(c.tagName) && c.tagName !== 'a'));
    }
    return child.tagName === 'picture' ? onlyFallback(child.children) : true;
  });
  return ok && media;
}

function previousElement(siblings: readonly RootContent[], index: number): { node: Element; index: number } | undefined {
  for (let i = index - 1; i >= 0; i--) {
    const s = siblings[i]!;
    if (s.type === 'text' && s.value.trim() === '') continue;
    return s.type === 'element' ? { node: s, index: i } : undefined;
  }
  return undefined;
}

function isLazyTwin(candidate: Element, noscript: Element): boolean {
  if (candidate.tagName !== 'img' || candidate.properties.src) return false;
  const lazy = candidate.properties.dataSrc ?? candidate.properties.dataLazySrc ?? candidate.properties.dataOriginal;
  const fallback = noscript.children.find((c): c is Element => c.type === 'element' && c.tagName === 'img');
  return typeof lazy === 'string' && fallback !== undefined && fallback.properties.src === lazy;
}
