// The HTML -> Markdown conversion on small cases that the WXR fixture does not show.
import { describe, expect, it } from 'vitest';
import { createHtmlConverter } from '../../src/import/html-to-markdown.js';
import type { Attachment } from '../../src/import/shortcodes.js';

const converter = createHtmlConverter({ siteOrigins: ['https://old.example.com'], localMedia: false });
const photo: Attachment = { id: '7', url: 'https://old.example.com/wp-content/uploads/a.jpg', parent: '1', alt: 'A', caption: 'Cap' };
const convert = (html: string) =>
  converter.convert(html, { postId: '1', attachment: (id) => (id === '7' ? photo : undefined), childrenOf: () => [] });

describe('WordPress HTML to Markdown', () => {
  it('leaves escaped shortcodes as text and keeps <pre> lines as they are', () => {
    const r = convert('Write [[gallery]] to show one.\n\n<pre>line 1\n\nline 2</pre>');
    expect(r.markdown).toBe('Write \\[gallery] to show one.\n\n```\nline 1\n\nline 2\n```');
    expect(r.problems).toEqual([]);
  });

  it('reports a gallery whose images are not in the export, and an old-style caption attribute', () => {
    const r = convert('[gallery ids="7,8"]\n\n[caption caption="Old style"]<img src="https://x.example/b.jpg" alt="B">[/caption]');
    expect(r.markdown).toBe(
      '<figure><img src="https://old.example.com/wp-content/uploads/a.jpg" alt="A"><figcaption>Cap</figcaption></figure>\n\n' +
        '<figure><img src="https://x.example/b.jpg" alt="B"><figcaption>Old style</figcaption></figure>',
    );
    expect(r.problems).toEqual(['[gallery] is missing 1 of its images']);
  });

  it('drops scripts with a report, keeps https iframes, and makes old-site links site paths (both schemes)', () => {
    const r = convert(
      '<p>See <a href="http://old.example.com/about/?x=1#team">us</a>.</p><script>track()</script>' +
        '<iframe src="https://maps.example/embed?q=1" title="Map"></iframe>',
    );
    expect(r.markdown).toBe('See [us](/about/?x=1#team).\n\n<iframe src="https://maps.example/embed?q=1" title="Map"></iframe>');
    expect(r.problems).toEqual(['a <script> was dropped']);
  });

  it('turns [audio] and [video] into players that link to the file, with nothing reported lost', () => {
    const r = convert(
      'Listen: [audio mp3="https://old.example.com/wp-content/uploads/talk.mp3"][/audio]\n\n' +
        '[video src="https://cdn.example/river.mp4" poster="https://cdn.example/river.jpg" width="640" height="360"]',
    );
    expect(r.markdown).toContain(
      '<audio src="https://old.example.com/wp-content/uploads/talk.mp3" controls><a href="https://old.example.com/wp-content/uploads/talk.mp3">',
    );
    expect(r.markdown).toContain(
      '<video src="https://cdn.example/river.mp4" poster="https://cdn.example/river.jpg" width="640" height="360" controls>',
    );
    expect(r.problems).toEqual([]);
  });

  it('keeps definition lists, citations in quotes and super- and subscripts as HTML', () => {
    const r = convert(
      '<dl class="terms"><dt>Quorum</dt><dd>The members needed for a vote.</dd></dl>' +
        '<blockquote><p>We will rebuild.</p><cite>The mayor</cite></blockquote>' +
        '<p>CO<sub>2</sub> rose 3<sup>rd</sup> year running.</p>',
    );
    expect(r.markdown).toContain('<dl><dt>Quorum</dt><dd>The members needed for a vote.</dd></dl>');
    expect(r.markdown).toContain('<cite>The mayor</cite>');
    expect(r.markdown).toContain('CO<sub>2</sub> rose 3<sup>rd</sup> year running.');
    expect(r.problems).toEqual([]);
  });
});
