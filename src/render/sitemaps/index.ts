// Crawler files: sitemaps, the Google News sitemap and robots.txt.
export type { SitemapEntry, SitemapFile, SitemapOptions } from './sitemaps.js';
export { renderSitemaps } from './sitemaps.js';
export type { NewsSitemapEntry, NewsSitemapOptions } from './news-sitemap.js';
export { renderNewsSitemap } from './news-sitemap.js';
export { renderRobotsTxt } from './robots-txt.js';
