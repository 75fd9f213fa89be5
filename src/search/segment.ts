// Scripts written without spaces between words (Khmer, Lao, Myanmar) give Pagefind, which splits
// on spaces and punctuation, one "word" per phrase, so a word inside it is never found. Word
// boundaries are marked in the indexed text and in the query the same way. Pagefind segments
// Chinese, Japanese and Thai itself (its extended binary at index time, Intl.Segmenter in its
// browser script), so those are left to it.

/**
 * An ASCII hyphen: Pagefind indexes each part of a hyphenated word and the joined word. (It keeps
 * soft hyphens, zero-width and invisible separators inside one word.) The search page takes the
 * marks out of excerpts and titles again with unmarkWords.
 */
export const WORD_MARK = '-';

/**
 * Put `separator` between the words of Khmer, Lao and Myanmar runs in `text`: Khmer at every
 * consonant or independent vowel that does not follow a coeng (one orthographic cluster each, so
 * a query matches whatever the dictionary would have cut in context), Lao and Myanmar at
 * Intl.Segmenter's dictionary word boundaries. Self-contained (no imports, no outer names): its
 * source is also the browser's (see bundlesScript), so queries are cut exactly like the index.
 */
export function markWords(text: string, separator: string): string {
  let out = text.replace(/([\u1780-\u17d1\u17d3\u17dd])(?=[\u1780-\u17b3])/g, '$1' + separator);
  if (typeof Intl === 'object' && typeof Intl.Segmenter === 'function' && /[\u0e80-\u0eff\u1000-\u109f]/.test(out)) {
    out = out.replace(/[\u0e80-\u0eff]+|[\u1000-\u109f]+/g, (run) => {
      const segmenter = new Intl.Segmenter(/[\u0e80-\u0eff]/.test(run) ? 'lo' : 'my', { granularity: 'word' });
      return Array.from(segmenter.segment(run), (s) => s.segment).join(separator);
    });
  }
  return out;
}

/**
 * Take word marks out of a result's excerpt or title (HTML, Pagefind's <mark> around matches):
 * a hyphen between two letters of those scripts. Self-contained, sent to the browser like markWords.
 */
export function unmarkWords(html: string): string {
  return html.replace(
    /([\u0e80-\u0eff\u1000-\u109f\u1780-\u17dd](?:<\/?mark>)*)-(?=(?:<\/?mark>)*[\u0e80-\u0eff\u1000-\u109f\u1780-\u17dd])/g,
    '$1',
  );
}

const NEEDS_MARKS = /[\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff]/;

/** Mark word boundaries in the text of an HTML page (never inside tags, so attributes and URLs stay as they are). */
export function markWordsInHtml(html: string): string {
  if (!NEEDS_MARKS.test(html)) return html;
  return html.replace(/>([^<]+)</g, (all, text: string) => (NEEDS_MARKS.test(text) ? `>${markWords(text, WORD_MARK)}<` : all));
}
