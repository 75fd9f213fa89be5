// Issue 12, finding 6: addresses the site writes itself cannot be claimed by an alias, slug,
// permalink or content file (a coded error at load, and from check); permalink patterns are
// checked; content files that only case or Unicode normalisation tell apart are a coded error.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, listFiles, runCli, writeSite } from '../../helpers/site.js';

const JPEG = '\xff\xd8\xff\xe0 not really a photo';

describe('reserved output paths', () => {
  it('aliases onto feeds, sitemaps, headers, redirects, pagefind/ and our own folder are RESERVED_PATH in build and check', () => {
    const aliases = [
      '/sitemap.xml',
      '/_redirects',
      '/_headers',
      '/feed.json',
      '/robots.txt',
      '/pagefind/x/',
      '/_broadsheet/style.css',
      '/Index.XML',
    ];
    const root = writeSite({ 'content/a.md': article({ aliases: JSON.stringify(aliases) }) });
    for (const command of ['build', 'check']) {
      const r = runCli([command, '--no-cache'].slice(0, command === 'build' ? 2 : 1), root);
      const printed = r.stdout + r.stderr;
      expect(r.code, command).toBe(1);
      expect(printed.match(/RESERVED_PATH/g), command).toHaveLength(aliases.length);
      expect(printed).not.toContain('WRITE_FAILED');
      for (const alias of aliases) expect(printed, `${command} ${alias}`).toContain(JSON.stringify(alias));
    }
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('a slug that makes the permalink /search/ or /pagefind/ is RESERVED_PATH naming the file, in build and check', () => {
    for (const slug of ['search', 'pagefind']) {
      const root = writeSite({
        'broadsheet.config.json': JSON.stringify({ title: 'T', baseUrl: 'https://x.example/', permalink: '/:slug/' }),
        'content/a.md': article({ slug }),
      });
      for (const command of ['build', 'check']) {
        const r = runCli([command], root);
        expect(r.code, command).toBe(1);
        expect(r.stdout + r.stderr, `${command} ${slug}`).toMatch(new RegExp(`content/a\\.md.*RESERVED_PATH[^]*"/${slug}/"`));
      }
    }
  });

  it('permalinks with unknown tokens or not ending in a folder are config errors', () => {
    for (const permalink of ['/:slug/index.html', '/:unknown/:slug/', ':year/:slug/', '/:slug']) {
      const root = writeSite({ 'broadsheet.config.json': JSON.stringify({ permalink }), 'content/a.md': article({}) });
      const r = runCli(['build'], root);
      expect(r.code, permalink).toBe(1);
      expect(r.stderr, permalink).toContain('CONFIG_INVALID');
      expect(r.stderr, permalink).toContain('"permalink"');
    }
  });

  it('content media in /assets/ and /images/ (Jekyll, Hugo) stay content, away from our /_broadsheet/ folder, with redirects for our old URLs', () => {
    const root = writeSite({
      'content/a.md': article({}, '![Boat](/assets/images/boat.jpg) ![Map](/images/map.png)'),
      'content/assets/images/boat.jpg': JPEG,
      'content/images/map.png': JPEG,
    });
    const r = runCli(['build', '--no-cache'], root);
    expect(r.code, r.stderr).toBe(0);
    const files = listFiles(path.join(root, 'dist'));
    expect(files).toContain('assets/images/boat.jpg');
    expect(files).toContain('images/map.png');
    const css = files.find((f) => /^_broadsheet\/style\.[0-9a-f]{10}\.css$/.test(f))!;
    expect(css).toBeDefined();
    const headers = fs.readFileSync(path.join(root, 'dist/_headers'), 'utf8');
    expect(headers).toContain('/_broadsheet/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).not.toContain('/assets/*');
    // A page cached with the old address of our stylesheet still finds it.
    const redirects = fs.readFileSync(path.join(root, 'dist/_redirects'), 'utf8');
    expect(redirects).toContain(`/${css.replace('_broadsheet/', 'assets/')} /${css} 301\n`);
  });

  it('content files under pagefind/ or _broadsheet/-like reserved folders are RESERVED_PATH in build and check', () => {
    const root = writeSite({ 'content/a.md': article({}), 'content/pagefind/evil.jpg': JPEG, 'content/sitemaps/x.png': JPEG });
    for (const command of ['build', 'check']) {
      const r = runCli([command], root);
      const printed = r.stdout + r.stderr;
      expect(r.code, command).toBe(1);
      expect(printed).toMatch(/content\/pagefind\/evil\.jpg.*RESERVED_PATH/);
      expect(printed).toMatch(/content\/sitemaps\/x\.png.*RESERVED_PATH/);
    }
  });

  it('content files that differ only in case or Unicode normalisation are PATH_TWINS naming both', () => {
    const nfc = 'p\u00e9.jpg';
    const nfd = 'pe\u0301.jpg';
    const root = writeSite({
      'content/a.md': article({}),
      [`content/${nfc}`]: JPEG,
      [`content/${nfd}`]: JPEG,
      'content/Photo.JPG': JPEG,
      'content/photo.jpg': JPEG,
    });
    for (const command of ['build', 'check']) {
      const r = runCli([command], root);
      const printed = r.stdout + r.stderr;
      expect(r.code, command).toBe(1);
      expect(printed).toMatch(/PATH_TWINS.*\n?.*"Photo\.JPG" and "photo\.jpg" differ only in case/);
      expect(printed).toContain(`"${nfd}" and "${nfc}" differ only in Unicode normalisation`);
    }
  });
});
