// The dev server as a static host: /x/ -> /x/index.html, redirects, content types, and nothing
// outside the output folder (or its bookkeeping folder) is ever served.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/render/pages/headers-file.js';
import { BASE_PATH, startDev, writeDevSite, type StartedDev } from './dev-helpers.js';

/** A raw GET (fetch would normalise the dots away). */
function get(
  origin: string,
  rawPath: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dev preview server', () => {
  let s: StartedDev;
  beforeAll(async () => {
    s = await startDev(writeDevSite());
  });
  afterAll(() => s.dev.close());

  it('maps folders to index.html and redirects to the base path and to trailing slashes', async () => {
    expect(await get(s.origin, '/')).toMatchObject({ status: 302, headers: { location: `${BASE_PATH}/` } });
    expect(await get(s.origin, `${BASE_PATH}/2020/01/alpha`)).toMatchObject({
      status: 302,
      headers: { location: `${BASE_PATH}/2020/01/alpha/` },
    });
    const page = await get(s.origin, `${BASE_PATH}/2020/01/alpha/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<h1>Alpha</h1>');
    expect(page.headers['cache-control']).toBe('no-store');
    const head = await get(s.origin, `${BASE_PATH}/2020/01/alpha/`, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(Number(head.headers['content-length'])).toBe(Buffer.byteLength(page.body));
  });

  it("answers with the site's _headers (the CDN's security policy), and its own script as a file that policy allows", async () => {
    const page = await get(s.origin, `${BASE_PATH}/2020/01/alpha/`);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    // Caching rules are the CDN's: dev keeps no-store.
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.body).not.toMatch(/<script>|onclick=/);
    const script = await get(s.origin, '/__broadsheet/reload.js');
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(script.body).toContain('new EventSource("/__broadsheet/events")');
    expect((await get(s.origin, `${BASE_PATH}/no/such/page/`)).headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('serves each kind of file with its content type', async () => {
    expect((await get(s.origin, `${BASE_PATH}/index.xml`)).headers['content-type']).toBe('application/xml; charset=utf-8');
    expect((await get(s.origin, `${BASE_PATH}/images/delta.png`)).headers['content-type']).toBe('image/png');
    expect((await get(s.origin, `${BASE_PATH}/robots.txt`)).headers['content-type']).toBe('text/plain; charset=utf-8');
    expect((await get(s.origin, `${BASE_PATH}/feed.json`)).status).toBe(200);
  });

  it('answers 404, with a page that still reloads, for anything outside the site', async () => {
    for (const raw of [
      `${BASE_PATH}/../broadsheet.config.json`,
      `${BASE_PATH}/..%2F..%2Fbroadsheet.config.json`,
      `${BASE_PATH}/.broadsheet/manifest.json`,
      `${BASE_PATH}/%E0%A4%A`,
      '/2020/01/alpha/',
      `${BASE_PATH}/2020/01/zulu/`,
    ]) {
      const r = await get(s.origin, raw);
      expect(r.status, raw).toBe(404);
      expect(r.body).not.toContain('Dev Times"');
      expect(r.body).toContain('<!--broadsheet-dev--><script src="/__broadsheet/reload.js" data-build=');
    }
  });

  it('keeps the event stream open and sends the current build id at once', async () => {
    const { hostname, port } = new URL(s.origin);
    const first = await new Promise<string>((resolve, reject) => {
      const req = http.get({ hostname, port, path: '/__broadsheet/events' }, (res) => {
        expect(res.headers['content-type']).toBe('text/event-stream');
        res.once('data', (d: Buffer) => {
          resolve(d.toString());
          req.destroy();
        });
      });
      req.on('error', reject);
    });
    expect(first).toMatch(/^event: build\ndata: [a-z0-9]+\.\d+\n\n$/);
  });
});
