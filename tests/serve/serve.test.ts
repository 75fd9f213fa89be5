// broadsheet serve answers over loopback HTTP as the CDN will: the headers of _headers, the
// redirects of _redirects, /x/ as /x/index.html, and the site's 404 page with status 404.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/render/pages/headers-file.js';
import { createSiteServer, type SiteServer } from '../../src/serve/index.js';
import { article, buildSite, cliPath, writeFiles, writeSite } from '../helpers/site.js';

let server: SiteServer;
let origin = '';
let out = '';

beforeAll(async () => {
  const root = writeSite({
    'content/2020/01/a.md': article({ aliases: '["/?p=5", "/old-a/", "/news/12/rice"]' }, 'Harvest text.'),
    'static/.well-known/security.txt': 'Contact: mailto:desk@example.org\n',
  });
  out = (await buildSite(root, { search: 'none' })).out;
  // The theme of this branch may have no 404 page yet; the site's own one is what a host serves.
  if (!fs.existsSync(path.join(out, '404.html')))
    writeFiles(out, { '404.html': '<!doctype html><title>Not found</title><h1>Page not found</h1>' });
  server = createSiteServer({ dir: out });
  origin = `http://127.0.0.1:${(await server.listen('127.0.0.1', 0)).port}`;
});

afterAll(() => server?.close());

const get = (p: string) => fetch(`${origin}${p}`, { redirect: 'manual' });

describe('broadsheet serve', () => {
  it('serves pages with the headers _headers gives them', async () => {
    const home = await get('/');
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(home.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('cache-control')).toBeNull();
    const page = await get('/2020/01/a/');
    expect(await page.text()).toContain('Harvest text.');
    const css = /href="(\/_broadsheet\/[^"]+\.css)"/.exec(await (await get('/')).text())?.[1];
    expect(css).toBeDefined();
    const asset = await get(css!);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(asset.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect((await get('/sitemap.xml')).headers.get('cache-control')).toBe('public, max-age=300, must-revalidate');
  });

  it('follows _redirects: old addresses and WordPress query addresses answer 301 with the new one', async () => {
    for (const old of ['/old-a/', '/old-a', '/news/12/rice', '/?p=5']) {
      const r = await get(old);
      expect(r.status, old).toBe(301);
      expect(r.headers.get('location'), old).toBe('/2020/01/a/');
    }
    // The same path without the query is the home page.
    expect((await get('/?p=6')).status).toBe(200);
  });

  it('adds the slash to folders, answers 404 with the 404 page, and never serves host files or bookkeeping', async () => {
    const folder = await get('/2020/01/a');
    expect(folder.status).toBe(301);
    expect(folder.headers.get('location')).toBe('/2020/01/a/');
    for (const missing of ['/no/such/page/', '/_headers', '/_redirects', '/.broadsheet/manifest.json', '/%2e%2e/%2e%2e/etc/passwd']) {
      const r = await get(missing);
      expect(r.status, missing).toBe(404);
      expect(await r.text(), missing).toContain('<h1>');
      expect(r.headers.get('content-security-policy'), missing).toBe(CONTENT_SECURITY_POLICY);
    }
    expect(await (await get('/.well-known/security.txt')).text()).toBe('Contact: mailto:desk@example.org\n');
  });

  it('runs from the CLI on loopback, under the base path of the config', async () => {
    const root = writeSite({
      'broadsheet.config.json': JSON.stringify({ baseUrl: 'https://example.org/news/', out: 'public', search: 'none' }),
      'content/2020/01/a.md': article({ aliases: '["/news/old-a/"]' }),
    });
    fs.cpSync(out, path.join(root, 'public'), { recursive: true });
    // _redirects of this copy are those of a site at /: write the ones of a site at /news.
    fs.writeFileSync(path.join(root, 'public/_redirects'), '/news/old-a/ /news/2020/01/a/ 301\n');
    const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let seen = '';
        child.stdout.on('data', (chunk: Buffer) => {
          seen += chunk.toString();
          if (seen.includes('\n')) resolve(seen);
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const url = /http:\/\/127\.0\.0\.1:\d+\/news\//.exec(line)?.[0];
      expect(line).toMatch(/^broadsheet serve: http:\/\/127\.0\.0\.1:\d+\/news\/ from public \(Ctrl-C to stop\)\n$/);
      const home = await fetch(url!);
      expect(home.status).toBe(200);
      expect(home.headers.get('x-content-type-options')).toBe('nosniff');
      const moved = await fetch(new URL('old-a/', url), { redirect: 'manual' });
      expect(moved.status).toBe(301);
      expect(moved.headers.get('location')).toBe('/news/2020/01/a/');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
