// What a user may write in broadsheet.config.json. valibot rather than zod: the schema is
// checked on every build, and valibot loads in ~15 ms where zod takes ~100 ms of start-up.
import * as v from 'valibot';
import { menusSchema } from '../data/menus.js';
import { FORBIDDEN_PROTOCOLS, isForbiddenAttribute, isForbiddenTag } from '../shared/unsafe-html.js';

export const SHARE_TARGETS = ['facebook', 'x', 'linkedin', 'telegram', 'whatsapp', 'email'] as const;
export type ShareTarget = (typeof SHARE_TARGETS)[number];

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const text = v.pipe(v.string(), v.minLength(1));
const url = v.pipe(v.string(), v.url());
// Addresses that go into pages (sponsor link, logo): http(s) only, never javascript: or data:.
const webUrl = v.pipe(url, v.regex(/^https?:\/\//i, 'expected an http:// or https:// address'));
const pageAddress = v.pipe(
  v.string(),
  v.check(
    (s) => /^https?:\/\//i.test(s) || !/^[a-z][a-z0-9+.-]*:|^\/\/|[\\\p{Cc}]/iu.test(s),
    'expected a site path such as /images/logo.png or an https:// address',
  ),
);

const sponsorSchema = v.strictObject({
  name: text,
  url: v.optional(webUrl),
  image: v.optional(pageAddress),
  label: v.optional(v.string(), 'Sponsored by'),
});

const feedSchema = v.strictObject({
  items: v.optional(int(1, 1000), 20),
  content: v.optional(v.picklist(['summary', 'full']), 'summary'),
});

// issue 5: defaults for `broadsheet new`.
const newArticleSchema = v.strictObject({
  byline: v.optional(text),
  section: v.optional(text),
});

const newsSitemapSchema = v.strictObject({
  windowHours: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(24 * 30)), 48),
  max: v.optional(int(1, 1000), 1000),
});

// Issue 7: responsive photos. JPEG is always made, as the fallback every browser reads.
export const PHOTO_FORMATS = ['avif', 'webp'] as const;
const photosSchema = v.strictObject({
  widths: v.optional(v.pipe(v.array(int(16, 8192)), v.minLength(1), v.maxLength(12)), () => [400, 800, 1200, 1600]),
  formats: v.optional(v.array(v.picklist(PHOTO_FORMATS)), () => [...PHOTO_FORMATS]),
  quality: v.optional(int(1, 100), 70),
});

// Issue 6: a site may widen the Markdown sanitiser's allowlist, never past what runs code.
const hostName = v.pipe(v.string(), v.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i, 'expected a host name such as "open.spotify.com"'));
const tagName = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9-]*$/, 'expected a lower-case element name'),
  v.check((t) => !isForbiddenTag(t), 'this element runs code, animates attributes or restyles the page and is never allowed'),
);
const attributeName = v.pipe(
  v.string(),
  v.regex(/^[a-zA-Z][a-zA-Z0-9-]*$/, 'expected an attribute name'),
  v.check((a) => !isForbiddenAttribute(a), 'event handlers, srcdoc, formaction and style are never allowed'),
);
const protocol = v.pipe(
  v.string(),
  v.regex(/^[a-z][a-z0-9+.-]*$/, 'expected a URL scheme without ":", such as "sms"'),
  v.check((p) => !FORBIDDEN_PROTOCOLS.includes(p), 'javascript:, vbscript:, data: and file: URLs are never allowed'),
);
const sanitizeSchema = v.strictObject({
  embedHosts: v.optional(v.array(hostName), () => []),
  tags: v.optional(v.array(tagName), () => []),
  attributes: v.optional(v.record(v.union([tagName, v.literal('*')]), v.array(attributeName)), () => ({})),
  protocols: v.optional(v.array(protocol), () => []),
});

// Issue 13: bounded work per article. Past a limit the article gets a coded error (left out
// with --keep-going); the defaults are far above real articles and far below what hurts a build.
export const DEFAULT_LIMITS = {
  bodyBytes: 2 * 1024 * 1024,
  nesting: 32,
  inlineMarks: 5000,
  tableCells: 100_000,
  frontMatterBytes: 256 * 1024,
  frontMatterDepth: 32,
  paramsBytes: 64 * 1024,
  renderSeconds: 30,
};
const limitsSchema = v.strictObject({
  bodyBytes: v.optional(int(1024, 64 * 1024 * 1024), DEFAULT_LIMITS.bodyBytes),
  nesting: v.optional(int(4, 1000), DEFAULT_LIMITS.nesting),
  inlineMarks: v.optional(int(100, 1_000_000), DEFAULT_LIMITS.inlineMarks),
  tableCells: v.optional(int(100, 10_000_000), DEFAULT_LIMITS.tableCells),
  frontMatterBytes: v.optional(int(1024, 16 * 1024 * 1024), DEFAULT_LIMITS.frontMatterBytes),
  frontMatterDepth: v.optional(int(4, 1000), DEFAULT_LIMITS.frontMatterDepth),
  paramsBytes: v.optional(int(1024, 16 * 1024 * 1024), DEFAULT_LIMITS.paramsBytes),
  renderSeconds: v.optional(v.pipe(v.number(), v.minValue(0.1), v.maxValue(3600)), DEFAULT_LIMITS.renderSeconds),
});

// Issue 18: unified plugins and Handlebars helpers. A plugin is a module specifier (resolved from
// the config's folder; what a JSON, YAML or TOML config can say) or, in a JS/TS config, the plugin
// function itself; either alone or as [plugin, options]. Config files are trusted code.
const pluginRef = v.union([text, v.function()]);
const pluginEntry = v.union([pluginRef, v.tuple([pluginRef, v.unknown()])]);
const markdownSchema = v.strictObject({
  remarkPlugins: v.optional(v.array(pluginEntry), () => []),
  rehypePlugins: v.optional(v.array(pluginEntry), () => []),
});
export type PluginEntry = v.InferOutput<typeof pluginEntry>;

// Issue 16: the languages of a multilingual site. Left out, a site whose articles carry several
// languages gets one entry per language found (see src/index/languages.ts).
const languageSchema = v.strictObject({
  code: v.pipe(v.string(), v.regex(/^[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*$/, 'expected a BCP 47 language tag such as "km" or "zh-CN"')),
  name: v.optional(text),
  prefix: v.optional(
    v.pipe(v.string(), v.regex(/^([a-z0-9][a-z0-9-]*)?$/, 'expected one lower-case URL segment such as "km", or "" for the root')),
  ),
  title: v.optional(text),
  description: v.optional(v.string()),
});
export type LanguageOptions = v.InferOutput<typeof languageSchema>;

/** Unknown keys are errors; every default lives here. */
export const siteOptionsSchema = v.strictObject({
  title: v.optional(text, 'Broadsheet'),
  description: v.optional(v.string(), ''),
  publication: v.optional(text),
  baseUrl: v.optional(url, 'http://localhost:8080/'),
  language: v.optional(v.pipe(v.string(), v.minLength(2)), 'en'),
  languages: v.optional(v.pipe(v.array(languageSchema), v.minLength(1), v.maxLength(200))),
  timeZone: v.optional(v.string(), 'UTC'),
  perPage: v.optional(int(1, 1000), 20),
  permalink: v.optional(
    v.pipe(
      v.string(),
      v.check(
        (p) => p.startsWith('/') && p.endsWith('/'),
        'expected a folder pattern that starts and ends with "/", such as "/:year/:month/:slug/"',
      ),
      v.check(
        (p) => !/:(?!(year|month|day|slug|section|lang)\b)/.test(p),
        'the tokens are :year, :month, :day, :slug, :section and :lang; any other ":" is not allowed',
      ),
    ),
    '/:year/:month/:slug/',
  ),
  shareTargets: v.optional(v.array(v.picklist(SHARE_TARGETS)), () => [...SHARE_TARGETS]),
  sponsor: v.optional(v.nullable(sponsorSchema), null),
  content: v.optional(v.string()),
  out: v.optional(v.string()),
  templates: v.optional(v.string()),
  cacheDir: v.optional(v.string()),
  feed: v.optional(feedSchema, () => ({ items: 20, content: 'summary' as const })),
  relatedCount: v.optional(int(0, 50), 5),
  newsSitemap: v.optional(newsSitemapSchema, () => ({ windowHours: 48, max: 1000 })),
  sitemapMaxUrls: v.optional(int(1, 50000), 50000),
  logo: v.optional(pageAddress),
  newArticle: v.optional(newArticleSchema, () => ({})),
  // Issue 7: Pagefind search (or none); the no-JavaScript fallback form goes to a web search engine.
  search: v.optional(v.picklist(['pagefind', 'none']), 'pagefind'),
  searchFallback: v.optional(v.picklist(['duckduckgo', 'google', 'none']), 'duckduckgo'),
  static: v.optional(v.string()),
  photos: v.optional(photosSchema, () => ({ widths: [400, 800, 1200, 1600], formats: [...PHOTO_FORMATS], quality: 70 })),
  headers: v.optional(v.boolean(), true),
  sanitize: v.optional(sanitizeSchema, () => ({ embedHosts: [], tags: [], attributes: {}, protocols: [] })),
  limits: v.optional(limitsSchema, () => ({ ...DEFAULT_LIMITS })),
  // Issue 18: the data folder (site.data, authors, menus) and menus given in the config instead.
  data: v.optional(v.string()),
  pages: v.optional(v.string()),
  menus: v.optional(menusSchema),
  markdown: v.optional(markdownSchema, () => ({ remarkPlugins: [], rehypePlugins: [] })),
  helpers: v.optional(
    v.record(v.pipe(v.string(), v.regex(/^[A-Za-z_][A-Za-z0-9_-]*$/, 'expected a helper name')), v.function()),
    () => ({}),
  ),
});

export type Limits = typeof DEFAULT_LIMITS;

export type SiteOptions = v.InferInput<typeof siteOptionsSchema>;
export type ParsedOptions = v.InferOutput<typeof siteOptionsSchema>;

/** The keys known at a path of nested objects ([] for the top level). */
export function knownKeys(at: string[]): string[] {
  let schema: { entries?: Record<string, unknown> } = siteOptionsSchema;
  for (const key of at) {
    let next = schema.entries?.[key] as { wrapped?: unknown; entries?: Record<string, unknown> } | undefined;
    while (next && !next.entries && next.wrapped) next = next.wrapped as typeof next;
    if (!next?.entries) return [];
    schema = next;
  }
  return Object.keys(schema.entries ?? {});
}
