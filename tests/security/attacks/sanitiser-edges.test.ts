// Issue 12, finding 5: srcset URLs are checked like src, SVG animation elements can never be
// allowed, config URLs are http(s) or site paths, and the CSP permits what the sanitiser keeps.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../../cli/run-main.js';
import { article, runCli, writeSite } from '../../helpers/site.js';

const config = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({ title: 'T', baseUrl: 'https://news.example.org/', search: 'none', ...extra });

describe('sanitiser edges, through the CLI', () => {
  it('a srcset with a javascript: or data: candidate is dropped whole; an http(s) one is kept', () => {
    const body = [
      '<img src="/a.jpg" alt="a" srcset="javascript:alert(1) 1x, /bad-2x.jpg 2x">',
      '<picture><source srcset="data:image/svg+xml,<svg onload=alert(2)> 1x, https://cdn.example/bad.jpg 2x"><img src="/b.jpg" alt="b"></picture>',
      '<img src="/c.jpg" alt="c" srcset="JavaScript:alert(3)">',
      '<img src="/d.jpg" alt="d" srcset="/ok-1x.jpg 1x, https://cdn.example/ok.jpg 2x">',
    ].join('\n\n');
    const root = writeSite({ 'broadsheet.config.json': config(), 'content/a.md': article({ title: 'Srcset' }, body) });
    const r = runCli(['build'], root);
    expect(r.code, r.stderr).toBe(0);
    const html = fs.readFileSync(path.join(root, 'dist/2020/01/a/index.html'), 'utf8');
    expect(html).not.toMatch(/javascript:|data:image\/svg|alert\(|bad/i);
    expect(html).toContain('srcset="/ok-1x.jpg 1x, https://cdn.example/ok.jpg 2x"');
  });

  it('a config widening the allowlist with <set> or <animate> is refused; the attack stays inert by default', async () => {
    const attack =
      '<svg><a><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="href" values="javascript:alert(2)"/><text>x</text></a></svg>';
    // The first through the compiled CLI, the variants in this process (cheaper, same main()).
    for (const [i, tags] of [['svg', 'a', 'set'], ['animate'], ['animatemotion'], ['foreignobject']].entries()) {
      const root = writeSite({ 'broadsheet.config.json': config({ sanitize: { tags } }), 'content/a.md': article({}, attack) });
      const r = i === 0 ? runCli(['build'], root) : await runMain(['build'], root);
      expect(r.code, tags.join()).toBe(1);
      expect(r.stderr).toContain('CONFIG_INVALID');
      expect(r.stderr).toContain('never allowed');
    }
    const root = writeSite({
      'broadsheet.config.json': config({ sanitize: { tags: ['svg', 'text'] } }),
      'content/a.md': article({}, attack),
    });
    expect(runCli(['build'], root).code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist/2020/01/a/index.html'), 'utf8')).not.toMatch(/<set|<animate|javascript:/i);
  });

  it('sponsor.url, sponsor.image and logo must be http(s) or site paths', async () => {
    const bad = [
      { sponsor: { name: 'Bank', url: 'javascript:alert(1)' } },
      { sponsor: { name: 'Bank', url: 'data:text/html,x' } },
      { sponsor: { name: 'Bank', image: 'javascript:alert(1)' } },
      { logo: 'javascript:alert(1)' },
      { logo: '//evil.example/logo.png' },
    ];
    for (const [i, extra] of bad.entries()) {
      const root = writeSite({ 'broadsheet.config.json': config(extra), 'content/a.md': article({}) });
      const r = i === 0 ? runCli(['build'], root) : await runMain(['build'], root);
      expect(r.code, JSON.stringify(extra)).toBe(1);
      expect(r.stderr).toContain('CONFIG_INVALID');
    }
    const good = writeSite({
      'broadsheet.config.json': config({ sponsor: { name: 'Bank', url: 'https://bank.example/' }, logo: '/logo.png' }),
      'content/a.md': article({}),
    });
    expect(runCli(['build'], good).code).toBe(0);
  });

  it('the CSP frames exactly the embed hosts the sanitiser keeps, and allows remote audio and video', () => {
    const root = writeSite({
      'broadsheet.config.json': config({ sanitize: { embedHosts: ['open.spotify.com'] } }),
      'content/a.md': article(
        {},
        '<iframe src="https://open.spotify.com/embed/x"></iframe>\n\n<iframe src="https://player.vimeo.com/video/1"></iframe>',
      ),
    });
    expect(runCli(['build'], root).code).toBe(0);
    const html = fs.readFileSync(path.join(root, 'dist/2020/01/a/index.html'), 'utf8');
    expect(html).toContain('src="https://open.spotify.com/embed/x"');
    expect(html).toContain('src="https://player.vimeo.com/video/1"');
    const csp = /Content-Security-Policy: (.*)/.exec(fs.readFileSync(path.join(root, 'dist/_headers'), 'utf8'))![1]!;
    const frames = /frame-src ([^;]*)/.exec(csp)![1]!.split(' ').sort();
    expect(frames).toEqual(
      [
        'https://open.spotify.com',
        'https://player.vimeo.com',
        'https://www.youtube.com',
        'https://youtube.com',
        'https://www.youtube-nocookie.com',
        'https://youtube-nocookie.com',
      ].sort(),
    );
    expect(csp).toContain("media-src 'self' https: http:");
  });
});
