// The one rule for where a standalone page is published: pages/about.md -> /about/,
// pages/policies/corrections.md -> /policies/corrections/, pages/policies/index.md -> /policies/;
// a `type: page` file of the content folder the same way from its path there.
import type { ResolvedConfig } from '../config/index.js';
import { createRoutes, type Route } from '../index/routes.js';
import { slugify } from '../shared/slug.js';

/** URL segments of a page file (relative to pages/, POSIX separators); [] would be the home page. */
export function pageFileSegments(file: string): string[] {
  const parts = file.replace(/\.(md|markdown)$/i, '').split('/');
  if (parts.at(-1) === 'index') parts.pop();
  return parts.map(slugify);
}

/** The page's site URL and output path; shown names the file in messages (pages/about.md). */
export function pageUrl(file: string, config: ResolvedConfig, shown = `pages/${file}`): Route {
  return createRoutes(config).standalone(pageFileSegments(file), shown);
}
