// robots.txt that allows everything and points crawlers at the sitemaps.

/** Render robots.txt with one Sitemap line per URL (duplicates dropped, order kept). */
export function renderRobotsTxt(options: { sitemapUrls: string[] }): string {
  // A line break inside a URL would start a new directive, so whitespace is dropped outright.
  const urls = [...new Set(options.sitemapUrls.map((url) => url.replace(/\s/g, '')).filter((url) => url !== ''))];
  const sitemaps = urls.map((url) => `Sitemap: ${url}\n`).join('');
  return `User-agent: *\nAllow: /\n${sitemaps === '' ? '' : `\n${sitemaps}`}`;
}
