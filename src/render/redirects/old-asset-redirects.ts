// Our own fingerprinted files moved from /assets/ to /_broadsheet/ (issue 12), because Jekyll and
// Hugo archives keep their content images under /assets/. Old addresses keep working.
import { OLD_ASSETS_DIR, OWN_ASSETS_DIR } from '../../shared/reserved-paths.js';

/**
 * _redirects lines from the old folder to the new one: one per theme file, and for photo
 * renditions (when there are any) one wildcard rule unless the content itself publishes under /assets/photos/
 * (Cloudflare applies redirects before files, so the rule would hide that content).
 */
export function oldAssetRedirectLines(basePath: string, themePaths: string[], contentPaths: string[], renditions: boolean): string[] {
  const moved = (p: string) => `${basePath}/${OLD_ASSETS_DIR}/${p.slice(OWN_ASSETS_DIR.length + 1)}`;
  const lines = themePaths.filter((p) => p.startsWith(`${OWN_ASSETS_DIR}/`)).map((p) => `${moved(p)} ${basePath}/${p} 301`);
  const photos = `${OLD_ASSETS_DIR}/photos/`;
  if (renditions && !contentPaths.some((p) => p.startsWith(photos)))
    lines.push(`${basePath}/${photos}* ${basePath}/${OWN_ASSETS_DIR}/photos/:splat 301`);
  return lines.sort();
}
