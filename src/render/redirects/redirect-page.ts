// A stand-alone HTML redirect for hosts that read no `_redirects` file: meta refresh for
// browsers, rel=canonical so search engines move the old URL's standing to the new one.
import { escapeXmlAttribute, escapeXmlText } from '../feeds/xml-escape.js';
import type { Redirect } from './redirect-types.js';

// Quotes would end the URL inside the refresh attribute's own url='…' syntax, and whitespace
// or angle brackets have no business in a URL; percent-encoding keeps the target the same.
const URL_UNSAFE = /["'<>`\s]/gu;

function toSafeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) {
    // A javascript: or data: target would run script from the old address.
    throw new TypeError(`Redirect target must be an absolute http(s) URL, got ${JSON.stringify(url)}.`);
  }
  // encodeURIComponent leaves ' alone, so ASCII is encoded by hand.
  return url.replace(URL_UNSAFE, (c) =>
    c < '\u0080' ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c),
  );
}

/** Render an HTML page that redirects to redirect.toAbsolute and asks not to be indexed. */
export function renderRedirectPage(redirect: Redirect, title: string, lang = 'en'): string {
  const href = escapeXmlAttribute(toSafeUrl(redirect.toAbsolute));
  const label = escapeXmlText(title.trim() === '' ? redirect.toAbsolute : title);
  return [
    '<!doctype html>',
    `<html lang="${escapeXmlAttribute(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${label}</title>`,
    '<meta name="robots" content="noindex">',
    `<link rel="canonical" href="${href}">`,
    `<meta http-equiv="refresh" content="0; url=${href}">`,
    '</head>',
    '<body>',
    `<p>This page has moved to <a href="${href}">${label}</a>.</p>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
