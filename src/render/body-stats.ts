// What the theme shows about a body as a whole: minutes to read it, whether it opens long enough for a drop cap.

/** Words a reader gets through in a minute, the usual figure for news copy. */
const WORDS_PER_MINUTE = 230;

const segmenters = new Map<string, Intl.Segmenter>();

/** Whole minutes (at least 1) to read a body of HTML; words are found by ICU, so Khmer and Thai count too. */
export function readingMinutes(html: string, lang = 'en'): number {
  const text = html.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ');
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(safeLang(lang), { granularity: 'word' });
    segmenters.set(lang, segmenter);
  }
  let words = 0;
  for (const s of segmenter.segment(text)) if (s.isWordLike) words++;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

function safeLang(lang: string): string {
  try {
    return new Intl.Locale(lang).toString();
  } catch {
    return 'en';
  }
}

/** Does the body open with a paragraph long enough to wrap several lines (where a drop cap looks right)? */
export function opensWithLongParagraph(html: string): boolean {
  const first = /^\s*<p>([\s\S]*?)<\/p>/.exec(html);
  return first !== null && first[1]!.replace(/<[^>]*>/g, '').length >= 160;
}
