import type { Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMarkdownRenderer } from '../../src/render/markdown/create-markdown-renderer.js';
import { markdownFingerprint } from '../../src/render/markdown/fingerprint-inputs.js';
import rehypeRawWhenNeeded from '../../src/render/markdown/rehype-raw-when-needed.js';
import { articleSchema } from '../../src/render/markdown/sanitize-schema.js';

// Counts how often rehype-raw's transformer runs, to prove plain bodies skip it.
const rawCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('rehype-raw', async (importOriginal) => {
  const actual = await importOriginal<typeof import('rehype-raw')>();
  return {
    default: (...args: Parameters<typeof actual.default>) => {
      const transform = actual.default(...args);
      return (...call: Parameters<typeof transform>) => {
        rawCalls.count++;
        return transform(...call);
      };
    },
  };
});

const renderer = createMarkdownRenderer();
const render = (markdown: string) => renderer.render(markdown);

describe('GFM', () => {
  it('renders tables with alignment as styles (HTML5 dropped the align attribute)', () => {
    expect(render('| Province | 2020 |\n| --- | ---: |\n| Kampot | 1,200 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th>Province</th>\n<th style="text-align:right">2020</th>\n</tr>\n</thead>\n' +
        '<tbody>\n<tr>\n<td>Kampot</td>\n<td style="text-align:right">1,200</td>\n</tr>\n</tbody>\n</table>',
    );
  });

  it('renders strikethrough', () => {
    expect(render('~~withdrawn~~ and ~this~')).toBe('<p><del>withdrawn</del> and <del>this</del></p>');
  });

  it('renders autolink literals: www, http(s) and bare emails', () => {
    expect(render('See www.example.com, https://x.org/a. Or write to desk@example.org.')).toBe(
      '<p>See <a href="http://www.example.com">www.example.com</a>, <a href="https://x.org/a">https://x.org/a</a>. ' +
        'Or write to <a href="mailto:desk@example.org">desk@example.org</a>.</p>',
    );
  });

  it('renders task lists', () => {
    expect(render('- [ ] todo\n- [x] done')).toBe(
      '<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" disabled> todo</li>\n' +
        '<li class="task-list-item"><input type="checkbox" checked disabled> done</li>\n</ul>',
    );
  });

  it('renders footnotes whose links reach their targets', () => {
    const html = render('Figures rose[^src].\n\n[^src]: Ministry of Commerce.');
    expect(html).toContain('<a href="#user-content-fn-src" id="user-content-fnref-src" data-footnote-ref');
    expect(html).toContain('<li id="user-content-fn-src">');
    expect(html).toContain('<a href="#user-content-fnref-src" data-footnote-backref=""');
  });
});

describe('text', () => {
  it('keeps curly quotes, U+00A0 (also from &nbsp;) and Khmer as characters', () => {
    const text = '“We’ve seen demand,” said Sok\u00a0Dara — កម្ពុជា ភ្នំពេញ ព័ត៌មាន។';
    expect(render(text)).toBe(`<p>${text}</p>`);
    expect(render('a&nbsp;b')).toBe('<p>a\u00a0b</p>');
  });

  it('escapes markup characters with named references', () => {
    expect(render('Tom &amp; Jerry, 1 < 2 & "q"')).toBe('<p>Tom &amp; Jerry, 1 &lt; 2 &amp; "q"</p>');
  });
});

describe('raw HTML', () => {
  it('keeps safe markup and drops scripts and event handlers', () => {
    const html = render('<p>Hello <em>there</em> <span onclick="steal()">x</span></p>\n\n<script>steal()</script>\n\nAfter *md*');
    expect(html).toBe('<p>Hello <em>there</em> <span>x</span></p>\n\n<p>After <em>md</em></p>');
  });

  it('drops inline scripts and javascript: URLs', () => {
    const html = render(
      'Inline <script>steal()</script> <a href="javascript:steal()">bad</a> <a href="https://x.org" onmouseover="y()">ok</a>',
    );
    expect(html).toBe('<p>Inline  <a>bad</a> <a href="https://x.org">ok</a></p>');
  });

  it('drops javascript: URLs in Markdown links even without raw HTML', () => {
    expect(render('[click](javascript:alert(1)) [ok](https://x.org) [call](tel:+85512345678)')).toBe(
      '<p><a>click</a> <a href="https://x.org">ok</a> <a href="tel:+85512345678">call</a></p>',
    );
  });

  it('drops dangerous URLs in every Markdown form, whatever their case', () => {
    expect(render('<javascript:alert(1)> ![x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) [z]( java\tscript:x)')).toBe(
      '<p><a>javascript:alert(1)</a> <img alt="x" loading="lazy" decoding="async"> <a>y</a> [z]( java\tscript:x)</p>',
    );
  });

  it('drops dangerous URLs hidden with whitespace or references in raw HTML', () => {
    const html = render('<a href=" javascript:x()">a</a> <a href="java&#x09;script:x()">b</a> <img src="data:image/svg+xml,x">');
    expect(html).toBe('<p><a>a</a> <a>b</a> <img loading="lazy" decoding="async"></p>');
  });

  it('keeps figures with captions, dropping event handlers', () => {
    const html = render(
      '<figure class="wp-caption"><img src="https://x.org/a.jpg" alt="Flood" onerror="steal()"><figcaption>Kampot, 2019</figcaption></figure>',
    );
    expect(html).toBe(
      '<figure class="wp-caption"><img src="https://x.org/a.jpg" alt="Flood" loading="lazy" decoding="async"><figcaption>Kampot, 2019</figcaption></figure>',
    );
  });

  it('keeps https iframes with their allowed attributes only', () => {
    const html = render(
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" title="Video" onload="x()" allow="autoplay" allowfullscreen></iframe>',
    );
    expect(html).toBe('<iframe width="560" height="315" src="https://www.youtube.com/embed/abc" title="Video" allowfullscreen></iframe>');
  });

  it('drops iframe sources that are not https', () => {
    expect(render('<iframe src="http://example.org/x"></iframe>')).toBe('<iframe></iframe>');
    expect(render('<iframe src="javascript:alert(1)"></iframe>')).toBe('<iframe></iframe>');
  });

  it('drops style elements with their content, and comments', () => {
    expect(render('<style>body{display:none}</style>\n\n<!-- more -->\n\nText')).toBe('\n\n<p>Text</p>');
  });

  it('keeps footnote ids and links working next to raw HTML, and anchors from migrated HTML', () => {
    const html = render('<a name="top"></a>Figures <em>rose</em>[^1]. Back to [top](#top).\n\n[^1]: Source.');
    expect(html).toContain('<a name="top"></a>');
    expect(html).toContain('<a href="#user-content-fn-1" id="user-content-fnref-1"');
    expect(html).toContain('<li id="user-content-fn-1">');
    expect(html).toContain('<a href="#user-content-fnref-1" data-footnote-backref=""');
    expect(html).toContain('<a href="#top">top</a>');
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(html).toMatch(new RegExp(`(id|name)="${target}"`));
  });
});

describe('rehypeRawWhenNeeded', () => {
  beforeEach(() => {
    rawCalls.count = 0;
  });

  const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).freeze();
  const hastOf = (markdown: string) => toHast.runSync(toHast.parse(markdown)) as Root;
  const transform = rehypeRawWhenNeeded({ schema: articleSchema });
  const runPlugin = (tree: Root) => transform(tree, undefined as never, () => undefined);

  it('leaves trees without raw nodes alone, without calling rehype-raw', () => {
    const tree = hastOf('# Title\n\nA [link](https://x.org) and *text*[^1].\n\n[^1]: Note.');
    const before = structuredClone(tree);
    expect(runPlugin(tree)).toBeUndefined();
    expect(tree).toEqual(before);
    expect(rawCalls.count).toBe(0);
  });

  it('renders whole plain bodies without calling rehype-raw', () => {
    render('Plain *body* with a [link](https://www.example.org/news/12345).\n\n- a\n- b');
    expect(rawCalls.count).toBe(0);
    render('Body with <em>raw</em> HTML.');
    expect(rawCalls.count).toBe(1);
  });

  it('returns a reparsed, sanitized tree when there are raw nodes', () => {
    const result = runPlugin(hastOf('Hi <b onclick="x()">there</b>')) as Root;
    expect(rawCalls.count).toBe(1);
    expect(unified().use(rehypeStringify).stringify(result)).toBe('<p>Hi <b>there</b></p>');
  });

  it('is exact to skip: sanitizing a Markdown-only tree changes nothing', () => {
    // Every construct Markdown and GFM can produce, so a schema change that would
    // start altering plain bodies fails here instead of only in bodies with raw HTML.
    const markdown = [
      '# One\n\n## Two *em* **strong** `code`\n\nSetext\n---',
      '> Quote with [link](https://x.org "Title") and ![image](/a.jpg "T") and <https://auto.org> and www.x.org',
      '1. a\n2. b\n\n3) c\n\n- [ ] task\n- [x] done\n\n* loose\n\n* list',
      '```js\nconst a = 1;\n```\n\n    indented\n\n***',
      '| a | b | c |\n| :- | :-: | -: |\n| 1 | ~~2~~ | 3 |',
      'Hard  \nbreak and a footnote[^a] and mail@example.org and [ref][r].\n\n[^a]: Note *em*.\n\n[r]: /path',
    ].join('\n\n');
    const tree = hastOf(markdown);
    const stringify = unified().use(rehypeStringify).freeze();
    const sanitized = unified().use(rehypeSanitize, articleSchema).runSync(structuredClone(tree));
    expect(stringify.stringify(sanitized)).toBe(stringify.stringify(tree));
  });
});

describe('fingerprint', () => {
  it('is a stable hash', () => {
    const fingerprint = markdownFingerprint();
    expect(fingerprint).toMatch(/^[0-9a-f]{40}$/);
    expect(markdownFingerprint({})).toBe(fingerprint);
  });
});
