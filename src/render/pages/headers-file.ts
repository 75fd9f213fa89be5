// _headers for Netlify and Cloudflare Pages: long-lived caching for files whose names carry a
// content hash, short revalidated caching for feeds and sitemaps, and security headers for all.
import { FEED_FILES, PAGEFIND_DIR, SITE_FILES } from '../../index/routes.js';
import type { ResolvedConfig } from '../../config/index.js';
import type { OutputFile } from '../../types.js';

/**
 * What pages may load: their own files, images from anywhere over HTTPS (wire photos, sponsors),
 * YouTube embeds, and Pagefind's WebAssembly. No inline scripts: JSON-LD is data, not script.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  'frame-src https://www.youtube.com https://www.youtube-nocookie.com',
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self' https://duckduckgo.com https://www.google.com",
  "frame-ancestors 'self'",
].join('; ');

const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=300, must-revalidate';

/**
 * Both hosts combine the headers of every rule a path matches, so Cache-Control is set only on
 * rules that do not overlap; HTML pages keep the hosts' default (max-age=0, must-revalidate).
 */
export function renderHeadersFile(basePath: string): string {
  const rule = (pattern: string, headers: string[]) => [`${basePath}${pattern}`, ...headers.map((h) => `  ${h}`)].join('\n');
  const rules = [
    rule('/*', [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      `Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    ]),
    // Theme assets and photo renditions: every name carries a hash of the bytes.
    rule('/assets/*', [`Cache-Control: ${IMMUTABLE}`]),
    // Pagefind names its index chunks, fragments and filters by content hash too.
    ...['fragment', 'index', 'filter'].map((dir) => rule(`/${PAGEFIND_DIR}/${dir}/*`, [`Cache-Control: ${IMMUTABLE}`])),
    ...[...Object.values(FEED_FILES), SITE_FILES.sitemap, SITE_FILES.newsSitemap, SITE_FILES.searchEntry].map((p) =>
      rule(`/${p}`, [`Cache-Control: ${SHORT}`]),
    ),
  ];
  return `# Written by Broadsheet for Netlify and Cloudflare Pages. Put a _headers file in the static\n# folder to publish your own instead.\n${rules.join('\n')}\n`;
}

export function headersFile(config: ResolvedConfig): OutputFile {
  return { path: SITE_FILES.headers, contents: renderHeadersFile(config.basePath) };
}
