// The one script the search page loads from the index: the list of bundles (by language) and the
// word marking of segment.ts, so the browser cuts a query into words exactly as the index was cut.
import { markWords, unmarkWords } from './segment.js';
import type { SearchShard } from './shards.js';

/** File name under pagefind/. */
export const BUNDLES_FILE = 'broadsheet-bundles.js';

/** The script: `window.broadsheetSearch = { bundles: [{ id, lang, pages }], markWords, unmarkWords }`. */
export function bundlesScript(shards: SearchShard[]): string {
  const bundles = shards.map((s) => ({ id: s.id, lang: s.lang, pages: s.articles.length }));
  return [
    '// Written by Broadsheet: the search bundles of this site, and how a query is cut into words.',
    `window.broadsheetSearch = { bundles: ${JSON.stringify(bundles)}, markWords: ${markWords.toString()}, unmarkWords: ${unmarkWords.toString()} };`,
    '',
  ].join('\n');
}
