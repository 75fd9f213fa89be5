// Build a site from good.md plus some cases of tests/fixtures/hostile, and read what came out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'parse5';
import { buildSite, listFiles, repoRoot } from '../../helpers/site.js';

export const FIXTURES = path.join(repoRoot, 'tests/fixtures/hostile');

/** A temp site whose content folder holds good.md and the named fixture files. */
export function caseSite(...names: string[]): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-hostile-'));
  fs.mkdirSync(path.join(root, 'content'));
  for (const name of ['good.md', ...names]) fs.copyFileSync(path.join(FIXTURES, name), path.join(root, 'content', name));
  return root;
}

export async function buildCase(names: string[], options: Record<string, unknown> = {}, buildOptions = {}) {
  const root = caseSite(...names);
  const site = await buildSite(root, options, buildOptions);
  return { ...site, root, files: listFiles(site.out) };
}

type Node = {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
  value?: string;
};

/** Every element of an HTML document, parsed the way a browser would. */
export function elementsOf(html: string): Node[] {
  const out: Node[] = [];
  const walk = (n: Node) => {
    if (n.tagName) out.push(n);
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(parse(html) as unknown as Node);
  return out;
}

export const attrOf = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
export const textOf = (n: Node): string => (n.nodeName === '#text' ? n.value! : (n.childNodes ?? []).map(textOf).join(''));

/**
 * What injected markup would leave in a parsed page: script elements other than JSON-LD, event
 * handler attributes, javascript:/vbscript:/data: URLs. Empty for a safe page.
 */
/** The search page's own files: an empty script loading the theme's fingerprinted asset or Pagefind's UI. */
function isThemeScript(el: Node): boolean {
  const src = attrOf(el, 'src');
  return textOf(el) === '' && src !== undefined && /^\/(_broadsheet\/[\w-]+\.[0-9a-f]{10}\.js|pagefind\/pagefind-ui\.js)$/.test(src);
}

export function injectedMarkup(html: string): string[] {
  const found: string[] = [];
  for (const el of elementsOf(html)) {
    if (el.tagName === 'script' && attrOf(el, 'type') !== 'application/ld+json' && !isThemeScript(el))
      found.push(`<script> ${textOf(el).slice(0, 40)}`);
    for (const a of el.attrs ?? []) {
      if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
      if (['href', 'src', 'action', 'formaction', 'poster', 'cite'].includes(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value))
        found.push(`${el.tagName} ${a.name}=${a.value}`);
    }
  }
  return found;
}

/** JSON-LD documents of a page, parsed (throws if one does not parse). */
export function jsonLdOf(html: string): unknown[] {
  return elementsOf(html)
    .filter((el) => el.tagName === 'script' && attrOf(el, 'type') === 'application/ld+json')
    .map((el) => JSON.parse(textOf(el)) as unknown);
}
