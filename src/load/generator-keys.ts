// Front matter as Jekyll, Hugo, Zola and Eleventy archives write it: their spellings of the keys
// Broadsheet reads, their old-URL keys, and every other key kept for templates as `params`.

/** Keys normalizeArticle reads in any spelling; everything else goes to params. */
const KNOWN_KEYS = new Set([
  'title',
  'date',
  'updated',
  'lastmod',
  'last_modified_at',
  'byline',
  'author',
  'authors',
  'publication',
  'section',
  'categories',
  'category',
  'tags',
  'keywords',
  'photo',
  'image',
  'images',
  'photo_credit',
  'photo_alt',
  'photo_caption',
  'summary',
  'description',
  'excerpt',
  'slug',
  'aliases',
  'url',
  'permalink',
  'path',
  'draft',
  'corrections',
  'prev',
  'next',
  'lang',
  'translationKey',
  'translation_key',
]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** The first item of a list, or the value itself. */
export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/** A Zola taxonomy (`[taxonomies] tags = [...]`), or undefined. */
export function taxonomy(data: Record<string, unknown>, name: string): unknown {
  return isRecord(data.taxonomies) ? data.taxonomies[name] : undefined;
}

/**
 * The page's own address in the generator it came from: Hugo `url`, Jekyll/Eleventy `permalink`,
 * Zola `path`. Published as a redirect so old links keep working; templated values are skipped.
 */
export function oldAddresses(data: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['url', 'permalink', 'path']) {
    const value = data[key];
    if (typeof value !== 'string' || value.trim() === '' || /[{}]|^[a-z][a-z0-9+.-]*:/i.test(value)) continue;
    const trimmed = value.trim();
    out.push(trimmed.startsWith('/') ? trimmed : `/${trimmed}`);
  }
  return out;
}

/** Front matter keys Broadsheet does not read, as JSON-safe values, for templates (`article.params`). */
export function extraParams(data: Record<string, unknown>): Record<string, unknown> | undefined {
  let params: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(data)) {
    if (KNOWN_KEYS.has(key)) continue;
    (params ??= {})[key] = jsonSafe(value);
  }
  return params;
}

// The article cache stores JSON and workers receive structured clones: TOML dates become their text.
function jsonSafe(value: unknown): unknown {
  if (value instanceof Date) return /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, jsonSafe(v)]));
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
