// Slugs are made for URLs and file names: Unicode letters and marks stay (Khmer titles stay
// readable), everything is NFC, and nothing can contain a path separator or "..".

const NOT_SLUG_CHAR = /[^\p{L}\p{M}\p{N}_-]+/gu;

/** Article slug from a title or file name: lower case, runs of other characters become "-". */
export function slugify(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’'`]/g, '')
    .toLowerCase()
    .replace(NOT_SLUG_CHAR, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Term slug like Hugo's urlize: spaces become "-", other punctuation is dropped. */
export function termSlug(name: string): string {
  let out = '';
  let hyphen = false;
  for (const ch of name.normalize('NFC')) {
    if (/[\p{L}\p{M}\p{N}_-]/u.test(ch)) {
      if (hyphen) out += '-';
      hyphen = false;
      out += ch;
    } else if (out && /\s/u.test(ch)) hyphen = true;
  }
  return out.toLowerCase();
}

/** True when a user-written slug would be unsafe as one path segment. */
export function isUnsafeSegment(segment: string): boolean {
  return /[/\\\0]/.test(segment) || segment === '.' || segment.includes('..');
}
