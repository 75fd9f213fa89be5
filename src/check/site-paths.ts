// Where a link in an article leads, and whether the site has a file there. The set of files is
// what the render stage plans for this index, so it follows every URL rule the build follows.
import type { ResolvedConfig } from '../config/index.js';

export type LinkTarget =
  /** Another host, mailto:, an in-page #fragment: nothing to check. */
  | { kind: 'external' }
  /** Same host but not under the site's base path: the site cannot serve it. */
  | { kind: 'outside'; pathname: string }
  /** A path inside the site, decoded, relative to the base path ('' for the home page). */
  | { kind: 'site'; path: string }
  | { kind: 'malformed' };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Resolve a link as a browser would on the page at pageUrl (a site path that includes the base path). */
export function resolveLink(href: string, pageUrl: string, config: ResolvedConfig): LinkTarget {
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'external' };
  const origin = config.siteUrl.slice(0, config.siteUrl.length - config.basePath.length);
  let url: URL;
  try {
    url = new URL(trimmed, `${origin}${pageUrl}`);
  } catch {
    return { kind: 'malformed' };
  }
  if (url.origin !== origin || (SCHEME.test(trimmed) && !/^https?:/i.test(trimmed))) return { kind: 'external' };
  const base = `${config.basePath}/`;
  if (!url.pathname.startsWith(base)) return { kind: 'outside', pathname: url.pathname };
  try {
    return { kind: 'site', path: decodeURIComponent(url.pathname.slice(base.length)).normalize('NFC') };
  } catch {
    return { kind: 'malformed' };
  }
}

/** Does the site serve this path? A folder URL is served by its index.html; "a/b" also by a/b/index.html. */
export function siteServes(path: string, outputs: ReadonlySet<string>): boolean {
  if (path === '' || path.endsWith('/')) return outputs.has(`${path}index.html`);
  return outputs.has(path) || outputs.has(`${path}/index.html`);
}
