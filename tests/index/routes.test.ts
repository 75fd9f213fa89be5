// Every kind of URL the site has, from the one routing module, at the root and under a base path.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRoutes, sitemapChunkPath, SITE_FILES, type Route } from '../../src/index/routes.js';
import { article, buildSite, writeSite } from '../helpers/site.js';

const fields = { year: '2019', month: '10', day: '23', slug: 'river-festival', section: 'dont-miss' };

// [kind, route at the root, route under /news]
function table(basePath: string, permalink = '/:year/:month/:slug/'): [string, Route | string][] {
  const r = createRoutes({ basePath, permalink });
  return [
    ['home', r.list([])],
    ['home page 2', r.list([], 2)],
    ['article', r.article(fields, 'a.md')],
    ['article with :section', createRoutes({ basePath, permalink: '/:section/:year/:slug/' }).article(fields, 'a.md')],
    ['section', r.term('section', 'dont-miss')],
    ['section page 3', r.term('section', 'dont-miss', 3)],
    ['tag', r.term('tag', 'phnom-penh')],
    ['author', r.term('author', 'sok-chenda')],
    ['Khmer tag', r.term('tag', 'ភ្នំពេញ')],
    ['sections index', r.termIndex('section')],
    ['tags index', r.termIndex('tag')],
    ['authors index', r.termIndex('author')],
    ['year', r.date('2019')],
    ['month', r.date('2019/10')],
    ['day page 2', r.date('2019/10/23', 2)],
    ['archive', r.archive()],
    ['search', r.search()],
    ['site RSS', r.feeds(r.list([])).rss],
    ['site Atom', r.feeds(r.list([])).atom],
    ['site JSON Feed', r.feeds(r.list([])).json],
    ['tag RSS', r.feeds(r.term('tag', 'rice')).rss],
    ['section JSON Feed', r.feeds(r.term('section', 'national')).json],
    ['theme asset', r.file('assets/style.0123456789.css')],
    ['sitemap', r.file(SITE_FILES.sitemap)],
    ['sitemap chunk', sitemapChunkPath(2)],
    ['news sitemap', r.file(SITE_FILES.newsSitemap)],
    ['robots.txt', SITE_FILES.robots],
    ['_redirects', SITE_FILES.redirects],
    ['search bundle', r.file('pagefind/')],
    ['alias', r.alias('/old/%E1%9E%80/')],
  ];
}

describe('routes', () => {
  it('computes every URL kind and its output file', () => {
    expect(Object.fromEntries(table(''))).toEqual({
      home: { url: '/', outPath: 'index.html' },
      'home page 2': { url: '/page/2/', outPath: 'page/2/index.html' },
      article: { url: '/2019/10/river-festival/', outPath: '2019/10/river-festival/index.html' },
      'article with :section': { url: '/dont-miss/2019/river-festival/', outPath: 'dont-miss/2019/river-festival/index.html' },
      section: { url: '/section/dont-miss/', outPath: 'section/dont-miss/index.html' },
      'section page 3': { url: '/section/dont-miss/page/3/', outPath: 'section/dont-miss/page/3/index.html' },
      tag: { url: '/tags/phnom-penh/', outPath: 'tags/phnom-penh/index.html' },
      author: { url: '/authors/sok-chenda/', outPath: 'authors/sok-chenda/index.html' },
      'Khmer tag': { url: `/tags/${encodeURIComponent('ភ្នំពេញ')}/`, outPath: 'tags/ភ្នំពេញ/index.html' },
      'sections index': { url: '/section/', outPath: 'section/index.html' },
      'tags index': { url: '/tags/', outPath: 'tags/index.html' },
      'authors index': { url: '/authors/', outPath: 'authors/index.html' },
      year: { url: '/2019/', outPath: '2019/index.html' },
      month: { url: '/2019/10/', outPath: '2019/10/index.html' },
      'day page 2': { url: '/2019/10/23/page/2/', outPath: '2019/10/23/page/2/index.html' },
      archive: { url: '/archive/', outPath: 'archive/index.html' },
      search: { url: '/search/', outPath: 'search/index.html' },
      'site RSS': { url: '/index.xml', outPath: 'index.xml' },
      'site Atom': { url: '/atom.xml', outPath: 'atom.xml' },
      'site JSON Feed': { url: '/feed.json', outPath: 'feed.json' },
      'tag RSS': { url: '/tags/rice/index.xml', outPath: 'tags/rice/index.xml' },
      'section JSON Feed': { url: '/section/national/feed.json', outPath: 'section/national/feed.json' },
      'theme asset': '/assets/style.0123456789.css',
      sitemap: '/sitemap.xml',
      'sitemap chunk': 'sitemaps/sitemap-2.xml',
      'news sitemap': '/news-sitemap.xml',
      'robots.txt': 'robots.txt',
      _redirects: '_redirects',
      'search bundle': '/pagefind/',
      alias: '/old/%E1%9E%80/',
    });
  });

  it('puts the base path in front of every URL and never in an output path', () => {
    const root = table('');
    const news = table('/news');
    news.forEach(([kind, route], i) => {
      const atRoot = root[i]![1];
      if (typeof route === 'string') {
        // Site URLs get the base path; bare output paths (sitemap chunks, robots.txt) stay as they are.
        expect(route, kind).toBe((atRoot as string).startsWith('/') ? `/news${atRoot as string}` : atRoot);
      } else {
        expect(route, kind).toEqual({ url: `/news${(atRoot as Route).url}`, outPath: (atRoot as Route).outPath });
      }
    });
  });

  it('refuses a permalink that would leave the output folder', () => {
    const r = createRoutes({ basePath: '', permalink: '/:slug/' });
    expect(() => r.article({ ...fields, slug: '..' }, 'content/a.md')).toThrow(expect.objectContaining({ code: 'UNSAFE_PATH' }));
  });

  it('shortens an overlong segment the same way in the URL and the file', () => {
    const long = 'ក'.repeat(120);
    const route = createRoutes({ basePath: '', permalink: '/:slug/' }).article({ ...fields, slug: long }, 'a.md');
    const segment = route.outPath.split('/')[0]!;
    expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(200);
    expect(route.url).toBe(`/${encodeURIComponent(segment)}/`);
  });
});

describe("a section's permalink segment", () => {
  it('is its term slug, like its page, and the address it had before redirects to the article', async () => {
    const root = writeSite({
      'content/2020/01/festival.md': article({ title: 'Boat racing returns', section: "Don't Miss", slug: 'festival' }),
    });
    const site = await buildSite(root, { permalink: '/:section/:year/:slug/' });
    const page = site.read('dont-miss/2020/festival/index.html');
    expect(page).toContain('Boat racing returns');
    expect(page).toContain('href="/section/dont-miss/"');
    // The address before 0.2 (/don-t-miss/...) is a redirect page and a _redirects line.
    const redirect = site.read('don-t-miss/2020/festival/index.html');
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=https://news.example.org/dont-miss/2020/festival/">');
    expect(site.read('_redirects')).toContain('/don-t-miss/2020/festival/ /dont-miss/2020/festival/ 301');
    expect(fs.existsSync(path.join(site.out, 'section/dont-miss/index.html'))).toBe(true);
  });

  it('adds no redirect when the two rules agree or the permalink has no :section', async () => {
    const files = { 'content/2020/01/a.md': article({ section: "Don't Miss", slug: 'a' }), 'content/2020/01/b.md': article({ slug: 'b' }) };
    const plain = await buildSite(writeSite(files));
    expect(plain.read('_redirects')).not.toContain('don-t-miss');
    const withSection = await buildSite(writeSite(files), { permalink: '/:section/:slug/' });
    expect(withSection.read('_redirects')).toContain('/don-t-miss/a/ /dont-miss/a/ 301');
    expect(withSection.read('_redirects')).not.toContain('/national/b/');
  });
});
