// Languages written right to left: pages in them need dir="rtl", or punctuation and numbers
// land on the wrong side of Arabic or Hebrew headlines.
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku-arab', 'nqo', 'ps', 'sd', 'syr', 'ug', 'ur', 'yi']);

/** True for a BCP 47 tag of a right-to-left language or script ("ar", "fa-IR", "az-Arab"). */
export function isRightToLeft(lang: unknown): boolean {
  if (typeof lang !== 'string' || lang === '') return false;
  const tag = lang.toLowerCase();
  const primary = tag.split(/[-_]/)[0]!;
  return RTL.has(primary) || /[-_](arab|hebr|thaa|syrc|nkoo|adlm|rohg)(?:[-_]|$)/.test(tag);
}
