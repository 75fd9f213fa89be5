// Block tags that Jekyll (Liquid) and Hugo handle before Markdown sees the text: {% raw %},
// {% comment %}, {% highlight %} and {{< highlight >}}. Highlight blocks become fenced code here, so
// a `#` comment inside is code rather than a heading and HTML inside is shown rather than parsed.
import type { Vault } from './vault.js';

const RAW = /\{%-?\s*raw\s*-?%\}([\s\S]*?)\{%-?\s*endraw\s*-?%\}/g;
const HUGO_ESCAPED = /\{\{([<%])\/\*([\s\S]{0,2000}?)\*\/([>%])\}\}/g;
const COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}/g;
const LIQUID_HIGHLIGHT = /\{%-?\s*highlight\s+([^\s%]+)?([^%]*?)-?%\}([\s\S]*?)\{%-?\s*endhighlight\s*-?%\}/g;
const HUGO_HIGHLIGHT =
  /\{\{([<%])\s*highlight\s+("[^"]*"|'[^']*'|[^\s>%]+)?([^>%]*?)\s*[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/highlight\s*[>%]\}\}/g;

/** The text with raw blocks and escaped shortcodes set aside, comments removed and highlight blocks fenced. */
export function convertBlockTags(text: string, vault: Vault): string {
  if (!text.includes('{%') && !text.includes('{{')) return text;
  return text
    .replace(RAW, (_, inner: string) => vault.keep(inner))
    .replace(HUGO_ESCAPED, (_, open: string, inner: string, close: string) => vault.keep(`{{${open}${inner}${close}}}`))
    .replace(COMMENT, (whole: string) => '\n'.repeat(lineBreaks(whole)))
    .replace(LIQUID_HIGHLIGHT, (whole: string, lang: string | undefined, options: string, code: string, at: number, all: string) =>
      fence(lang, options, code, whole, at, all),
    )
    .replace(
      HUGO_HIGHLIGHT,
      (whole: string, _o: string, lang: string | undefined, options: string, code: string, at: number, all: string) =>
        fence(lang?.replace(/^["']|["']$/g, ''), options, code, whole, at, all),
    );
}

/** A fenced code block for the highlighted code, its fence longer than any backtick run inside. */
function fence(lang: string | undefined, options: string, code: string, whole: string, at: number, all: string): string {
  const body = code.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
  const marks = '`'.repeat(Math.max(3, longest + 1));
  const info = [lang ?? '', /\blinenos\b/.test(options) ? 'linenos' : ''].filter(Boolean).join(' ');
  // A fence must start its own line: when the tag did not, a line break goes before it.
  const lineStart = all.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*$/.test(all.slice(lineStart, at)) ? '' : '\n';
  const after = all.slice(at + whole.length, at + whole.length + 1);
  const block = `${indent}${marks}${info}\n${body}\n${marks}${after === '' || after === '\n' || after === '\r' ? '' : '\n'}`;
  // Keep the line count of what it replaces where it can, so later lines keep their numbers.
  const missing = lineBreaks(whole) - lineBreaks(block);
  return missing > 0 ? block + '\n'.repeat(missing) : block;
}

export function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
