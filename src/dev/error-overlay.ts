// The error overlay dev lays over a page when the last rebuild failed; every text in it is escaped.
import type { Problem } from './problems.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const BOX =
  'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;background:rgba(20,20,20,.94);' +
  'color:#f5f5f5;font:15px/1.5 system-ui,sans-serif;text-align:left';
const PRE = 'margin:.5rem 0;padding:.75rem;background:#000;color:#ddd;font:13px/1.4 ui-monospace,monospace;overflow:auto;white-space:pre';

/** The overlay listing every problem of the failed rebuild. */
export function renderErrorOverlay(problems: Problem[]): string {
  const items = problems.map((p) => {
    const head = `${p.where ? `<strong>${escapeHtml(p.where)}</strong> ` : ''}<code>${escapeHtml(p.code)}</code> ${escapeHtml(p.title)}`;
    return (
      `<li style="margin:0 0 1.5rem"><p style="margin:0">${head}</p>` +
      `<p style="margin:.25rem 0">${escapeHtml(p.message)}</p>` +
      (p.frame ? `<pre style="${PRE}">${escapeHtml(p.frame)}</pre>` : '') +
      (p.hint ? `<p style="margin:.25rem 0;color:#9fd3ff">Hint: ${escapeHtml(p.hint)}</p>` : '') +
      '</li>'
    );
  });
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return (
    `<div id="broadsheet-dev-overlay" role="alertdialog" aria-labelledby="broadsheet-dev-overlay-title" style="${BOX}">` +
    `<h2 id="broadsheet-dev-overlay-title" style="margin:0 0 1rem;color:#ff8a80;font-size:1.3rem">The last rebuild failed: ${count}</h2>` +
    `<ol style="margin:0;padding-left:1.5rem">${items.join('')}</ol>` +
    '<p style="margin:1rem 0 0;color:#bbb">This page is from the last good build. Fix the file and save: the page reloads by itself.</p>' +
    '<button type="button" data-broadsheet-close style="position:absolute;top:1rem;right:1rem">Close</button>' +
    '</div>'
  );
}
