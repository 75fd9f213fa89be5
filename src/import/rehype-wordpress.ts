// Cleans WordPress post HTML before it becomes Markdown: comments (Gutenberg's <!-- wp:... -->
// and <!--more-->) and scripts go, links to the old site become site paths, and embed blocks
// that are not a video become a plain link. Each change a reader could miss is a vfile message.
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface Options {
  /** Origins of the old site (https://example.org), matched with http: and https:. */
  siteOrigins: string[];
  /** Point uploads at /wp-content/uploads/... on the new site instead of the old host. */
  localMedia: boolean;
}

/** Links to the old site become site paths; uploads stay on the old host unless localMedia. */
export function createUrlLocaliser(options: Options): (url: string, isMedia: boolean) => string {
  const hosts = new Set(options.siteOrigins.map((o) => hostOf(o)).filter((h): h is string => h !== undefined));
  return (url, isMedia) => {
    const parsed = parseUrl(url);
    if (!parsed || !hosts.has(parsed.host)) return url;
    const isUpload = parsed.pathname.includes('/wp-content/uploads/');
    if ((isMedia || isUpload) && !options.localMedia) return url;
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  };
}

/** Unified plugin: WordPress HTML in, HTML that converts cleanly to Markdown out. */
export default function rehypeWordPress(options: Options) {
  const localise = createUrlLocaliser(options);

  return (tree: Root, file: VFile) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'comment') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'element') return;
      if (node.tagName === 'script' || node.tagName === 'style') {
        if (node.tagName === 'script') file.message('a <script> was dropped', { ruleId: 'script', source: 'broadsheet-import' });
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === 'a' && typeof node.properties.href === 'string') node.properties.href = localise(node.properties.href, false);
      if (node.tagName === 'img' && typeof node.properties.src === 'string') node.properties.src = localise(node.properties.src, true);
      if (node.tagName === 'figure' && isLinkEmbed(node)) {
        const url = textOf(node).trim().split(/\s+/)[0] ?? '';
        file.message(`an embed of ${url} became a link`, { ruleId: 'embed', source: 'broadsheet-import' });
        parent.children[index] = paragraphLink(url);
        return SKIP;
      }
      return undefined;
    });
  };
}

/** A Gutenberg embed block without a player in it: its content is only the address. */
function isLinkEmbed(node: Element): boolean {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  if (!classes.includes('wp-block-embed')) return false;
  let hasPlayer = false;
  visit(node, 'element', (e) => {
    if (e.tagName === 'iframe' || e.tagName === 'img') hasPlayer = true;
  });
  return !hasPlayer && /^https?:\/\//.test(textOf(node).trim());
}

function paragraphLink(url: string): Element {
  const link: ElementContent = { type: 'element', tagName: 'a', properties: { href: url }, children: [{ type: 'text', value: url }] };
  return { type: 'element', tagName: 'p', properties: {}, children: [link] };
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (t) => {
    text += t.value;
  });
  return text;
}

function hostOf(origin: string): string | undefined {
  return parseUrl(origin)?.host;
}

function parseUrl(url: string): URL | undefined {
  if (!/^(https?:)?\/\//i.test(url)) return undefined;
  try {
    return new URL(url, 'https://placeholder.invalid');
  } catch {
    return undefined;
  }
}
