// Standalone pages (pages/ at the site root): their own URLs and template, outside the article stream.
export { loadPages, type SitePage } from './load-pages.js';
export { pageFileSegments, pageUrl } from './page-url.js';
