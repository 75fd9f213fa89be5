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
  'redirect_from',
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
    // Templated values ({{ }}, Jekyll's and Hugo's :placeholders) are patterns, not addresses.
    if (typeof value !== 'string' || value.trim() === '' || /[{}]|^[a-z][a-z0-9+.-]*:|(^|\/):[a-z_]+/i.test(value)) continue;
    const trimmed = value.trim();
    out.push(trimmed.startsWith('/') ? trimmed : `/${trimmed}`);
  }
  return out;
}

/** How much of `params` one article may have: an alias bomb must stop here, not expand. */
export interface ParamsBudget {
  bytes: number;
  depth: number;
}

/**
 * Front matter keys Broadsheet does not read, as JSON-safe values, for templates (`article.params`).
 * A key whose value passes the budget (YAML aliases can make 700 bytes into gigabytes) is
 * reported through tooLarge and left out, so the copy stops as soon as the budget is spent.
 */
export function extraParams(
  data: Record<string, unknown>,
  budget: ParamsBudget,
  tooLarge: (key: string, why: 'bytes' | 'depth') => void,
): Record<string, unknown> | undefined {
  let params: Record<string, unknown> | undefined;
  const left = { bytes: budget.bytes };
  for (const [key, value] of Object.entries(data)) {
    if (KNOWN_KEYS.has(key)) continue;
    try {
      (params ??= {})[key] = jsonSafe(value, left, budget.depth);
    } catch (error) {
      if (!(error instanceof OverBudget)) throw error;
      tooLarge(key, error.why);
      return params;
    }
  }
  return params;
}

class OverBudget extends Error {
  constructor(readonly why: 'bytes' | 'depth') {
    super(why);
  }
}

// The article cache stores JSON and workers receive structured clones: TOML dates become their text.
function jsonSafe(value: unknown, left: { bytes: number }, depth: number): unknown {
  if (depth < 0) throw new OverBudget('depth');
  // Every value costs at least a few bytes of JSON, so a million tiny shared nodes add up too.
  left.bytes -= typeof value === 'string' ? value.length + 2 : 4;
  if (left.bytes < 0) throw new OverBudget('bytes');
  if (value instanceof Date) return /^\d{4}-\d{2}-\d{2}/.test(String(value)) ? String(value) : value.toISOString();
  if (Array.isArray(value)) return value.map((v) => jsonSafe(v, left, depth - 1));
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      left.bytes -= k.length + 3;
      out[k] = jsonSafe(v, left, depth - 1);
    }
    return out;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return value;
}
