// Issue 6: one fixture per hostile or broken case, each built next to a good article, with the
// exact outcome checked: escaped output, a coded error naming the file, or the documented merge.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWellFormedXml } from '../feeds/helpers/strict-xml.js';
import { expectBuildErrors } from '../helpers/errors.js';
import { buildSite, listFiles } from '../helpers/site.js';
import { attrOf, buildCase, caseSite, elementsOf, injectedMarkup, jsonLdOf, textOf } from './helpers/hostile.js';

const codesOf = (warnings: { code: string }[]) => warnings.map((w) => w.code);

describe('no injection', () => {
  it('front matter text is escaped in HTML, attributes, JSON-LD, feeds and sitemaps', async () => {
    const site = await buildCase(['script-in-front-matter.md']);
    const title = '</script><script>alert(1)</script> & <b>bold</b> ]]> <!--';
    const articlePage = site.read('2020/01/script-in-front-matter/index.html');
    expect(injectedMarkup(articlePage)).toEqual([]);
    const h1 = elementsOf(articlePage).find((e) => e.tagName === 'h1')!;
    expect(textOf(h1)).toBe(title);
    expect(
      attrOf(
        elementsOf(articlePage).find((e) => e.tagName === 'img')!,
        'alt',
      ),
    ).toBe('" onerror="alert(6)');
    const [ld] = jsonLdOf(articlePage) as { headline: string; articleSection: string; keywords: string[] }[];
    expect(ld).toMatchObject({
      headline: title,
      articleSection: '</title><script>alert(4)</script>',
      keywords: ['<script>alert(5)</script>'],
    });
    for (const page of site.files.filter((f) => f.endsWith('.html'))) expect(injectedMarkup(site.read(page)), page).toEqual([]);
    for (const xml of site.files.filter((f) => f.endsWith('.xml'))) assertWellFormedXml(site.read(xml));
    expect(site.read('index.xml')).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; ]]&gt;');
    expect((JSON.parse(site.read('feed.json')) as { items: { title: string }[] }).items.map((i) => i.title)).toContain(title);
  });

  it('content is never evaluated as a Handlebars template', async () => {
    const site = await buildCase(['handlebars-in-content.md']);
    const html = site.read('2020/01/handlebars-in-content/index.html');
    expect(textOf(elementsOf(html).find((e) => e.tagName === 'h1')!)).toBe('{{site.title}} {{> head}} {{{page.canonical}}}');
    // Shown as written, in code, and reported (SYNTAX_NOT_CONVERTED): never run.
    expect(html).toContain('<p>Body with <code>{{site.title}}</code> and <code>{{{raw}}}</code>.</p>');
    expect(html).not.toContain('Test Times Test Times');
  });

  it('raw HTML in bodies keeps figures, embeds and posts, and loses scripts, styles, handlers and script URLs', async () => {
    const site = await buildCase(['raw-html-body.md']);
    const html = site.read('2020/01/raw-html-body/index.html');
    expect(injectedMarkup(html)).toEqual([]);
    const body = html.slice(html.indexOf('<p>Paragraph</p>'), html.indexOf('</blockquote>') + 13);
    expect(body).toContain('<a href="https://example.org/story">caps</a>');
    expect(body).toContain('<a>js</a> <a>mixed</a>');
    expect(body).toContain('<iframe src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315" allowfullscreen></iframe>');
    expect(body).toContain('<iframe></iframe>');
    expect(body).toContain('<blockquote class="twitter-tweet"><p>Post text</p>');
    expect(body).not.toMatch(/<style|display: none|alert\(/);
  });
});

describe('no escape from the output folder', () => {
  it.each([
    ['slug-traversal.md', 4],
    ['alias-percent-encoded.md', 4],
    ['alias-encoded-slash.md', 4],
    ['alias-backslash.md', 4],
    ['alias-nul.md', 4],
    ['alias-absolute.md', 4],
  ])('%s is refused with UNSAFE_PATH at its line, before anything is written', async (name, line) => {
    const root = caseSite(name);
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors.map((e) => e.code)).toContain('UNSAFE_PATH');
    expect(errors[0]!.location).toEqual({ file: name, line });
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('section, tag and author names that look like paths become plain segments inside the output folder', async () => {
    const site = await buildCase(['terms-traversal.md']);
    expect(site.files.filter((f) => /^(section|tags|authors)\/[^/]+\/index\.html$/.test(f))).toEqual([
      'authors/root/index.html',
      'section/etc/index.html',
      'section/national/index.html',
      'tags/2f2e2e2fy/index.html',
      'tags/ab/index.html',
      'tags/etcpasswd/index.html',
      'tags/rice/index.html',
      'tags/tmpx/index.html',
      'tags/windows/index.html',
    ]);
    expect(fs.readdirSync(site.root).sort()).toEqual(['.cache', 'content', 'dist']);
  });

  it('a photo with a javascript: source is refused with its line', async () => {
    const errors = await expectBuildErrors(() => buildSite(caseSite('photo-javascript.md')));
    expect(errors[0]).toMatchObject({ code: 'FRONT_MATTER_INVALID', location: { file: 'photo-javascript.md', line: 4 } });
  });

  it('names longer than a file system allows are shortened deterministically, and aliases too long are left to _redirects', async () => {
    const root = caseSite();
    const khmer = 'ព័ត៌មាន'.repeat(40); // 840 bytes
    fs.writeFileSync(
      path.join(root, 'content/long.md'),
      `---\ntitle: Long\ndate: 2020-01-20\nslug: ${'a'.repeat(400)}\ntags: ["${khmer}"]\naliases: ["/old/${'x'.repeat(300)}/"]\n---\nB\n`,
    );
    const first = await buildSite(root);
    const files = listFiles(first.out);
    for (const f of files) for (const segment of f.split('/')) expect(Buffer.byteLength(segment), f).toBeLessThanOrEqual(200);
    const article = files.find((f) => f.startsWith('2020/01/aaa'))!;
    expect(article).toMatch(/^2020\/01\/a{189}-[0-9a-f]{10}\/index\.html$/);
    const tag = files.find((f) => f.startsWith('tags/ព'))!;
    expect(Buffer.byteLength(tag.split('/')[1]!)).toBeLessThanOrEqual(200);
    expect(first.read(article)).toContain(`https://news.example.org/${article.replace('index.html', '')}`);
    expect(first.read('_redirects')).toContain(`/old/${'x'.repeat(300)}/ /${article.replace('index.html', '')} 301`);
    expect(codesOf(first.stats.warnings)).toEqual(['PATH_SHORTENED']);
    expect(first.stats.warnings[0]!.location).toEqual({ file: 'long.md', line: 6 });
    // Same input, same paths.
    fs.rmSync(first.out, { recursive: true });
    expect(listFiles((await buildSite(root, {}, {}, { cacheDir: null })).out)).toEqual(files);
  });

  it('symbolic links out of the content folder are not followed, with a warning; links inside are', async () => {
    const root = caseSite();
    const outside = path.join(root, 'secret.md');
    fs.writeFileSync(outside, '---\ntitle: Secret\ndate: 2020-01-01\n---\nPrivate.\n');
    fs.writeFileSync(path.join(root, 'passwords.txt'), 'hunter2');
    fs.symlinkSync(outside, path.join(root, 'content/leak.md'));
    fs.symlinkSync(path.join(root, 'passwords.txt'), path.join(root, 'content/passwords.txt'));
    fs.symlinkSync(root, path.join(root, 'content/up'));
    fs.symlinkSync(path.join(root, 'content/good.md'), path.join(root, 'content/good-link.md'));
    fs.symlinkSync(path.join(root, 'nowhere'), path.join(root, 'content/broken.md'));
    const site = await buildSite(root);
    const skipped = site.stats.warnings.filter((w) => w.code === 'SYMLINK_SKIPPED');
    expect(skipped.map((w) => w.location?.file).sort()).toEqual(['broken.md', 'leak.md', 'passwords.txt', 'up']);
    expect(skipped.find((w) => w.location?.file === 'leak.md')!.message).toContain('outside the content folder');
    const files = listFiles(site.out);
    expect(files).toContain('2020/01/good-link/index.html');
    expect(files.filter((f) => /leak|secret|passwords|^up\//.test(f))).toEqual([]);
  });
});

describe('no silent loss', () => {
  it('two articles at one URL fail the build naming both files', async () => {
    const errors = await expectBuildErrors(() => buildSite(caseSite('duplicate-url-1.md', 'duplicate-url-2.md')));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('DUPLICATE_URL');
    expect(errors[0]!.message).toContain('duplicate-url-1.md');
    expect(errors[0]!.message).toContain('duplicate-url-2.md');
  });

  it('an alias onto an existing page fails the build naming the alias and its file', async () => {
    const errors = await expectBuildErrors(() => buildSite(caseSite('alias-onto-page.md')));
    expect(errors[0]!.code).toBe('DUPLICATE_URL');
    expect(errors[0]!.message).toContain('alias-onto-page.md (alias /2020/01/good/)');
    expect(errors[0]!.message).toContain('good.md');
  });

  it('tags that slug alike share one page named by the first spelling; a merge beyond case and a name with no letters are warnings', async () => {
    const site = await buildCase(['tags-merged.md']);
    expect(site.files.filter((f) => /^tags\/[^/]+\/index.html$/.test(f))).toEqual(['tags/c/index.html', 'tags/rice/index.html']);
    const rice = site.read('tags/rice/index.html');
    expect(rice).toContain('A good article');
    expect(rice).toContain('Tags that share a page');
    expect(textOf(elementsOf(rice).find((e) => e.tagName === 'h1')!)).toContain('Rice');
    expect(site.stats.warnings.map((w) => [w.code, w.message.split(' in ')[0]])).toEqual([
      ['TERM_MERGED', 'The tag "C"'],
      ['UNUSABLE_TERM', 'The tag "!!!"'],
    ]);
  });

  it('an invalid article fails the build by default; --keep-going leaves it out, warns and counts it', async () => {
    const root = caseSite('invalid-date.md');
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors[0]).toMatchObject({ code: 'FRONT_MATTER_INVALID', location: { file: 'invalid-date.md', line: 3 } });
    const site = await buildSite(root, {}, { keepGoing: true });
    expect(site.stats).toMatchObject({ articles: 1, invalid: 1 });
    expect(site.stats.warnings).toHaveLength(1);
    expect(site.stats.warnings[0]).toMatchObject({
      code: 'FRONT_MATTER_INVALID',
      severity: 'warning',
      location: { file: 'invalid-date.md', line: 3 },
    });
    expect(site.stats.warnings[0]!.message).toContain('left out (--keep-going)');
  });
});

describe('odd but legal input', () => {
  it('a UTF-8 BOM and CRLF line endings', async () => {
    const site = await buildCase(['bom-crlf.md']);
    const html = site.read('2020/01/bom-crlf/index.html');
    expect(html).toContain('<h1>BOM and CRLF</h1>');
    expect(html).toContain('<p>First line.</p>\n<p>Second <em>paragraph</em>.</p>');
    expect(html).not.toContain('\uFEFF');
  });

  it('an empty file is left out with a warning; a file with only front matter is an article without text', async () => {
    const site = await buildCase(['empty.md', 'front-matter-only.md']);
    expect(site.stats.articles).toBe(2);
    expect(site.stats.warnings.map((w) => [w.code, w.location?.file])).toEqual([['EMPTY_ARTICLE', 'empty.md']]);
    expect(site.read('2020/01/front-matter-only/index.html')).toContain('<h1>Only front matter</h1>');
  });

  it('invalid UTF-8 is replaced and reported with its file and line, on cached rebuilds too', async () => {
    const root = caseSite();
    const bytes = Buffer.concat([
      Buffer.from('---\ntitle: Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\ndate: 2020-01-20\n---\nOK line\nBad '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from('\n'),
    ]);
    fs.writeFileSync(path.join(root, 'content/latin1.md'), bytes);
    for (let run = 0; run < 2; run++) {
      const site = await buildSite(root);
      expect(site.stats.warnings.map((w) => [w.code, w.location])).toEqual([['INVALID_UTF8', { file: 'latin1.md', line: 2 }]]);
      const html = site.read('2020/01/latin1/index.html');
      expect(html).toContain('<h1>Caf\uFFFD</h1>');
      expect(html).toContain('<p>OK line\nBad \uFFFD\uFFFD</p>');
    }
  });

  it('Khmer, Thai, Arabic and Chinese titles: readable slugs, lang, and dir="rtl" for Arabic', async () => {
    const site = await buildCase(['2020-01-24-ព័ត៌មានជាតិ.md', '2020-01-25-ข่าวไทย.md', '2020-01-26-أخبار.md', '2020-01-27-新闻.md']);
    expect(site.read('2020/01/ព័ត៌មានជាតិ/index.html')).toContain('<h1>ក្រសួងសុខាភិបាល ប្រកាស​ពី​ករណី​ថ្មី</h1>');
    // Four languages make the archive multilingual by itself: Thai, Arabic and Chinese get their folders.
    expect(site.read('th/2020/01/ข่าวไทย/index.html')).toMatch(/<article class="article" lang="th"[ >]/);
    const arabic = site.read('ar/2020/01/أخبار/index.html');
    expect(arabic).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arabic).toMatch(/<article class="article" lang="ar" dir="rtl"[ >]/);
    expect(site.read('zh/2020/01/新闻/index.html')).toContain('<h1>柬埔寨经济新闻</h1>');
    expect(site.files).toContain('ar/tags/اقتصاد/index.html');
    expect(site.files).toContain('zh/tags/经济/index.html');
    expect(site.read('ar/index.html')).toMatch(/<html lang="ar" dir="rtl">/);
    expect(site.read('index.html')).toMatch(/<html lang="en">/);
  });
});
