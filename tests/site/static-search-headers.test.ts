// The static folder, the _headers file and the Pagefind index, through the writer like every file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { readManifest } from '../../src/cache/output-manifest.js';

function site(extra: Record<string, string> = {}): string {
  return writeSite({
    'content/2020/01/a.md': article({ title: 'Rice harvest begins', section: 'Business' }, 'Farmers began the rice harvest.'),
    'content/2019/05/b.md': article({ title: 'Port expands', date: '2019-05-02T10:00:00+07:00', section: 'National' }, 'The port grew.'),
    'static/favicon.ico': 'icon',
    'static/ads/banner.html': '<p>ad</p>',
    'static/.well-known/security.txt': 'Contact: mailto:security@example.org',
    'static/.DS_Store': 'junk',
    ...extra,
  });
}

describe('static files, _headers and search', () => {
  it('copies the static folder as it is (.well-known included, hidden files left behind)', async () => {
    const built = await buildSite(site());
    expect(built.read('favicon.ico')).toBe('icon');
    expect(built.read('index.html')).toContain('<link rel="icon" href="/favicon.ico" type="image/x-icon">');
    expect(built.read('ads/banner.html')).toBe('<p>ad</p>');
    expect(built.read('.well-known/security.txt')).toContain('Contact:');
    expect(fs.existsSync(path.join(built.out, '.DS_Store'))).toBe(false);
    // Fingerprinted theme assets: the name carries the hash, pages link to it.
    const css = fs.readdirSync(path.join(built.out, '_broadsheet')).find((n) => /^style\.[0-9a-f]{10}\.css$/.test(n));
    expect(built.read('2020/01/a/index.html')).toContain(`<link rel="stylesheet" href="/_broadsheet/${css}">`);
  });

  it('writes _headers: immutable caching for hashed files, short for feeds, security headers and a CSP for all', async () => {
    const headers = (await buildSite(site(), { baseUrl: 'https://example.org/news/', search: 'pagefind' })).read('_headers');
    const rules = new Map<string, string[]>();
    let current = '';
    for (const line of headers.split('\n')) {
      if (line.startsWith('/')) rules.set((current = line), []);
      else if (line.startsWith('  ')) rules.get(current)!.push(line.trim());
    }
    expect(rules.get('/news/_broadsheet/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.get('/news/pagefind/:lang/fragment/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.get('/news/pagefind/:lang/:year/index/*')).toEqual(['Cache-Control: public, max-age=31536000, immutable']);
    expect(rules.get('/news/pagefind/:lang/pagefind-entry.json')).toEqual(['Cache-Control: public, max-age=300, must-revalidate']);
    expect(rules.get('/news/index.xml')).toEqual(['Cache-Control: public, max-age=300, must-revalidate']);
    const all = rules.get('/news/*')!;
    expect(all).toContain('X-Content-Type-Options: nosniff');
    expect(all).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    const csp = all.find((h) => h.startsWith('Content-Security-Policy: '))!;
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain(
      'frame-src https://www.youtube.com https://youtube.com https://www.youtube-nocookie.com https://youtube-nocookie.com https://player.vimeo.com;',
    );
    // Hosts combine matching rules: only the catch-all may overlap the others, and it sets no Cache-Control.
    expect(all.some((h) => h.startsWith('Cache-Control'))).toBe(false);
  });

  it("publishes the site's own _headers instead, and none when headers is false", async () => {
    const own = await buildSite(site({ 'static/_headers': '/*\n  X-Frame-Options: DENY\n' }));
    expect(own.read('_headers')).toBe('/*\n  X-Frame-Options: DENY\n');
    const none = await buildSite(site(), { headers: false });
    expect(fs.existsSync(path.join(none.out, '_headers'))).toBe(false);
  });

  it('indexes article pages with Pagefind into pagefind/, keeps the index when no article changed, and rebuilds it when one did', async () => {
    const root = site();
    const withSearch = { search: 'pagefind' };
    const first = await buildSite(root, withSearch);
    expect(first.stats.search).toMatchObject({ indexed: 2, kept: false });
    const files = fs.readdirSync(path.join(first.out, 'pagefind'), { recursive: true }).map(String);
    // One bundle per language, under its own folder; Pagefind's scripts once at the top.
    expect(files).toContain('en/pagefind-entry.json');
    expect(files).toContain('pagefind-ui.js');
    const manifest = readManifest(first.out);
    if (typeof manifest !== 'object') throw new Error(`manifest is ${manifest}`);
    expect(Object.keys(manifest.files).filter((p) => p.startsWith('pagefind/')).length).toBe(first.stats.search.files);
    const entry = first.read('pagefind/en/pagefind-entry.json');

    const again = await buildSite(root, withSearch);
    expect(again.stats.search).toMatchObject({ indexed: 0, kept: true });
    expect(again.stats.write.written).toBe(0);

    fs.appendFileSync(path.join(root, 'content/2019/05/b.md'), '\nA second paragraph about cranes.\n');
    const changed = await buildSite(root, withSearch);
    expect(changed.stats.search).toMatchObject({ indexed: 2, kept: false });
    expect(changed.read('pagefind/en/pagefind-entry.json')).not.toBe(entry);
  });

  it('marks the article for Pagefind with section and year filters', async () => {
    const html = (await buildSite(site(), { search: 'pagefind' })).read('2019/05/b/index.html');
    expect(html).toMatch(/<article class="article" data-pagefind-body data-pagefind-filter="year:2019">/);
    expect(html).toContain('data-pagefind-filter="section">National</a>');
    expect(html).toContain('data-pagefind-ignore');
  });

  it('turns search off: no search page, no index, no link', async () => {
    // Test builds have search off by default; say so here anyway, this test is about it.
    const built = await buildSite(site(), { search: 'none' });
    expect(fs.existsSync(path.join(built.out, 'pagefind'))).toBe(false);
    expect(fs.existsSync(path.join(built.out, 'search/index.html'))).toBe(false);
    expect(built.read('index.html')).not.toContain('/search/');
  });
});
