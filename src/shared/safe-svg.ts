// SVG from the content folder is published only after this: an SVG opened on its own is a
// document that runs its scripts, so it is parsed as XML and written out again with an
// allowlist of drawing elements and attributes. Scripts, event handlers, foreignObject,
// animation, and every reference outside the file (href, url(...) and @import) are removed.
import { SaxesParser } from 'saxes';

const ELEMENTS = new Set(
  [
    ...['svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'style'],
    ...['path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'textPath'],
    ...['linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'marker'],
    ...[
      'filter',
      'feGaussianBlur',
      'feOffset',
      'feBlend',
      'feColorMatrix',
      'feFlood',
      'feComposite',
      'feMerge',
      'feMergeNode',
      'feDropShadow',
    ],
  ].map((e) => e.toLowerCase()),
);

const ATTRIBUTE_NAME = /^[a-zA-Z_][-a-zA-Z0-9_.]*(:[a-zA-Z_][-a-zA-Z0-9_.]*)?$/;
const NAMESPACES = new Set(['xmlns', 'xmlns:xlink']);
/** url(...) that does not point into this file (url(#gradient) does). */
const OUTSIDE_URL = /url\s*\(\s*['"]?\s*(?!#)/i;

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (s: string) => escapeText(s).replace(/"/g, '&quot;');

function keepAttribute(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (!ATTRIBUTE_NAME.test(name) || lower.startsWith('on') || lower === 'xml:base') return false;
  if (lower.startsWith('xmlns')) return NAMESPACES.has(lower);
  if (lower === 'href' || lower.endsWith(':href')) return value.trim().startsWith('#');
  return !OUTSIDE_URL.test(value) && !/@import|expression\s*\(|javascript:/i.test(value);
}

/** The SVG rewritten with only safe parts, or undefined when it is not well-formed SVG. */
export function sanitizeSvg(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  const out: string[] = [];
  // Depth inside a removed element: everything under it goes too.
  let dropped = 0;
  let inStyle = false;
  let root: string | undefined;
  let failed = false;
  parser.on('error', () => {
    failed = true;
  });
  parser.on('opentag', (tag) => {
    root ??= tag.name;
    if (dropped || !ELEMENTS.has(tag.name.toLowerCase())) {
      if (!tag.isSelfClosing) dropped++;
      return;
    }
    const attributes = Object.entries(tag.attributes as Record<string, string>)
      .filter(([name, value]) => keepAttribute(name, value))
      .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
      .join('');
    out.push(`<${tag.name}${attributes}${tag.isSelfClosing ? '/>' : '>'}`);
    inStyle = tag.name.toLowerCase() === 'style' && !tag.isSelfClosing;
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    if (dropped) return void dropped--;
    inStyle = false;
    out.push(`</${tag.name}>`);
  });
  const text_ = (t: string) => {
    if (dropped) return;
    // CSS inside <style> may load other files: such a style sheet is emptied.
    if (inStyle && (OUTSIDE_URL.test(t) || /@import|expression\s*\(|javascript:/i.test(t))) return;
    out.push(escapeText(t));
  };
  parser.on('text', text_);
  parser.on('cdata', text_);
  try {
    parser.write(text).close();
  } catch {
    return undefined;
  }
  if (failed || root?.toLowerCase() !== 'svg') return undefined;
  return `${out.join('').trim()}\n`;
}
