// Finding the line a front matter key is written on, for messages. Kept apart from the parsers
// so that code which only needs lines (check) does not load them.

/** 1-based file line of a top-level front matter key, or undefined. */
export function lineOfKey(text: string, key: string, split: { format: string; bodyLine: number }): number | undefined {
  const lines = text.split('\n', split.bodyLine);
  const pattern =
    split.format === 'json' ? new RegExp(`^\\s*"${escapeRegExp(key)}"\\s*:`) : new RegExp(`^["']?${escapeRegExp(key)}["']?\\s*[:=]`);
  for (let i = 0; i < lines.length; i++) if (pattern.test(lines[i]!)) return i + 1;
  return undefined;
}

/** The line of a key in the text of an article file already loaded (its body starts at bodyLine). */
export function lineOfKeyInArticle(text: string, key: string, bodyLine: number): number | undefined {
  const format = text.replace(/^\uFEFF/, '').startsWith('{') ? 'json' : 'yaml';
  return lineOfKey(text, key, { format, bodyLine });
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
