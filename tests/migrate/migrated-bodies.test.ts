// Bodies migrated from Jekyll and Hugo/Zola, built and checked from the CLI: their Liquid, shortcodes,
// @/ links and kramdown lists are converted, and whatever is not becomes a warning at its line that
// build and check both give. Fixtures: tests/fixtures/migrated-bodies/ (written for these tests).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const fixtures = path.join(import.meta.dirname, '../fixtures/migrated-bodies');

function copyFixture(name: string) {
  const root = writeSite({});
  fs.cpSync(path.join(fixtures, name), root, { recursive: true });
  const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
  /** The article body as published: between the body's own div and the end of the article. */
  const body = (rel: string) => /<div class="article-body">([\s\S]*?)<\/div>\s*<\/article>/.exec(read(rel))?.[1] ?? '';
  return { root, read, body };
}

/** The text of highlighted code: its token spans taken out. */
const textOf = (html: string) => html.replace(/<\/?span[^>]*>/g, '');

/** "file:line:column CODE" of every warning or error in CLI output (build's stderr, check's stdout). */
const problemsIn = (text: string) =>
  [...text.matchAll(/^(content\/\S+:\d+:\d+) +(?:warning|error) ([A-Z_]+)/gm)].map((m) => `${m[1]} ${m[2]}`);

describe('a Jekyll archive with Liquid and kramdown in its posts', () => {
  const post = '2019/04/liquid-idioms/index.html';
  let site: ReturnType<typeof copyFixture>;
  let build: ReturnType<typeof runCli>;
  let check: ReturnType<typeof runCli>;
  beforeAll(() => {
    site = copyFixture('jekyll');
    build = runCli(['build'], site.root);
    check = runCli(['check'], site.root);
  });

  it('fences highlight blocks before Markdown sees them: # is code, HTML inside is shown', () => {
    const html = site.body(post);
    const block = /<pre><code class="language-ruby hljs">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
    expect(textOf(block)).toBe('# tide height in metres\nputs "&lt;b>high&lt;/b> at 06:12"\n');
    // Highlighted at build time: the comment is a comment, not a heading.
    expect(block).toContain('<span class="hljs-comment"># tide height in metres</span>');
    expect(html).not.toMatch(/<h1[^>]*>\s*tide height/);
  });

  it('resolves site.url, site.baseurl, page.url, relative_url, link and post_url to this site', () => {
    const html = site.body(post);
    expect(html).toContain('<a href="https://news.example.org/archive/">our site</a> and this page is /2019/04/liquid-idioms/.');
    // {{ site.baseurl }}{% link %} does not repeat the base path.
    expect(html.match(/<a href="\/archive\/2019\/03\/harbour-dredging\/">/g)).toHaveLength(2);
    // The image behind {{ "/assets/tides.png" | relative_url }} is found and gets its renditions.
    expect(html).toMatch(
      /<picture><source type="image\/avif" srcset="\/archive\/_broadsheet\/photos\/tides-[^"]*"[^>]*>[\s\S]*?alt="Tide chart"/,
    );
  });

  it('honours raw, drops comments, and shows includes, unknown tags and variables as code', () => {
    const html = site.body(post);
    expect(html).toContain("<p>Templates look like {{ tide.height }} in the clerk's notes.</p>");
    expect(html).toContain('<code class="language-liquid">{{ page.title }} stays as code');
    expect(html).not.toContain('Editor: check');
    expect(html).toContain('<p><code>{% include signup-box.html %}</code></p>');
    expect(html).toContain('<p><code>{% youtube 9bZkp7q19f0 %}</code></p>');
    expect(html).toContain('This story has <code>{{ page.comments_count }}</code> comments.');
    // A post_url to a post the site does not have: the link text stays, the tag is shown after it.
    expect(html).toContain('A follow-up is coming <code>{% post_url 2030-01-01-never-written %}</code>.');
  });

  it('applies kramdown ids, removes other attribute lists and the TOC marker, and never shows them', () => {
    const html = site.body(post);
    expect(html).toContain('<h2 id="low-water">Low water</h2>');
    expect(html).toContain('<p id="spring-tides">Spring tides come twice a month.</p>');
    expect(html).toContain('<p>Ships wait outside the bar.</p>');
    expect(html).toContain('<p>Span attributes <em>vanish</em> quietly.</p>');
    expect(html).not.toMatch(/\{:|TOC/);
  });

  it('reports each thing not converted at its line, the same from build and check', () => {
    const file = 'content/_posts/2019-04-10-liquid-idioms.md';
    const expected = ['19:1', '21:1', '23:16', '25:25', '34:1', '39:1', '44:25'].map((at) => `${file}:${at} SYNTAX_NOT_CONVERTED`);
    expect(build.code).toBe(0);
    expect(problemsIn(build.stderr)).toEqual(expected);
    expect(build.stdout + build.stderr).toContain('7 warnings: 7 SYNTAX_NOT_CONVERTED');
    expect(problemsIn(check.stdout)).toEqual(expected);
    expect(check.stdout).toContain(
      '{% include signup-box.html %} in _posts/2019-04-10-liquid-idioms.md is shown as text: Liquid includes are not run.',
    );
  });

  it('reports the same from the body cache, and renders a body again when the post it links to moves', () => {
    // A new site title renders every page again, and every body comes from the cache with its warnings.
    const config = path.join(site.root, 'broadsheet.config.json');
    fs.writeFileSync(config, fs.readFileSync(config, 'utf8').replace('Harbour Post', 'The Harbour Post'));
    const again = runCli(['build'], site.root);
    expect(again.stdout).toContain('0 bodies rendered, 2 from cache');
    expect(problemsIn(again.stderr)).toEqual(problemsIn(build.stderr));
    const target = path.join(site.root, 'content/_posts/2019-03-02-harbour-dredging.md');
    fs.writeFileSync(target, fs.readFileSync(target, 'utf8').replace('category: Port', 'category: Port\nslug: dredging-begins'));
    const moved = runCli(['build'], site.root);
    expect(moved.code).toBe(0);
    // Only the body that links to it: the moved post's own body is unchanged.
    expect(moved.stdout).toContain('1 bodies rendered, 1 from cache');
    expect(site.body(post).match(/<a href="\/archive\/2019\/03\/dredging-begins\/">/g)).toHaveLength(2);
  });
});

describe('a Hugo and Zola archive with shortcodes, @/ links and raw HTML from old embeds', () => {
  const post = '2021/05/shortcodes/index.html';
  let site: ReturnType<typeof copyFixture>;
  let build: ReturnType<typeof runCli>;
  let check: ReturnType<typeof runCli>;
  beforeAll(() => {
    site = copyFixture('hugo');
    build = runCli(['build'], site.root);
    check = runCli(['check'], site.root);
  });

  it('renders the built-in shortcodes: param, figure, youtube, vimeo, x, tweet, instagram, highlight', () => {
    const html = site.body(post);
    expect(html).toContain('<p>Seven days, four boats</p>');
    expect(html).toMatch(
      /<figure><picture><source [^>]*srcset="\/_broadsheet\/photos\/ferry-[^>]*>[\s\S]*?alt="The ferry at dawn"[^>]*><\/picture><figcaption>The first ferry<\/figcaption><\/figure>/,
    );
    expect(html).toContain('<iframe src="https://www.youtube-nocookie.com/embed/9bZkp7q19f0" title="Boat race"');
    expect(html).toContain('<iframe src="https://player.vimeo.com/video/76979871"');
    expect(html).toContain('<blockquote class="twitter-tweet"><p><a href="https://x.com/riverdesk/status/1453110110599868418">');
    expect(html).toContain('<a href="https://x.com/i/status/1453110110599868419">');
    expect(html).toContain('<blockquote class="instagram-media"><p><a href="https://www.instagram.com/p/CxOWiQNP2MO/">');
    const go = /<pre><code class="language-go hljs">([\s\S]*?)<\/code><\/pre>/.exec(html)?.[1] ?? '';
    expect(textOf(go)).toBe('// boats counted per hour\n# not a heading\nfmt.Println("&lt;i>12&lt;/i>")\n');
  });

  it("resolves ref, relref and Zola @/ links to the articles' URLs, and keeps escaped shortcodes as text", () => {
    const html = site.body(post);
    expect(html).toContain('Read <a href="/2021/05/bridge-opens/">the opening</a> or <a href="/2021/05/bridge-opens/">again</a>.');
    expect(html).toContain('<a href="/2021/05/bridge-opens/#top">the bridge</a>');
    expect(html).toContain('<p>Write {{&lt; youtube id >}} to embed a video.</p>');
    expect(html).toContain('<p><code>{{% notice tip %}}</code>\nBring a coat.\n<code>{{% /notice %}}</code></p>');
    expect(html).toContain('<p><code>{{&lt; gist riverdesk 123 >}}</code></p>');
  });

  it('keeps protocol-relative embeds (as https), noscript images, dl, cite, sup and sub', () => {
    const html = site.body(post);
    expect(html).toContain('<iframe src="https://www.youtube.com/embed/9bZkp7q19f0" width="560" height="315"></iframe>');
    // The lazy-loading twin without a src gives way to its fallback, which gets the photo renditions.
    expect(html.match(/<img /g)?.length).toBe(2);
    expect(html).toMatch(/<img src="[^"]*chart[^"]*" alt="Water levels"/);
    expect(html).toContain('<dl><dt>Ebb</dt><dd>The falling tide.</dd></dl>');
    expect(html).toContain('<blockquote><p>The river gives and takes.</p><cite>A ferryman</cite></blockquote>');
    expect(html).toContain('<p>Water at 10<sup>3</sup> m<sup>3</sup>/s, H<sub>2</sub>O.</p>');
  });

  it('reports unknown shortcodes and unresolved @/ links at their lines, the same from build and check', () => {
    const file = 'content/posts/shortcodes.md';
    const expected = ['29:73', '31:1', '33:1', '35:1'].map((at) => `${file}:${at} SYNTAX_NOT_CONVERTED`);
    expect(build.code).toBe(0);
    expect(problemsIn(build.stderr)).toEqual(expected);
    // check also follows the link, which leads nowhere.
    expect(problemsIn(check.stdout)).toEqual([`${file}:29:58 LINK_BROKEN`, ...expected]);
    expect(check.stdout).toContain('@/posts/gone.md in posts/shortcodes.md is shown as text');
  });
});
