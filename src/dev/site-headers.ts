// dev answers with the headers of the site's own _headers file, so what the CDN's
// Content-Security-Policy blocks (an embed the sanitiser keeps, say) is seen before deploy.
import fs from 'node:fs';
import path from 'node:path';
import { SITE_FILES } from '../index/routes.js';
import { parseHeadersFile } from '../serve/index.js';

/** The headers _headers in outDir gives a decoded site path ({} when the site has no _headers). */
export function siteHeadersFor(outDir: string, pathname: string): Record<string, string> {
  let text: string;
  try {
    text = fs.readFileSync(path.join(outDir, SITE_FILES.headers), 'utf8');
  } catch {
    return {};
  }
  const headers = parseHeadersFile(text).headersFor(pathname);
  // Caching rules are for the CDN; dev always serves the latest build.
  delete headers['cache-control'];
  return headers;
}
