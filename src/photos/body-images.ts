// Local images in article bodies: found by the same parser check uses, resolved the way a
// browser would on the article's page, so build and check agree on which file an image is.
import type { ResolvedConfig } from '../config/index.js';
import { findBodyReferences } from '../check/body-references.js';
import { resolveLink } from '../check/site-paths.js';
import { codeVersion } from '../cache/code-version.js';
import { readArticleBody } from '../load/index.js';
import { convertMigratedSyntax } from '../render/markdown/migrate/index.js';
import { resolveSiteVariable } from '../render/markdown/migrate/site-references.js';
import { hashOf } from '../shared/hash.js';
import type { PhotoCache } from '../cache/photo-cache.js';
import type { BodyImage, IndexedArticle } from '../types.js';

/** Every image in an article's body that points inside the site, once per URL, in reading order. */
export function findBodyImages(article: IndexedArticle, config: ResolvedConfig, cache: PhotoCache): BodyImage[] {
  // Relative URLs resolve against the page's address, site paths against the site's.
  // And on the code that finds them (this module's imports: the parser and the migrated-syntax conversion).
  const key = hashOf(article.bodyHash, article.url, config.siteUrl, codeVersion(import.meta.url));
  const known = cache.bodyImages(key);
  if (known) return known;
  const images = parseBodyImages(article, config);
  cache.rememberBodyImages(key, images);
  return images;
}

function parseBodyImages(article: IndexedArticle, config: ResolvedConfig): BodyImage[] {
  const raw = readArticleBody(config.contentDir, article.file, article.bodyOffset).toString('utf8');
  // Images as the page shows them: {{< figure >}} and {{ site.baseurl }}/x.jpg converted first (render does the same).
  const body = convertMigratedSyntax(raw, (key) => resolveSiteVariable(key, article, config)).markdown;
  const out: BodyImage[] = [];
  const seen = new Set<string>();
  for (const ref of findBodyReferences(body)) {
    if (ref.kind !== 'image' || seen.has(ref.url)) continue;
    seen.add(ref.url);
    const target = resolveLink(ref.url, article.url, config);
    // Photo srcs are site paths without the base path, like photo.src in front matter.
    if (target.kind === 'site') out.push({ url: ref.url, src: `/${target.path}` });
  }
  return out;
}
