// An English and Khmer site with a `languages` config (tests/fixtures/bilingual), built by the
// CLI: translations found by folder, by file name suffix and by translationKey; each language's
// own title, pages and feeds; then the rules around it in small inline sites (the :lang token,
// a bad `languages` config, two articles claiming one translation).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newsLanguage } from '../../src/render/sitemaps/news-sitemap.js';
import { expectBuildErrors } from '../helpers/errors.js';
import { article, buildSite, repoRoot, runCli, writeFiles, writeSite } from '../helpers/site.js';
import { vnuProblems } from '../helpers/vnu.js';
import { attr, hasClass, listedUrls, parseHtml, select, selectOne, servesUrl, textOf, type Element } from '../news/helpers/html.js';

const ORIGIN = 'https://news.example.org';
let out: string;
let built: ReturnType<typeof runCli>;
const page = (rel: string) => parseHtml(fs.readFileSync(path.join(out, rel), 'utf8'));
const alternates = (doc: Element) =>
  select(selectOne(doc, 'head'), 'link')
    .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang') !== undefined)
    .map((l) => [attr(l, 'hreflang'), attr(l, 'href')]);
const switcher = (doc: Element) =>
  select(
    select(doc, 'nav').find((n) => hasClass(n, 'language-switcher'))!,
    'a',
  ).map((a) => [attr(a, 'hreflang'), attr(a, 'href'), textOf(a)]);

beforeAll(() => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-bilingual-'));
  fs.cpSync(path.join(repoRoot, 'tests/fixtures/bilingual'), root, { recursive: true });
  out = path.join(root, 'dist');
  built = runCli(['build', '--no-cache', '--quiet'], root, { SOURCE_DATE_EPOCH: String(Date.parse('2021-03-10T00:00:00Z') / 1000) });
});

describe('an English and Khmer site with a languages config', () => {
  it('publishes each language under its own folder, its lists holding its own articles', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(listedUrls(page('index.html'))).toEqual(['bridge', 'boat-race', 'market', 'floods'].map((s) => `/2021/03/${s}/`));
    expect(listedUrls(page('km/index.html'))).toEqual(['school', 'ប្រណាំងទូក', 'market', 'floods'].map((s) => encodeURI(`/km/2021/03/${s}/`)));
    // The file name's ".km" says the language; it is not part of the address.
    expect(attr(page('km/2021/03/market/index.html'), 'lang')).toBe('km');
    expect(listedUrls(page('km/section/ជាតិ/index.html'))).toHaveLength(3);
  });

  it('gives each language its title, description and feeds from the config', () => {
    const km = page('km/index.html');
    expect(textOf(selectOne(km, 'title'))).toContain('កាសែតមេគង្គ');
    expect(textOf(selectOne(km, 'p', 'site-title'))).toBe('កាសែតមេគង្គ');
    const feed = fs.readFileSync(path.join(out, 'km/index.xml'), 'utf8');
    expect(feed).toContain('<title>កាសែតមេគង្គ</title>');
    expect(feed).toContain('<description>ព័ត៌មានពីតាមដងទន្លេ</description>');
    expect(feed).toContain('<language>km</language>');
    expect(fs.readFileSync(path.join(out, 'index.xml'), 'utf8')).toContain('<description>News from along the river</description>');
  });

  it('links translations found by folder, by file name and by translationKey, both ways', () => {
    const pairs = [
      ['2021/03/floods/', 'km/2021/03/floods/'],
      ['2021/03/market/', 'km/2021/03/market/'],
      ['2021/03/boat-race/', 'km/2021/03/ប្រណាំងទូក/'],
    ];
    for (const [en, km] of pairs) {
      const expected = [
        ['en', `${ORIGIN}/${en}`],
        ['km', `${ORIGIN}/${encodeURI(km!)}`],
        ['x-default', `${ORIGIN}/${en}`],
      ];
      expect(alternates(page(`${en}index.html`)), en).toEqual(expected);
      expect(alternates(page(`${km}index.html`)), km).toEqual(expected);
      expect(switcher(page(`${km}index.html`)), km).toEqual([
        ['en', `/${en}`, 'English'],
        ['km', encodeURI(`/${km}`), 'ខ្មែរ'],
      ]);
    }
  });

  it("sends the switcher of an untranslated article to the other language's home, with no alternates", () => {
    expect(alternates(page('2021/03/bridge/index.html'))).toEqual([]);
    expect(switcher(page('2021/03/bridge/index.html'))).toEqual([
      ['en', '/2021/03/bridge/', 'English'],
      ['km', '/km/', 'ខ្មែរ'],
    ]);
    expect(switcher(page('km/2021/03/school/index.html'))[0]).toEqual(['en', '/', 'English']);
  });

  it('writes a 404 page and a news sitemap per language', () => {
    expect(attr(page('km/404.html'), 'lang')).toBe('km');
    expect(listedUrls(page('km/404.html')).every((u) => u.startsWith('/km/'))).toBe(true);
    const news = fs.readFileSync(path.join(out, 'news-sitemap-km.xml'), 'utf8');
    expect(news).toContain(`<loc>${ORIGIN}/km/2021/03/school/</loc>`);
    expect(news).not.toContain(`${ORIGIN}/2021/03/bridge/`);
    expect(servesUrl(out, `${ORIGIN}/km/2021/03/school/`)).toBe(true);
  });

  it('passes the Nu HTML Checker in both languages', () => {
    const sample = [
      'index.html',
      'km/index.html',
      'km/2021/03/market/index.html',
      '2021/03/boat-race/index.html',
      'km/404.html',
      'km/2021/index.html',
    ];
    expect(vnuProblems(out, sample)).toEqual([]);
  });
});

describe('rules of multilingual sites', () => {
  it('places the language where the permalink says with :lang, empty for the site language', async () => {
    const site = await buildSite(
      writeSite({
        'content/a.md': article({ title: 'A', slug: 'a' }),
        'content/b.md': article({ title: 'B', slug: 'a', lang: 'km' }),
      }),
      { permalink: '/:year/:lang/:slug/' },
    );
    expect(fs.existsSync(path.join(site.out, '2020/a/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(site.out, '2020/km/a/index.html'))).toBe(true);
    // The lists of the language are still in its folder.
    expect(listedUrls(parseHtml(site.read('km/index.html')))).toEqual(['/2020/km/a/']);
  });

  it('a languages config whose folders clash is a LANGUAGES_INVALID error naming the config', async () => {
    const root = writeSite({ 'content/a.md': article({ title: 'A' }) });
    for (const languages of [
      [{ code: 'en' }, { code: 'km', prefix: '' }],
      [{ code: 'km' }, { code: 'th', prefix: 'km' }],
    ]) {
      const errors = await expectBuildErrors(() => buildSite(root, { languages }));
      expect(
        errors.map((e) => e.code),
        JSON.stringify(languages),
      ).toEqual(['LANGUAGES_INVALID']);
      expect(errors[0]!.location?.key).toBe('languages');
    }
    // From a config file, the error points at the line of its languages key.
    const config = [
      '{',
      '  "title": "Twin Times",',
      '  "baseUrl": "https://news.example.org/",',
      '  "languages": [{ "code": "en" }, { "code": "km", "prefix": "" }]',
      '}',
    ];
    writeFiles(root, { 'broadsheet.config.json': config.join('\n') });
    const cli = runCli(['build'], root);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/broadsheet\.config\.json:4\b.*LANGUAGES_INVALID/);
  });

  it('a second article of one language with the same translationKey is warned about and left unlinked', async () => {
    const site = await buildSite(
      writeSite({
        'content/a.md': article({ title: 'A', slug: 'a', translationKey: 'k' }),
        'content/b.md': article({ title: 'B', slug: 'b', lang: 'km', translationKey: 'k' }),
        'content/c.md': article({ title: 'C', slug: 'c', lang: 'km', translationKey: 'k', date: '2020-01-16T10:00:00+07:00' }),
      }),
    );
    const warnings = site.stats.warnings.filter((w) => w.code === 'DUPLICATE_TRANSLATION');
    expect(warnings.map((w) => w.location?.file)).toEqual(['c.md']);
    // Made with the line of c.md's translationKey (front matter: title, date, section, slug, lang, translationKey).
    expect(warnings[0]!.location?.line).toBe(7);
    expect(warnings[0]!.message).toContain('b.md');
    expect(alternates(parseHtml(site.read('km/2020/01/c/index.html')))).toEqual([]);
    expect(alternates(parseHtml(site.read('km/2020/01/b/index.html'))).map((a) => a[0])).toEqual(['en', 'km', 'x-default']);
  });

  it("a lang that is not a language tag gets no folder: the article stays in the site language's lists", async () => {
    const site = await buildSite(
      writeSite({
        'content/a.md': article({ title: 'A', slug: 'a', lang: '"../../etc"' }),
        'content/b.md': article({ title: 'B', slug: 'b', lang: 'english' }),
      }),
    );
    expect(listedUrls(parseHtml(site.read('index.html')))).toEqual(['/2020/01/b/', '/2020/01/a/']);
    expect(fs.readdirSync(site.out).filter((f) => !f.startsWith('.') && !f.startsWith('_'))).not.toContain('etc');
    expect(fs.existsSync(path.join(site.out, '..', 'etc'))).toBe(false);
  });

  it('a site listing one language keeps other-language articles at the root, in its own lists', async () => {
    const site = await buildSite(writeSite({ 'content/b.md': article({ title: 'B', slug: 'b', lang: 'km' }) }), {
      languages: [{ code: 'en' }],
    });
    expect(fs.existsSync(path.join(site.out, 'km'))).toBe(false);
    expect(attr(parseHtml(site.read('2020/01/b/index.html')), 'lang')).toBe('km');
    expect(listedUrls(parseHtml(site.read('index.html')))).toEqual(['/2020/01/b/']);
  });

  it('names languages for Google News as it asks: the ISO 639 code, zh-cn or zh-tw for Chinese', () => {
    expect(['en', 'pt-BR', 'km-KH', 'zh-CN', 'zh-Hans', 'zh-Hant-TW', 'zh-HK'].map(newsLanguage)).toEqual([
      'en',
      'pt',
      'km',
      'zh-cn',
      'zh-cn',
      'zh-tw',
      'zh-tw',
    ]);
  });
});
