// The one slug module. Slugs are made for URLs and file names: Unicode letters and marks stay
// (Khmer titles stay readable), everything is NFC, and nothing can contain a path separator or "..".
// Two variants, and only two:
// - slugify: article slugs (and names derived like them: photo rendition files). Apostrophes
//   vanish, every other run of punctuation or space becomes one "-": "Q&A: what's next" -> "q-a-whats-next".
// - termSlug: sections, tags and authors, like Hugo's urlize. Spaces become "-", all other
//   punctuation is dropped: "Q&A" -> "qa", "Don't Miss" -> "dont-miss". A section's permalink
//   segment (:section) is its term slug, so it matches the section page.
import { hashOf } from './hash.js';

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

/**
 * Longest path segment written, in UTF-8 bytes. File systems allow 255 bytes per name; a
 * Khmer or Thai headline takes three bytes per character and reaches that in 85 characters.
 */
export const MAX_SEGMENT_BYTES = 200;

/**
 * A segment cut to MAX_SEGMENT_BYTES when longer: the start of it (whole characters only) and
 * a hash of all of it, so the same name always gives the same path and two long names that
 * start alike still differ.
 */
export function fitSegment(segment: string): string {
  if (Buffer.byteLength(segment) <= MAX_SEGMENT_BYTES) return segment;
  const suffix = `-${hashOf(segment).slice(0, 10)}`;
  let kept = '';
  let bytes = 0;
  for (const ch of segment) {
    const size = Buffer.byteLength(ch);
    if (bytes + size > MAX_SEGMENT_BYTES - suffix.length) break;
    kept += ch;
    bytes += size;
  }
  // A cut can leave a combining mark without its base at the end, or a trailing hyphen.
  return kept.replace(/[-\p{M}]+$/u, '') + suffix;
}
