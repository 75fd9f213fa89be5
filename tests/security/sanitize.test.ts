// The Markdown sanitiser's default allowlist and how a site widens it.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/index.js';
import { isBroadsheetError } from '../../src/errors/index.js';
import { createMarkdownRenderer } from '../../src/render/markdown/create-markdown-renderer.js';
import { markdownFingerprint } from '../../src/render/markdown/fingerprint-inputs.js';

const render = (md: string) => createMarkdownRenderer().render(md);

describe('default allowlist', () => {
  it('keeps links whose scheme is written in capitals, and still drops JavaScript: in any case', () => {
    expect(render('[a](HTTPS://example.org/x) <a href="Http://example.org/y">b</a>')).toBe(
      '<p><a href="https://example.org/x">a</a> <a href="http://example.org/y">b</a></p>',
    );
    expect(render('[a](JavaScript:alert(1)) <a href="VBScript:x">b</a> <a href="DATA:text/html,x">c</a>')).toBe(
      '<p><a>a</a> <a>b</a> <a>c</a></p>',
    );
  });

  it('keeps YouTube (also youtube-nocookie) and Vimeo iframes over https only', () => {
    for (const src of [
      'https://www.youtube.com/embed/abc',
      'https://www.youtube-nocookie.com/embed/abc',
      'HTTPS://player.vimeo.com/video/1',
    ]) {
      expect(render(`<iframe src="${src}" width="560"></iframe>`)).toBe(
        `<iframe src="${src.replace('HTTPS', 'https')}" width="560"></iframe>`,
      );
    }
    for (const src of [
      'http://www.youtube.com/embed/abc',
      'https://evil.example/embed',
      'https://www.youtube.com.evil.example/x',
      'https://evil.example@www.youtube.com/x',
      '//evil.example/embed',
      'javascript:alert(1)',
    ]) {
      expect(render(`<iframe src="${src}"></iframe>`), src).toBe('<iframe></iframe>');
    }
    // Old embed codes wrote protocol-relative players: they become https, then pass the same host check.
    expect(render('<iframe src="//www.youtube.com/embed/abc"></iframe>')).toBe('<iframe src="https://www.youtube.com/embed/abc"></iframe>');
    expect(render('<iframe srcdoc="<script>alert(1)</script>" src="https://player.vimeo.com/video/1"></iframe>')).toBe(
      '<iframe src="https://player.vimeo.com/video/1"></iframe>',
    );
  });

  it("keeps embedded posts' blockquotes and their links, removing the embed scripts", () => {
    const tweet =
      '<blockquote class="twitter-tweet" data-lang="en" onclick="x()"><p lang="km">ព័ត៌មាន</p>&mdash; Khmer Times (@KhmerTimes) <a href="https://twitter.com/KhmerTimes/status/1">May 1, 2020</a></blockquote> <script async src="https://platform.twitter.com/widgets.js"></script>';
    expect(render(tweet)).toBe(
      '<blockquote class="twitter-tweet" data-lang="en"><p lang="km">ព័ត៌មាន</p>— Khmer Times (@KhmerTimes) <a href="https://twitter.com/KhmerTimes/status/1">May 1, 2020</a></blockquote> ',
    );
    const insta =
      '<blockquote class="instagram-media evil" data-instgrm-permalink="https://www.instagram.com/p/x/" style="color:red">Post</blockquote>';
    expect(render(insta)).toBe(
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/x/">Post</blockquote>',
    );
    expect(render('<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1" data-video-id="1">T</blockquote>')).toBe(
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@a/video/1" data-video-id="1">T</blockquote>',
    );
  });

  it('keeps figures, tables with captions, images with sizes and native video', () => {
    const html = render(
      [
        '<figure class="wp-caption"><img src="/a.jpg" srcset="/a-2x.jpg 2x" width="600" height="400" alt="Flood" onload="x()"><figcaption>Kampot</figcaption></figure>',
        '',
        '<table><caption>Results</caption><thead><tr><th>Party</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>',
        '',
        '<video controls src="https://cdn.example.org/v.mp4" poster="javascript:x()"></video>',
      ].join('\n'),
    );
    expect(html).toContain(
      '<figure class="wp-caption"><img src="/a.jpg" srcset="/a-2x.jpg 2x" width="600" height="400" alt="Flood" loading="lazy" decoding="async"><figcaption>Kampot</figcaption></figure>',
    );
    expect(html).toContain(
      '<table><caption>Results</caption><thead><tr><th>Party</th></tr></thead><tbody><tr><td>A</td></tr></tbody></table>',
    );
    expect(html).toContain('<video controls src="https://cdn.example.org/v.mp4"></video>');
  });

  it('removes script, style, event handlers, style attributes and objects', () => {
    const html = render(
      '<div onmouseover="x()" style="position:fixed">Text</div>\n\n<style>body{display:none}</style>\n\n<SCRIPT>alert(1)</SCRIPT>\n\n<object data="x.swf"></object><embed src="x.swf"><svg onload="alert(1)"><script>alert(2)</script></svg><img src=x onerror=alert(3)><a href="vbscript:x">v</a>',
    );
    expect(html).not.toMatch(/<script|<style|onmouseover|onerror|onload|style=|<object|<embed|<svg|vbscript|alert\(/i);
    expect(html).toContain('<div>Text</div>');
  });

  it('drops data: URLs on images and links', () => {
    expect(render('![x](data:image/png;base64,AAAA) [y](data:text/html,<script>alert(1)</script>)')).toBe(
      '<p><img alt="x" loading="lazy" decoding="async"> <a>y</a></p>',
    );
  });
});

describe('a site widens the allowlist in its config', () => {
  const renderWith = (sanitize: object, md: string) => createMarkdownRenderer({ sanitize }).render(md);

  it('adds embed hosts, elements, attributes and link schemes', () => {
    expect(renderWith({ embedHosts: ['open.spotify.com'] }, '<iframe src="https://open.spotify.com/embed/x"></iframe>')).toBe(
      '<iframe src="https://open.spotify.com/embed/x"></iframe>',
    );
    expect(
      renderWith({ tags: ['aside'], attributes: { aside: ['class', 'data-kind'] } }, '<aside class="note" data-kind="fact">F</aside>'),
    ).toBe('<aside class="note" data-kind="fact">F</aside>');
    expect(renderWith({ protocols: ['sms'] }, '[text us](sms:+85512)')).toBe('<p><a href="sms:+85512">text us</a></p>');
    // Without the widening, the same input loses those parts.
    expect(render('<aside class="note">F</aside>\n\n[t](sms:+85512)')).toBe('F\n<p><a>t</a></p>');
  });

  it('a different allowlist changes the renderer fingerprint (so cached bodies are rendered again)', () => {
    expect(markdownFingerprint({ embedHosts: ['open.spotify.com'] })).not.toBe(markdownFingerprint());
    expect(markdownFingerprint({ embedHosts: [], tags: [] })).toBe(markdownFingerprint());
  });

  it('the config refuses to allow what runs code, naming the key', () => {
    const resolve = (sanitize: unknown) => resolveConfig({ options: { sanitize }, root: '/site', themeDir: '/theme' });
    for (const bad of [
      { tags: ['script'] },
      { tags: ['style'] },
      { attributes: { img: ['onerror'] } },
      { attributes: { '*': ['style'] } },
      { attributes: { iframe: ['srcdoc'] } },
      { protocols: ['javascript'] },
      { protocols: ['data'] },
      { embedHosts: ['https://evil.example/'] },
      { colour: 1 },
    ]) {
      let error: unknown;
      try {
        resolve(bad);
      } catch (e) {
        error = e;
      }
      expect(isBroadsheetError(error), JSON.stringify(bad)).toBe(true);
      expect((error as { code: string; message: string }).code).toBe('CONFIG_INVALID');
      expect((error as { message: string }).message).toContain('sanitize');
    }
    expect(resolve({ embedHosts: ['open.spotify.com'] }).sanitize.embedHosts).toEqual(['open.spotify.com']);
  });
});
