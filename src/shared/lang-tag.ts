// Language tags as written in front matter and config ("zh_cn", "EN", "km-kh") made into the
// canonical BCP 47 form browsers, screen readers and feed readers expect ("zh-CN", "en", "km-KH").

export type LangTag = { kind: 'valid'; tag: string } | { kind: 'invalid'; written: string };

/** The canonical BCP 47 form of a tag (underscores read as hyphens), or invalid when it is not a tag at all. */
export function normalizeLangTag(written: string): LangTag {
  const trimmed = written.trim().replace(/_/g, '-');
  if (trimmed === '') return { kind: 'invalid', written };
  try {
    const [tag] = Intl.getCanonicalLocales(trimmed);
    return tag ? { kind: 'valid', tag } : { kind: 'invalid', written };
  } catch {
    return { kind: 'invalid', written };
  }
}

/** The tags to try for a page in this language, most specific first: "km-KH" -> ["km-KH", "km"]. */
export function langFallbacks(tag: string): string[] {
  const parts = tag.split('-');
  const out: string[] = [];
  for (let n = parts.length; n > 0; n--) {
    // A prefix ending in a singleton ("de-u" of "de-u-co-phonebk") is not a tag.
    if (parts[n - 1]!.length === 1) continue;
    out.push(parts.slice(0, n).join('-'));
  }
  return out;
}

/** The primary language of a tag, lower case ("zh-Hant-TW" -> "zh"): what `:lang()` and voices match on. */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
