import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { expectBuildErrors } from '../helpers/errors.js';

const build = (files: Record<string, string>) => buildSite(writeSite(files));

describe('front matter formats', () => {
  it('reads YAML, TOML (+++) and JSON front matter into the same article shape', async () => {
    const site = await build({
      'content/2020/01/yaml.md': article({ title: 'From YAML', byline: 'Sok Chenda and Jack Brook' }),
      'content/2020/01/toml.md':
        '+++\ntitle = "From TOML"\ndate = 2020-01-16T08:00:00+07:00\nbyline = ["Sok Chenda"]\nsection = "National"\n+++\nTOML body.\n',
      'content/2020/01/json.md':
        '{\n  "title": "From JSON",\n  "date": "2020-01-17",\n  "author": "Jack Brook",\n  "section": "World"\n}\n\nJSON body.\n',
    });
    expect(site.read('2020/01/yaml/index.html')).toContain('<h1>From YAML</h1>');
    expect(site.read('2020/01/toml/index.html')).toContain('<time datetime="2020-01-16T08:00:00+07:00">');
    const json = site.read('2020/01/json/index.html');
    expect(json).toContain('<p>JSON body.</p>');
    // A date without a time is shown as the day, and is midnight in the site's time zone, not UTC midnight.
    expect(json).toContain('<time datetime="2020-01-17">17 January 2020</time>');
    expect(json).toContain('"dateModified":"2020-01-17T00:00:00+07:00"');
    expect(site.read('authors/sok-chenda/index.html')).toContain('From TOML');
    expect(site.read('authors/jack-brook/index.html')).toContain('From JSON');
  });

  it('takes the date from a YYYY-MM-DD- file name prefix and drops the prefix from the slug', async () => {
    const site = await build({ 'content/x/2020-02-03-market-round-up.md': '---\ntitle: Round-up\n---\nText.\n' });
    expect(site.read('2020/02/market-round-up/index.html')).toContain('<time datetime="2020-02-03">3 February 2020</time>');
  });

  it('accepts flat photo fields and author aliases, and keeps curly quotes, NBSP and Khmer intact', async () => {
    const site = await build({
      'content/a.md': article(
        { title: '"Prime Minister’s visit"', authors: '[Sok Chenda]', photo: '/img/a.jpg', photo_credit: 'AFP' },
        'He said “yes”\u00a0today. កម្ពុជា',
      ),
    });
    const html = site.read('2020/01/a/index.html');
    expect(html).toContain('Prime Minister’s visit');
    expect(html).toContain('<span class="credit">AFP</span>');
    expect(html).toMatch(/He said “yes”(\u00a0|&#xA0;|&nbsp;)today\. កម្ពុជា/);
    expect(html).toContain('>Sok Chenda</a>');
  });
});

describe('bad front matter is a clear error naming file and line', () => {
  it('broken YAML: file, line and a fix', async () => {
    const errors = await expectBuildErrors(() =>
      build({ 'content/bad.md': '---\ntitle: Fine\ndate: 2020-01-01\nsummary: "unclosed\ntags: [a, b\n---\nBody\n' }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('FRONT_MATTER_SYNTAX');
    expect(errors[0]!.location).toMatchObject({ file: 'bad.md' });
    expect(errors[0]!.location!.line).toBeGreaterThanOrEqual(4);
    expect(errors[0]!.location!.line).toBeLessThanOrEqual(6);
    expect(errors[0]!.hint).toMatch(/quotes/);
  });

  it('bad date: names the key, the value, the line and the accepted forms', async () => {
    const errors = await expectBuildErrors(() => build({ 'content/d.md': '---\ntitle: T\ndate: 2019-13-45\n---\nB\n' }));
    expect(errors[0]).toMatchObject({ code: 'FRONT_MATTER_INVALID', location: { file: 'd.md', line: 3 } });
    expect(errors[0]!.message).toContain('"date" is not a valid date: "2019-13-45"');
    expect(errors[0]!.hint).toContain('ISO 8601');
  });

  it('reports every bad article in one run, not just the first', async () => {
    const errors = await expectBuildErrors(() =>
      build({
        'content/a.md': '---\ndate: 2020-01-01\n---\nNo title.\n',
        'content/b.md': '---\ntitle: No date\n---\nB\n',
        'content/c.md': '---\ntitle: T\ndate: 2020-01-01\ndraft: maybe\n---\nC\n',
      }),
    );
    expect(errors.map((e) => `${e.location?.file}:${e.location?.line}`).sort()).toEqual(['a.md:1', 'b.md:1', 'c.md:4']);
  });

  it('a slug with a path separator or ".." is refused before anything is written', async () => {
    for (const slug of ['../../etc/evil', 'a/b', '..', 'x\\\\y']) {
      const errors = await expectBuildErrors(() => build({ 'content/t.md': article({ slug: JSON.stringify(slug) }) }));
      expect(errors[0]!.code, slug).toBe('UNSAFE_PATH');
      expect(errors[0]!.location).toMatchObject({ file: 't.md', line: 5 });
    }
  });

  it('an unclosed front matter block is reported on line 1', async () => {
    const errors = await expectBuildErrors(() => build({ 'content/u.md': '---\ntitle: T\ndate: 2020-01-01\nBody without closing line\n' }));
    expect(errors[0]).toMatchObject({ code: 'FRONT_MATTER_SYNTAX', location: { file: 'u.md', line: 1 } });
  });

  it('broken TOML and JSON report their lines too', async () => {
    const toml = await expectBuildErrors(() => build({ 'content/t.md': '+++\ntitle = "T"\ndate = \n+++\nB\n' }));
    expect(toml[0]).toMatchObject({ code: 'FRONT_MATTER_SYNTAX', location: { file: 't.md' } });
    expect(toml[0]!.location!.line).toBe(3);
    const json = await expectBuildErrors(() => build({ 'content/j.md': '{\n  "title": "T",\n  "date": 2020-01-01\n}\nB\n' }));
    expect(json[0]).toMatchObject({ code: 'FRONT_MATTER_SYNTAX', location: { file: 'j.md' } });
  });
});

describe('bodies are located by byte offset', () => {
  it('handles a BOM, CRLF lines, multi-byte text and invalid UTF-8 in the body', async () => {
    const root = writeSite({
      'content/bom.md': '\ufeff---\r\ntitle: With BOM\r\ndate: 2020-01-01\r\n---\r\nBody after a BOM, “quoted”.\r\n',
      'content/2020-01-03-khmer.md': '---\ntitle: ខ្មែរ\n---\nអត្ថបទ កម្ពុជា\n',
    });
    const bad = Buffer.concat([
      Buffer.from('---\ntitle: Bad bytes\ndate: 2020-01-04\n---\nBefore '),
      Buffer.from([0xff, 0xfe]),
      Buffer.from(' after.\n'),
    ]);
    fs.writeFileSync(path.join(root, 'content/bad.md'), bad);
    const site = await buildSite(root);
    expect(site.read('2020/01/bom/index.html')).toContain('<p>Body after a BOM, “quoted”.</p>');
    expect(site.read('2020/01/khmer/index.html')).toContain('<p>អត្ថបទ កម្ពុជា</p>');
    expect(site.read('2020/01/bad/index.html')).toContain('<p>Before \ufffd\ufffd after.</p>');
  });
});
