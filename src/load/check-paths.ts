// Front matter values that become paths or URLs of the site: refused here, at load time, so a
// bad one is reported with its line before anything is rendered (and --keep-going can skip it).
import { WORDING } from '../errors/index.js';
import { aliasToPath, splitQueryAlias } from '../shared/alias-path.js';
import { reservedPathReason } from '../shared/reserved-paths.js';
import type { FieldReader, Problem } from './read-fields.js';

/**
 * Sort aliases into usable ones and problems (aliases that are not plain paths of this site),
 * with notes on aliases too long for a file. A bad alias does not make its article unusable:
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
      const data = { kind: 'alias', alias, why: target.why } as const;
      problems.push({
        key: 'aliases',
        code: 'UNSAFE_PATH',
        message: WORDING.UNSAFE_PATH.message(data),
        hint: WORDING.UNSAFE_PATH.hint(data),
      });
      continue;
    }
    // "/sitemap.xml" becomes sitemap.xml/index.html: a folder where the site writes a file.
    const reserved =
      'outPath' in target
        ? (reservedPathReason(target.outPath) ?? reservedPathReason(target.outPath.replace(/\/?index\.html$/, '')))
        : undefined;
    if (reserved) {
      problems.push({
        key: 'aliases',
        code: 'RESERVED_PATH',
        message: `The alias ${JSON.stringify(alias)} cannot be used: ${reserved}.`,
        hint: 'Remove this alias: that address belongs to the site itself (feeds, sitemaps, headers, search, our own files).',
      });
      continue;
    }
    kept.push(alias);
    if ('fitsFile' in target && !target.fitsFile) {
      notes.push(
        `The alias ${JSON.stringify(alias)} is too long for a file name (over 255 bytes), so no redirect page is written for it; only the _redirects file redirects it.`,
      );
    }
  }
  return { kept, problems, notes };
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Photo sources are site paths, relative paths or http(s) URLs: never javascript:, data: or file:. */
export function checkImageSource(r: FieldReader, key: string, src: string): boolean {
  const scheme = SCHEME.exec(src)?.[1]?.toLowerCase();
  if ((scheme === undefined || scheme === 'http' || scheme === 'https') && !/[\p{Cc}\\]/u.test(src)) return true;
  r.problems.push({
    key,
    message: `"${key}" ${JSON.stringify(src)} is not an image address this site can use.`,
    hint: 'Write a path such as /images/2019/10/photo.jpg or an https:// URL.',
  });
  return false;
}
