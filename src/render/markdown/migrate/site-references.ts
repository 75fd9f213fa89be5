// The references migrated bodies make to the site ({% post_url %}, {% link %}, Hugo's ref and
// param, Zola's @/ links, site.url, page.url), answered from the index on the main thread. What a
// body asks for and what each answer is go into its cache key and its page's key, so a body is
// rendered again when a post it links to moves, and never otherwise.
import path from 'node:path';
import type { ResolvedConfig } from '../../../config/index.js';
import { readArticleBody } from '../../../load/index.js';
import { findSourceSite } from '../../../migrate/source-site.js';
import type { IndexedArticle, SiteIndex } from '../../../types.js';
import { convertMigratedSyntax, hasMigratedSyntax } from './convert-migrated.js';
import { openReferenceKeysCache, type ReferenceKeysCache } from '../../../cache/reference-keys-cache.js';
import { resolvePageReference } from './page-references.js';
import type { ResolveReference } from './types.js';

/** Per article file: reference -> the text it stands for (only articles whose bodies make any). */
export type BodyReferences = Map<string, Record<string, string>>;

/** The references every published body makes, resolved. */
export function resolveBodyReferences(index: SiteIndex, config: ResolvedConfig): BodyReferences {
  const out: BodyReferences = new Map();
  const cache = openReferenceKeysCache(config.cacheDir);
  let resolver: ((article: IndexedArticle) => ResolveReference) | undefined;
  for (const article of index.articles) {
    const keys = referenceKeys(article, config, cache);
    if (keys.length === 0) continue;
    resolver ??= createReferenceResolver(index, config);
    const resolve = resolver(article);
    const answers: Record<string, string> = {};
    for (const key of keys) {
      const value = resolve(key);
      if (value !== undefined) answers[key] = value;
    }
    out.set(article.file, answers);
  }
  cache.save();
  return out;
}

/** The keys a body asks the resolver for, sorted: found by converting it with a resolver that knows everything. */
export function referenceKeys(
  article: Pick<IndexedArticle, 'file' | 'bodyHash' | 'bodyOffset'>,
  config: ResolvedConfig,
  cache: ReferenceKeysCache,
): string[] {
  // What a body asks for depends only on its text: a warm build reads no body for it.
  const known = cache.get(article.bodyHash);
  if (known) return known;
  const body = readArticleBody(config.contentDir, article.file, article.bodyOffset).toString('utf8');
  const asked = new Set<string>();
  if (hasMigratedSyntax(body)) {
    convertMigratedSyntax(body, (key) => {
      asked.add(key);
      return '';
    });
  }
  const keys = [...asked].sort();
  cache.set(article.bodyHash, keys);
  return keys;
}

/** site.url, site.baseurl and page.url as Jekyll meant them (no index needed), else undefined. */
export function resolveSiteVariable(key: string, article: Pick<IndexedArticle, 'url'>, config: ResolvedConfig): string | undefined {
  if (key === 'site.url') return config.siteUrl.slice(0, config.siteUrl.length - config.basePath.length);
  if (key === 'site.baseurl') return config.basePath;
  // Jekyll's page.url leaves out the base path (templates write {{ site.baseurl }}{{ page.url }}).
  if (key === 'page.url') return article.url.slice(config.basePath.length);
  return undefined;
}

/** Answers references the way the source generators did, from this site's index. */
export function createReferenceResolver(index: SiteIndex, config: ResolvedConfig): (article: IndexedArticle) => ResolveReference {
  const byFile = new Map<string, string>();
  const byPostName = new Map<string, string>();
  const byStem = new Map<string, string[]>();
  for (const a of index.articles) {
    const file = a.file.normalize('NFC');
    byFile.set(file, a.url);
    const stem = file.replace(/\.[^./]+$/, '');
    byFile.set(stem, a.url);
    if (/(^|\/)index$/.test(stem)) byFile.set(stem.replace(/\/?index$/, ''), a.url);
    const post = /(?:^|\/)_posts\/(.+)$/.exec(stem)?.[1];
    if (post) {
      byPostName.set(post, a.url);
      byPostName.set(path.posix.basename(post), a.url);
    }
    const name = path.posix.basename(stem) === 'index' ? path.posix.basename(path.posix.dirname(stem)) : path.posix.basename(stem);
    byStem.set(name, [...(byStem.get(name) ?? []), a.url]);
  }
  const siteParams = findSourceSite(config.contentDir)?.params;
  const lookUp = (target: string, from: string): string | undefined => {
    const clean = target
      .replace(/^\.?\//, '')
      .replace(/\/$/, '')
      .normalize('NFC');
    const relative = path.posix.normalize(path.posix.join(path.posix.dirname(from), clean));
    return byFile.get(clean) ?? byFile.get(relative) ?? byFile.get(relative.replace(/\.[^./]+$/, ''));
  };
  return (article) => (key) => {
    const space = key.indexOf(' ');
    const kind = space < 0 ? key : key.slice(0, space);
    const target = space < 0 ? '' : key.slice(space + 1);
    switch (kind) {
      case 'site.url':
      case 'site.baseurl':
      case 'page.url':
        return resolveSiteVariable(key, article, config);
      case 'post_url':
        return byPostName.get(target.replace(/^\//, '').replace(/\.[^./]+$/, ''));
      case 'link':
      case 'zola':
        return lookUp(target, '') ?? resolvePageReference(target, config);
      case 'ref': {
        const found = lookUp(target, article.file);
        if (found) return found;
        const named = byStem.get(path.posix.basename(target.replace(/\/$/, '')).replace(/\.[^./]+$/, ''));
        return named?.length === 1 ? named[0] : undefined;
      }
      case 'param': {
        // Hugo's param shortcode reads the page's front matter, then the site's [params].
        const own = article.params?.[target];
        const value = own !== undefined ? own : siteParams?.[target.toLowerCase()];
        const text = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
        // Front matter text goes into the Markdown as text, not markup.
        return text?.replace(/&/g, '&amp;').replace(/</g, '&lt;');
      }
    }
    return undefined;
  };
}
