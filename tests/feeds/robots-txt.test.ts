import { describe, expect, it } from 'vitest';
import { renderRobotsTxt } from '../../src/render/sitemaps/index.js';

describe('renderRobotsTxt', () => {
  it('allows everything and lists each sitemap once', () => {
    const text = renderRobotsTxt({
      sitemapUrls: ['https://example.org/sitemap.xml', 'https://example.org/news-sitemap.xml', 'https://example.org/sitemap.xml'],
    });
    expect(text).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\nSitemap: https://example.org/news-sitemap.xml\n',
    );
  });

  it('cannot be given extra directives through a URL', () => {
    const text = renderRobotsTxt({ sitemapUrls: ['https://example.org/a.xml\nDisallow: /'] });
    expect(text.split('\n').filter((l) => l.startsWith('Disallow'))).toEqual([]);
  });

  it('has no Sitemap lines without sitemaps', () => {
    expect(renderRobotsTxt({ sitemapUrls: [] })).toBe('User-agent: *\nAllow: /\n');
  });
});
