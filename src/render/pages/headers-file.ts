// _headers for Netlify and Cloudflare Pages: long-lived caching for files whose names carry a
// content hash, short revalidated caching for feeds and sitemaps, and security headers for all.
import { FEED_FILES, PAGEFIND_DIR, SITE_FILES } from '../../index/routes.js';
import type { ResolvedConfig } from '../../config/index.js';
import { OWN_ASSETS_DIR } from '../../shared/reserved-paths.js';
import { DEFAULT_EMBED_HOSTS } from '../markdown/sanitize-schema.js';
import type { OutputFile } from '../../types.js';
import { BUNDLES_FILE } from '../../search/bundles-script.js';
import { SEARCH_BUNDLE_PATTERNS } from '../../search/shards.js';

/**
 * What pages may load, derived from what the body sanitiser keeps (so an embed it lets through
 * is not then blocked, and nothing else is allowed): their own files, images, audio and video
 * from the web (wire photos, sponsors, remote media), iframes from exactly the embed hosts, and
 * Pagefind's WebAssembly. No inline scripts: JSON-LD is data, not script.
 */
export function contentSecurityPolicy(embedHosts: readonly string[] = []): string {
  const frames = [...new Set([...DEFAULT_EMBED_HOSTS, ...embedHosts])].map((h) => `https://${h.toLowerCase()}`);
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // The sanitiser keeps http(s) src on img, audio, video and source; data: is for the theme only.
    "img-src 'self' data: https: http:",
    "media-src 'self' https: http:",
    `frame-src ${frames.join(' ')}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' https://duckduckgo.com https://www.google.com",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** The policy of a site with the default sanitiser allowlist. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/**
 * Both hosts combine the headers of every rule a path matches, so Cache-Control is set only on
 * rules that do not overlap; HTML pages keep the hosts' default (max-age=0, must-revalidate).
 */
export function renderHeadersFile(basePath: string, csp: string = CONTENT_SECURITY_POLICY): string {
  const rule = (pattern: string, headers: string[]) => [`${basePath}${pattern}`, ...headers.map((h) => `  ${h}`)].join('\n');
  const rules = [
    rule('/*', ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', `Content-Security-Policy: ${csp}`]),
    // Theme assets and photo renditions: every name carries a hash of the bytes.
    rule(`/${OWN_ASSETS_DIR}/*`, [`Cache-Control: ${IMMUTABLE}`]),
    // Pagefind names its index chunks, fragments and filters by content hash too (in every search bundle).
    ...SEARCH_BUNDLE_PATTERNS.flatMap((b) =>
      ['fragment', 'index', 'filter'].map((dir) => rule(`/${b}/${dir}/*`, [`Cache-Control: ${IMMUTABLE}`])),
    ),
    ...[
      ...Object.values(FEED_FILES),
      SITE_FILES.sitemap,
      SITE_FILES.newsSitemap,
      ...SEARCH_BUNDLE_PATTERNS.map((b) => `${b}/pagefind-entry.json`),
      `${PAGEFIND_DIR}/${BUNDLES_FILE}`,
    ].map((p) => rule(`/${p}`, [`Cache-Control: ${SHORT}`])),
  ];
  return `# Written by Broadsheet for Netlify and Cloudflare Pages. Put a _headers file in the static\n# folder to publish your own instead.\n${rules.join('\n')}\n`;
}

export function headersFile(config: ResolvedConfig): OutputFile {
  return { path: SITE_FILES.headers, contents: renderHeadersFile(config.basePath, contentSecurityPolicy(config.sanitize.embedHosts)) };
}
