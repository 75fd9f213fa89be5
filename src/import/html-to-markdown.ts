// WordPress post content -> Markdown: shortcodes and paragraphs first (they are text, not HTML),
// then unified: rehype-parse -> clean-up -> rehype-remark -> remark-gfm -> remark-stringify.
// Figures and video players have no Markdown form and stay as small, clean HTML blocks.
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { autop } from './autop.js';
import rehypeWordPress, { type Options as CleanOptions } from './rehype-wordpress.js';
import { expandShortcodes, type Attachment, type ShortcodeContext } from './shortcodes.js';

export type ConvertOptions = CleanOptions;

export interface Converted {
  markdown: string;
  /** What could not be converted cleanly, in words, for the import report. */
  problems: string[];
}

/** One post's conversion as plain data, so it can run in a worker thread. */
export interface ConvertTask {
  content: string;
  postId: string;
  /** Attachments its [gallery ids=...] name, and those uploaded to the post. */
  attachments: Attachment[];
  children: Attachment[];
}

/** Run a task with a converter (in this thread or a worker's). */
export function runConvertTask(converter: HtmlConverter, task: ConvertTask): Converted {
  return converter.convert(task.content, {
    postId: task.postId,
    attachment: (id) => task.attachments.find((a) => a.id === id),
    childrenOf: () => task.children,
  });
}

export type HtmlConverter = ReturnType<typeof createHtmlConverter>;

type State = { all(node: Element): unknown[]; toFlow(nodes: unknown[]): unknown };

/** A converter bound to one site's settings; reuse it for every post. */
export function createHtmlConverter(options: ConvertOptions) {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeWordPress, options)
    .use(rehypeRemark, {
      handlers: {
        figure: figureHandler as never,
        iframe: iframeHandler as never,
        audio: mediaHandler as never,
        video: mediaHandler as never,
        // Markdown has no definition lists, citations or super/subscripts: kept as the HTML they are.
        dl: asHtml as never,
        cite: asHtml as never,
        sup: asHtml as never,
        sub: asHtml as never,
      },
    })
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fences: true, rule: '-', listItemIndent: 'one' })
    .freeze();

  return {
    /** Convert one post's content; problems are collected, never thrown. */
    convert(content: string, shortcodes: Omit<ShortcodeContext, 'report'>): Converted {
      const problems: string[] = [];
      const isBlockEditor = /<!--\s*wp:/.test(content);
      const withoutBlocks = content.replace(/<!--\s*\/?wp:[\s\S]*?-->/g, '');
      const expanded = expandShortcodes(withoutBlocks, { ...shortcodes, report: (p) => problems.push(p) });
      const html = isBlockEditor ? expanded : autop(expanded);
      const file = processor.processSync(html);
      for (const message of file.messages) problems.push(message.reason);
      return { markdown: String(file).trim(), problems };
    },
  };
}

/** A figure keeps its image or player and its caption, as HTML: Markdown has no figure. */
function figureHandler(state: State, node: Element) {
  const media = findFirst(node, (e) => e.tagName === 'img' || e.tagName === 'iframe');
  if (!media) return state.toFlow(state.all(node));
  const caption = findFirst(node, (e) => e.tagName === 'figcaption');
  const children: ElementContent[] = [cleanMedia(media)];
  if (caption && textLength(caption) > 0)
    children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: caption.children });
  const isEmbed = media.tagName === 'iframe';
  const figure: Element = { type: 'element', tagName: 'figure', properties: isEmbed ? { className: ['embed'] } : {}, children };
  return { type: 'html', value: toHtml(figure) };
}

function iframeHandler(_state: State, node: Element) {
  const src = String(node.properties.src ?? '');
  if (!/^https:\/\//i.test(src)) return undefined;
  return { type: 'html', value: toHtml(cleanMedia(node)) };
}

/** An element as HTML, without the attributes the site's sanitiser would refuse anyway (classes, styles). */
function asHtml(_state: State, node: Element) {
  const strip = (e: Element): Element => ({
    ...e,
    properties: e.tagName === 'a' && e.properties.href !== undefined ? { href: e.properties.href } : {},
    children: e.children.map((c) => (c.type === 'element' ? strip(c) : c)),
  });
  return { type: 'html', value: toHtml(strip(node)) };
}

/** A player with its sources and a link to the file, for readers whose browser cannot play it. */
function mediaHandler(_state: State, node: Element) {
  const sources = [node, ...node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'source')]
    .map((e) => String(e.properties.src ?? ''))
    .filter((src) => /^https?:\/\//i.test(src));
  if (sources.length === 0) return undefined;
  const player = cleanMedia(node);
  player.properties.controls = true;
  player.children = [
    { type: 'element', tagName: 'a', properties: { href: sources[0]! }, children: [{ type: 'text', value: sources[0]! }] },
  ];
  return { type: 'html', value: toHtml(player) };
}

const KEEP: Record<string, string[]> = {
  img: ['src', 'alt'],
  iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
  audio: ['src', 'preload'],
  video: ['src', 'poster', 'width', 'height', 'preload'],
};

function cleanMedia(node: Element): Element {
  const properties: Element['properties'] = {};
  for (const key of KEEP[node.tagName] ?? []) if (node.properties[key] !== undefined) properties[key] = node.properties[key];
  if (node.tagName === 'img') properties.alt ??= '';
  return { type: 'element', tagName: node.tagName, properties, children: [] };
}

function findFirst(node: Element, test: (e: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, 'element', (e) => {
    if (!found && e !== node && test(e)) found = e;
  });
  return found;
}

function textLength(node: Element): number {
  let n = 0;
  visit(node, 'text', (t) => {
    n += t.value.trim().length;
  });
  return n;
}
