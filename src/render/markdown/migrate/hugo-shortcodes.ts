// Hugo's built-in shortcodes as the HTML they stand for: figure, youtube, vimeo, x/tweet/twitter
// and instagram. ref/relref and param are answered by the resolver; the rest are not converted.
import { escapeAttribute, escapeText, postQuoteHtml, videoPlayerHtml } from '../../../shared/embed-html.js';

export type ShortcodeParams = Record<string, string>;

/** Hugo's shortcode parameters: name="v", name=`v`, name=v, and positional values ("0", "1", ...). */
export function parseShortcodeParams(text: string): ShortcodeParams {
  const params: ShortcodeParams = {};
  const re = /([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|`([^`]*)`|'([^']*)'|([^\s"'`]+))|"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g;
  let position = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) params[m[1].toLowerCase()] = unescape(m[2]) ?? m[3] ?? m[4] ?? m[5] ?? '';
    else params[String(position++)] = unescape(m[6]) ?? m[7] ?? m[8] ?? '';
  }
  return params;
}

/** The HTML of a built-in embedding shortcode, or undefined when it lacks what it needs. */
export function renderEmbedShortcode(name: string, p: ShortcodeParams): string | undefined {
  switch (name) {
    case 'figure':
      return figure(p);
    case 'youtube': {
      const id = p.id ?? p['0'];
      return id && /^[\w-]+$/.test(id) ? videoPlayerHtml('youtube', id, p.title) : undefined;
    }
    case 'vimeo': {
      const id = p.id ?? p['0'];
      return id && /^\d+$/.test(id) ? videoPlayerHtml('vimeo', id, p.title) : undefined;
    }
    case 'x':
    case 'tweet':
    case 'twitter': {
      const user = p.user ?? (p['1'] ? p['0'] : undefined);
      const id = p.id ?? p['1'] ?? p['0'];
      if (!id || !/^\d+$/.test(id)) return undefined;
      const url = user && /^\w+$/.test(user) ? `https://x.com/${user}/status/${id}` : `https://x.com/i/status/${id}`;
      return postQuoteHtml('x', url, user ? `A post by @${user} on X` : 'A post on X');
    }
    case 'instagram': {
      const id = p.id ?? p['0'];
      return id && /^[\w-]+$/.test(id)
        ? postQuoteHtml('instagram', `https://www.instagram.com/p/${id}/`, 'A post on Instagram')
        : undefined;
    }
  }
  return undefined;
}

export const EMBED_SHORTCODES = new Set(['figure', 'youtube', 'vimeo', 'x', 'tweet', 'twitter', 'instagram']);

function figure(p: ShortcodeParams): string | undefined {
  const src = p.src;
  if (!src) return undefined;
  const img = `<img src="${escapeAttribute(src)}" alt="${escapeAttribute(p.alt ?? '')}"${size(p)}>`;
  const media = p.link ? `<a href="${escapeAttribute(p.link)}">${img}</a>` : img;
  const title = p.title ? `<strong>${escapeText(p.title)}</strong>` : '';
  const caption = [title, p.caption ? escapeText(p.caption) : '', p.attr ? escapeText(p.attr) : ''].filter(Boolean).join(' ');
  return `<figure>${media}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

function size(p: ShortcodeParams): string {
  const w = p.width && /^\d+$/.test(p.width) ? ` width="${p.width}"` : '';
  const h = p.height && /^\d+$/.test(p.height) ? ` height="${p.height}"` : '';
  return w + h;
}

function unescape(value: string | undefined): string | undefined {
  return value?.replace(/\\(.)/g, '$1');
}
