// Issue 6, odd but legal input at size: a 10 MB article, 10,000 tags on one site, an author with
// hundreds of articles. Fixtures are generated; the assertions are on output, never on time.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, listFiles, writeSite } from '../helpers/site.js';

const day = (i: number) => new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString();

// Each case is seconds of CPU: the generous timeouts keep a loaded shared machine from failing them.
describe('archives at size', () => {
  it('a 10 MB article renders whole when limits.bodyBytes allows it', async () => {
    const paragraph = `${'The committee met on Tuesday to discuss the report on rice exports. '.repeat(12)}\n\n`;
    const count = Math.ceil((10 * 1024 * 1024) / paragraph.length);
    const root = writeSite({
      'content/big.md': `---\ntitle: Big\ndate: 2020-01-01\n---\nFirst.\n\n${paragraph.repeat(count)}Last words.\n`,
    });
    expect(fs.statSync(path.join(root, 'content/big.md')).size).toBeGreaterThan(10 * 1024 * 1024);
    // The default limit (2 MB) refuses such a body; tests/security/limits.test.ts covers that.
    const site = await buildSite(root, { limits: { bodyBytes: 16 * 1024 * 1024 } }, {}, { cacheDir: null });
    const html = site.read('2020/01/big/index.html');
    expect(html.split('<p>The committee').length - 1).toBe(count);
    expect(html).toContain('<p>First.</p>');
    expect(html).toContain('<p>Last words.</p>');
  }, 300_000);

  it('10,000 tags on one site and an author with 200 articles', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) {
      const tags = Array.from({ length: 50 }, (_, t) => `"Topic ${i * 50 + t}"`).join(', ');
      files[`content/a${i}.md`] = `---\ntitle: Story ${i}\ndate: ${day(i)}\nbyline: Taing Vida\ntags: [${tags}]\n---\nBody ${i}.\n`;
    }
    const site = await buildSite(writeSite(files), { perPage: 20 });
    const out = listFiles(site.out);
    expect(out.filter((f) => /^tags\/topic-\d+\/index\.html$/.test(f))).toHaveLength(10_000);
    expect(site.read('tags/topic-9999/index.html')).toContain('Story 199');
    expect(out.filter((f) => /^authors\/taing-vida\/(page\/\d+\/)?index\.html$/.test(f))).toHaveLength(10);
    expect(site.read('authors/taing-vida/page/10/index.html')).toContain('Story 0');
    expect(site.read('tags/index.html').split('href="/tags/topic-').length - 1).toBe(10_000);
  }, 300_000);
});
