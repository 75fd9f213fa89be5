// WordPress shortcodes in post content, turned into the HTML they stand for before the HTML is
// converted: [caption] -> <figure> with <figcaption>, [embed] and bare YouTube/Vimeo links ->
// embedded players, [gallery] -> its images. Anything else is left as text and reported.
import { decodeHTML } from 'entities';
import { escapeAttribute, escapeText, videoPlayerHtml } from '../shared/embed-html.js';

export interface Attachment {
  id: string;
  url: string;
  /** The post the file was uploaded to (galleries without ids show these). */
  parent: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface ShortcodeContext {
  postId: string;
  attachment(id: string): Attachment | undefined;
  childrenOf(postId: string): Attachment[];
  /** Something that was not converted cleanly, for the import report. */
  report(problem: string): void;
}

// Shortcodes every WordPress site has, and ones from widespread plugins: always worth a report.
const KNOWN = new Set(['caption', 'wp_caption', 'embed', 'gallery', 'audio', 'video', 'playlist']);
const COMMON = new Set([
  'tweet',
  'youtube',
  'vimeo',
  'soundcloud',
  'googlemaps',
  'instagram',
  'facebook',
  'scribd',
  'slideshow',
  'pdf',
  'iframe',
]);
const OPEN = /\[(\[?)([A-Za-z][\w-]*)(?=[\s\]/])([^\]]*?)(\/?)\](\]?)/g;

/** Replace the shortcodes of one post's content with HTML. */
export function expandShortcodes(content: string, ctx: ShortcodeContext): string {
  return expandBareEmbeds(expand(content, ctx));
}

function expand(text: string, ctx: ShortcodeContext): string {
  let out = '';
  let last = 0;
  const open = new RegExp(OPEN.source, 'g');
  for (let m = open.exec(text); m; m = open.exec(text)) {
    const [whole, escOpen, name, attrText, selfClosing, escClose] = m as unknown as [string, string, string, string, string, string];
    if (escOpen && escClose) {
      // [[gallery]] is how WordPress writes a literal [gallery].
      out += text.slice(last, m.index) + whole.slice(1, -1);
      last = m.index + whole.length;
      continue;
    }
    const start = m.index + whole.length - escClose.length;
    const close = selfClosing ? -1 : text.indexOf(`[/${name}]`, start);
    const lower = name.toLowerCase();
    if (!KNOWN.has(lower) && !COMMON.has(lower) && close < 0 && !attrText.includes('=') && !/[_-]/.test(name)) continue; // [sic], [1]
    const inner = close >= 0 ? text.slice(start, close) : undefined;
    const end = close >= 0 ? close + name.length + 3 : start;
    out += text.slice(last, m.index) + convert(lower, parseAttributes(attrText), inner, ctx, text.slice(m.index, end));
    last = end;
    open.lastIndex = end;
  }
  return out + text.slice(last);
}

function convert(name: string, attrs: Record<string, string>, inner: string | undefined, ctx: ShortcodeContext, original: string): string {
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return caption(attrs, inner === undefined ? '' : expand(inner, ctx), ctx);
    case 'embed':
      return embed((inner ?? attrs.src ?? attrs.url ?? '').trim(), ctx);
    case 'gallery':
      return gallery(attrs, ctx, original);
    case 'audio':
    case 'video': {
      const src = attrs.src ?? attrs.mp3 ?? attrs.mp4 ?? attrs.m4a ?? attrs.ogg ?? attrs.webm ?? attrs.wav ?? attrs['0'] ?? '';
      if (!/^https?:\/\//i.test(src)) break;
      return `\n\n${mediaHtml(name, src, attrs)}\n\n`;
    }
  }
  ctx.report(`unknown shortcode [${name}] left as text`);
  return inner === undefined ? original : original.replace(inner, expand(inner, ctx));
}

/** [audio] and [video] as a player, with a link to the file for browsers that cannot play it. */
function mediaHtml(name: 'audio' | 'video', src: string, attrs: Record<string, string>): string {
  const poster = name === 'video' && attrs.poster && /^https?:\/\//i.test(attrs.poster) ? ` poster="${escapeAttribute(attrs.poster)}"` : '';
  const size = name === 'video' ? ['width', 'height'].map((k) => (/^\d+$/.test(attrs[k] ?? '') ? ` ${k}="${attrs[k]}"` : '')).join('') : '';
  const link = `<a href="${escapeAttribute(src)}">${escapeText(src)}</a>`;
  return `<${name} controls src="${escapeAttribute(src)}"${poster}${size}>${link}</${name}>`;
}

function caption(attrs: Record<string, string>, inner: string, ctx: ShortcodeContext): string {
  const media = /^\s*((?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?)([\s\S]*)$/i.exec(inner);
  if (!media) {
    ctx.report('[caption] without an image left as text');
    return inner;
  }
  const text = media[2]!.trim() || escapeText(attrs.caption ?? '');
  return `\n\n<figure>${media[1]}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>\n\n`;
}

function gallery(attrs: Record<string, string>, ctx: ShortcodeContext, original: string): string {
  const ids = (attrs.ids ?? attrs.include ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const found = ids.length
    ? ids.map((id) => ctx.attachment(id)).filter((a): a is Attachment => a !== undefined)
    : ctx.childrenOf(ctx.postId);
  if (found.length === 0 || found.length < ids.length) {
    ctx.report(`[gallery] ${found.length ? `is missing ${ids.length - found.length} of its images` : 'has no images in the export'}`);
    if (found.length === 0) return original;
  }
  return found.map((a) => `\n\n${imageHtml(a)}\n\n`).join('');
}

/** An attachment as HTML: a figure when it has a caption or credit, else a plain image. */
export function imageHtml(a: Attachment): string {
  const img = `<img src="${escapeAttribute(a.url)}" alt="${escapeAttribute(a.alt ?? '')}">`;
  const caption = [a.caption, a.credit]
    .filter(Boolean)
    .map((s) => escapeText(s!))
    .join(' ');
  return caption ? `<figure>${img}<figcaption>${caption}</figcaption></figure>` : `<p>${img}</p>`;
}

const VIDEO_URL =
  /^https?:\/\/(?:www\.|m\.)?(?:youtube\.com\/(?:watch\?\S*?v=|embed\/|shorts\/)|youtu\.be\/|vimeo\.com\/(?:video\/)?)([\w-]+)/i;

/** The player of a YouTube or Vimeo address, or undefined for any other address. */
export function videoEmbedHtml(url: string): string | undefined {
  const m = VIDEO_URL.exec(url.replace(/&amp;/g, '&'));
  if (!m) return undefined;
  return videoPlayerHtml(/vimeo\.com/i.test(url) ? 'vimeo' : 'youtube', m[1]!);
}

function embed(url: string, ctx: ShortcodeContext): string {
  const player = videoEmbedHtml(url);
  if (player) return `\n\n${player}\n\n`;
  if (!/^https?:\/\//i.test(url)) {
    ctx.report('[embed] without an address dropped');
    return '';
  }
  ctx.report(`[embed] of ${url} became a link`);
  return `\n\n<p><a href="${escapeAttribute(url)}">${escapeText(url)}</a></p>\n\n`;
}

/** WordPress embeds a YouTube or Vimeo address that stands alone on its line. */
function expandBareEmbeds(text: string): string {
  return text.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (line, url: string) => {
    const player = videoEmbedHtml(url);
    return player ? `\n${player}\n` : line;
  });
}

/** Shortcode attributes as WordPress reads them: name="v", name='v', name=v, and bare values by position. */
export function parseAttributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s'"]+))|"([^"]*)"|'([^']*)'|(\S+)/g;
  let position = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) attrs[m[1].toLowerCase()] = decodeHTML(m[2] ?? m[3] ?? m[4] ?? '');
    else attrs[String(position++)] = decodeHTML(m[5] ?? m[6] ?? m[7] ?? '');
  }
  return attrs;
}
