// What dev adds to HTML it serves (never to the files on disk): the reload script and, after a
// failed rebuild, the error overlay, between markers so tests can take it out again.

export const INJECT_START = '<!--broadsheet-dev-->';
export const INJECT_END = '<!--/broadsheet-dev-->';

/** The page with the snippet inserted before its last </body> (or at the end when there is none). */
export function injectIntoHtml(html: string, snippet: string): string {
  const block = `${INJECT_START}${snippet}${INJECT_END}`;
  const at = html.toLowerCase().lastIndexOf('</body>');
  return at < 0 ? html + block : html.slice(0, at) + block + html.slice(at);
}
