// Front matter values that become paths or URLs of the site: refused here, at load time, so a
// bad one is reported with its line before anything is rendered (and --keep-going can skip it).
import { aliasToPath, splitQueryAlias } from '../shared/alias-path.js';
import { reservedPathReason } from '../shared/reserved-paths.js';
import { invalidKey, type FieldReader, type Problem } from './read-fields.js';

/**
 * Sort aliases into usable ones and problems (aliases that are not plain paths of this site),
 * with the aliases too long for a file (noted, not refused). A bad alias does not make its article unusable:
 * the build still fails on it, but check can look at the rest of the article.
 */
export function checkAliases(aliases: string[]): { kept: string[]; problems: Problem[]; notes: string[] } {
  const notes: string[] = [];
  const kept: string[] = [];
  const problems: Problem[] = [];
  for (const alias of aliases) {
    // An old address with a query (WordPress's /?p=123) is served by the _redirects file alone.
    const target = splitQueryAlias(alias) ?? aliasToPath(alias);
    if ('error' in target) {
      problems.push({ key: 'aliases', code: 'UNSAFE_PATH', data: { kind: 'alias', alias, why: target.why } });
      continue;
    }
    // "/sitemap.xml" becomes sitemap.xml/index.html: a folder where the site writes a file.
    const reserved =
      'outPath' in target
        ? (reservedPathReason(target.outPath) ?? reservedPathReason(target.outPath.replace(/\/?index\.html$/, '')))
        : undefined;
    if (reserved) {
      problems.push({ key: 'aliases', code: 'RESERVED_PATH', data: { kind: 'alias', alias, why: reserved } });
      continue;
    }
    kept.push(alias);
    if ('fitsFile' in target && !target.fitsFile) {
      notes.push(alias);
    }
  }
  return { kept, problems, notes };
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Photo sources are site paths, relative paths or http(s) URLs: never javascript:, data: or file:. */
export function checkImageSource(r: FieldReader, key: string, src: string): boolean {
  const scheme = SCHEME.exec(src)?.[1]?.toLowerCase();
  if ((scheme === undefined || scheme === 'http' || scheme === 'https') && !/[\p{Cc}\\]/u.test(src)) return true;
  r.problems.push(invalidKey(key, { kind: 'image-source', key, src }));
  return false;
}
