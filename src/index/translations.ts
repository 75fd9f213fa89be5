// Links between the language versions of an article, and the old addresses of articles that a
// language folder moved (issue 16).
import { createProblem, type Warn } from '../errors/index.js';
import type { IndexedArticle } from '../types.js';

/**
 * Articles with one group key (translationKey, else the same path across language folders or
 * file name suffixes) are translations of each other: one per language, so every link has its
 * way back. A second article of a language in a group is warned about and left unlinked.
 */
export function linkTranslations(articles: IndexedArticle[], groups: readonly string[], codes: readonly string[], warn?: Warn): void {
  const byKey = new Map<string, Map<string, number>>();
  articles.forEach((a, i) => {
    const key = groups[i]!;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = new Map()));
    const lang = (a.lang ?? codes[a.language]!).toLowerCase();
    const taken = group.get(lang);
    if (taken === undefined) group.set(lang, i);
    else if (key.startsWith('key:')) {
      const other = articles[taken]!;
      const data = { file: a.file, other: other.file, lang: a.lang ?? codes[a.language]!, key: key.slice(4) };
      warn?.(
        createProblem('DUPLICATE_TRANSLATION', data, {
          location: { file: a.file, line: a.keyLines?.translationKey ?? 1, key: 'translationKey' },
          severity: 'warning',
        }),
      );
    }
  });
  for (const group of byKey.values()) {
    if (group.size < 2) continue;
    const members = [...group.values()].sort((x, y) => x - y);
    for (const i of members) articles[i]!.translations = members.filter((j) => j !== i);
  }
}

/**
 * Articles of a language with its own folder (/km/...) were at the root while the site had one
 * language: their old address becomes a redirect, unless another article has it as its address
 * or alias, or two moved articles shared it (then it was never one article's address).
 */
export function addMovedPaths(articles: IndexedArticle[], rootUrls: readonly (string | undefined)[], basePath: string): void {
  const sitePath = (url: string) => decodeURI(url).slice(basePath.length);
  const slash = (p: string) => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const taken = new Set<string>();
  for (const a of articles) {
    taken.add(slash(sitePath(a.url)));
    for (const alias of a.aliases) taken.add(slash(alias));
  }
  const claims = new Map<string, number>();
  for (const url of rootUrls) if (url !== undefined) claims.set(url, (claims.get(url) ?? 0) + 1);
  rootUrls.forEach((url, i) => {
    if (url === undefined || claims.get(url) !== 1) return;
    const path = sitePath(url);
    if (taken.has(slash(path))) return;
    const a = articles[i]!;
    a.aliases = [...a.aliases, path];
  });
}
