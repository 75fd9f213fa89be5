// Front matter values that become paths or URLs of the site: refused here, at load time, so a
// bad one is reported with its line before anything is rendered (and --keep-going can skip it).
import { aliasToPath, splitQueryAlias } from '../shared/alias-path.js';
import type { FieldReader } from './read-fields.js';

/** Record a problem for every alias that is not a plain path of this site; returns notes on aliases too long for a file. */
export function checkAliases(r: FieldReader, aliases: string[]): string[] {
  const notes: string[] = [];
  for (const alias of aliases) {
    // An old address with a query (WordPress's /?p=123) is served by the _redirects file alone.
    const target = splitQueryAlias(alias) ?? aliasToPath(alias);
    if ('error' in target) {
      r.problems.push({
        key: 'aliases',
        code: 'UNSAFE_PATH',
        message: `${target.error.replace(/\.$/, '')}, so it cannot be used as an old address of this article.`,
        hint: 'Write aliases as site paths such as /news/12345/old-headline/, or /?p=123 for a query.',
      });
    } else if ('fitsFile' in target && !target.fitsFile) {
      notes.push(
        `The alias ${JSON.stringify(alias)} is too long for a file name (over 255 bytes), so no redirect page is written for it; only the _redirects file redirects it.`,
      );
    }
  }
  return notes;
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
