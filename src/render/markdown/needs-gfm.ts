// Decides, without parsing, whether remark-gfm could change the HTML of a body.
// It may say yes when the answer is no (the body then takes the slower GFM
// processor and renders the same), never the reverse: tests/markdown/gfm-equivalence
// checks that every "no" renders byte-identically with and without remark-gfm.
//
// What GFM adds, and what each construct cannot do without:
// - tables, strikethrough, footnotes and task lists are syntax: micromark only
//   sees them in the raw characters `|`, `~`, `[^` and `[ ]`/`[x]` (character
//   references never become syntax, and a backslash only removes meaning).
// - autolink literals also come from a transform over decoded text nodes, so a
//   backslash escape (`www\.a.org`) or a character reference (`a&#64;b.org`)
//   can complete one. Backslashes are deleted before looking, which can only add
//   matches; character references other than a few harmless named ones count.

/** `[ ]`, `[x]`, `[X]`, or `[` + line ending + container prefix + `]`. */
const TASK_CHECK = /\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/;

/** Everything a literal autolink needs in the decoded text: a URL start or `@` + domain. */
const AUTOLINK_START = /https?:\/\/|www\.|@[\w.-]/i;

/** Character references; named ones are checked against SAFE_REFERENCES. */
const REFERENCE = /&(?:#|([A-Za-z][A-Za-z\d]{0,31});)/g;

/**
 * Named references whose character appears in no autolink pattern (not a letter,
 * digit, `.`, `-`, `_`, `+`, `:`, `/` or `@`), so decoding them cannot start or
 * extend a literal whose other parts were not already found in the raw text.
 */
// prettier-ignore
const SAFE_REFERENCES = new Set([
  'amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'shy', 'ndash', 'mdash', 'hellip', 'lsquo', 'rsquo',
  'ldquo', 'rdquo', 'laquo', 'raquo', 'copy', 'reg', 'trade', 'deg', 'middot', 'bull', 'times', 'para', 'sect',
]);

/**
 * An inline link or image `[label](destination)` that is certainly a link, so its
 * destination is not text GFM could autolink. The label stays in the text that is
 * checked. Certain means: the `[` is not escaped and not closing a `[x][ref]`
 * reference (`]` before it); the label has no bracket, code, HTML or escape that
 * could end it early or hide its `[`; the destination is plain (no space,
 * parentheses, `<`, backslash, backtick or bracket) and has no title. When the
 * whole match sits inside code, HTML or an angle autolink, GFM adds nothing there
 * either, so skipping it stays exact.
 */
const INLINE_LINK = /(?<![\\\]])(\[[^[\]\\`<>\r\n]{0,500}\])\([^\s()<>\\`[\]]+\)/g;

/** Returns false only when remark-gfm cannot change the HTML rendered from `markdown`. */
export function needsGfm(markdown: string): boolean {
  if (
    markdown.includes('|') ||
    markdown.includes('~') ||
    markdown.includes('[^') ||
    TASK_CHECK.test(markdown) ||
    hasUnsafeReference(markdown)
  ) {
    return true;
  }
  if (!AUTOLINK_START.test(withoutBackslashes(markdown))) return false;
  // Most bodies that get here hold only `[text](https://...)` links: look again
  // without their destinations.
  const text = markdown.replace(INLINE_LINK, '$1');
  return text === markdown || AUTOLINK_START.test(withoutBackslashes(text));
}

/** Deleting every backslash keeps every match the escaped text had and adds any an escape hid. */
function withoutBackslashes(text: string): string {
  return text.includes('\\') ? text.replaceAll('\\', '') : text;
}

function hasUnsafeReference(markdown: string): boolean {
  if (!markdown.includes('&')) return false;
  for (const match of markdown.matchAll(REFERENCE)) {
    const name = match[1];
    if (name === undefined || !SAFE_REFERENCES.has(name)) return true;
  }
  return false;
}
