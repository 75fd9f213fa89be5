// Netlify / Cloudflare Pages `_redirects`: whitespace separates the fields, so any whitespace or
// control character inside a path is percent-encoded (that is also what the host will match).
import type { Redirect } from './redirect-types.js';

const FIELD_BREAKING = /[\s\p{Cc}]/gu;

function encodeField(path: string): string {
  return path.replace(FIELD_BREAKING, (c) => encodeURIComponent(c));
}

function compareRedirects(a: Redirect, b: Redirect): number {
  // Code-unit order, not localeCompare: the file must not depend on the build machine's locale.
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  if ((a.query ?? '') !== (b.query ?? '')) return (a.query ?? '') < (b.query ?? '') ? -1 : 1;
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  return 0;
}

/** Render a `_redirects` file: one "from [key=value] to 301" line per redirect, sorted by from, exact repeats dropped. */
export function renderRedirectsFile(redirects: Redirect[]): string {
  const lines = [...redirects]
    .sort(compareRedirects)
    .map((r) => `${encodeField(r.from)}${r.query ? ` ${r.query}` : ''} ${encodeField(r.to)} 301`);
  return [...new Set(lines)].map((line) => `${line}\n`).join('');
}
