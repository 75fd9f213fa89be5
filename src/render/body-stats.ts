// What the theme shows about a body as a whole: minutes to read it, whether it opens long enough for a drop cap.

/** Words a reader gets through in a minute, the usual figure for news copy. */
const WORDS_PER_MINUTE = 230;

// Scripts written without spaces between words; their words are counted by length instead.
const UNSPACED = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]/g;
/** Characters per word in those scripts, roughly (Khmer, Thai, Lao, Burmese, Chinese, Japanese). */
const UNSPACED_CHARS_PER_WORD = 4;

/** Whole minutes (at least 1) to read a body of HTML. One linear pass: a 10 MB body costs milliseconds. */
export function readingMinutes(html: string): number {
  const text = html.replace(/<[^>]*>/g, ' ');
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  let spaced = 0;
  const words = /[^\s\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff]+/g;
  while (words.exec(text) !== null) spaced++;
  return Math.max(1, Math.round((spaced + unspaced / UNSPACED_CHARS_PER_WORD) / WORDS_PER_MINUTE));
}

/** Does the body open with a paragraph long enough to wrap several lines (where a drop cap looks right)? */
export function opensWithLongParagraph(html: string): boolean {
  const first = /^\s*<p>([\s\S]*?)<\/p>/.exec(html);
  return first !== null && first[1]!.replace(/<[^>]*>/g, '').length >= 160;
}
