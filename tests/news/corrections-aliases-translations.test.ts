// Three things newsrooms need after publishing: corrections, old URLs that keep working, and
// the same story in another language.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectBuildErrors } from '../helpers/errors.js';
import { article, buildSite, listFiles, snapshot, writeFiles, writeSite } from '../helpers/site.js';
import { attr, metaValues, parseHtml, select, selectOne, servesUrl, textOf, type Element } from './helpers/html.js';

const ORIGIN = 'https://news.example.org';
const KHMER_ALIAS = '/khmer/ព័ត៌មាន/';

let site: Awaited<ReturnType<typeof buildSite>>;
const page = (rel: string) => parseHtml(site.read(rel));

beforeAll(async () => {
  site = await buildSite(
    writeSite({
      'content/corrected.md': article({
        title: 'Corrected story',
        date: '2020-01-15T10:00:00+07:00',
        updated: '2020-01-16T09:00:00+07:00',
        // Out of order on purpose: the page lists them oldest first.
        corrections: [
          '',
          '  - date: 2020-01-20',
          '    text: "The vote was on Tuesday, not Monday."',
          '  - date: 2020-01-17',
          '    text: "An earlier version misspelled the minister’s name."',
        ].join('\n'),
      }),
      'content/a.md': article({
        title: 'Moved story',
        date: '2020-01-14T10:00:00+07:00',
        aliases: `[/news/648112/old-url/, /old/story.html, ${KHMER_ALIAS}]`,
      }),
      'content/t-en.md': article({ title: 'Rice harvest begins', date: '2020-01-12T10:00:00+07:00', translationKey: 'rice-2020' }),
      'content/t-km.md': article({
        title: 'ការប្រមូលផលស្រូវចាប់ផ្តើម',
        date: '2020-01-12T11:00:00+07:00',
        slug: 'rice-harvest-km',
        lang: 'km',
        translationKey: 'rice-2020',
      }),
    }),
  );
});

/** The page's NewsArticle (the first ld+json script; the BreadcrumbList follows it). */
function jsonLd(doc: Element): Record<string, unknown> {
  return JSON.parse(textOf(select(doc, 'script').find((s) => attr(s, 'type') === 'application/ld+json')!));
}

describe('corrections', () => {
  it('show a visible notice with each date and text, oldest first', () => {
    const doc = page('2020/01/corrected/index.html');
    const notice = selectOne(doc, 'aside', 'corrections');
    expect(textOf(selectOne(notice, 'h2'))).toBe('Corrections');
    expect(select(notice, 'p').map(textOf)).toEqual([
      '17 January 2020: An earlier version misspelled the minister’s name.',
      '20 January 2020: The vote was on Tuesday, not Monday.',
    ]);
    expect(select(notice, 'time').map((t) => attr(t, 'datetime'))).toEqual(['2020-01-17T00:00:00+07:00', '2020-01-20T00:00:00+07:00']);
  });

  it('make dateModified the latest correction date, later than updated', () => {
    const doc = page('2020/01/corrected/index.html');
    expect(jsonLd(doc)).toMatchObject({ datePublished: '2020-01-15T10:00:00+07:00', dateModified: '2020-01-20T00:00:00+07:00' });
    expect(metaValues(doc, 'article:modified_time')).toEqual(['2020-01-20T00:00:00+07:00']);
  });

  it('an article without corrections has no notice', () => {
    expect(select(page('2020/01/a/index.html'), 'aside', 'corrections')).toEqual([]);
  });
});

describe('aliases', () => {
  const target = `${ORIGIN}/2020/01/a/`;

  function expectRedirectPage(rel: string) {
    const doc = page(rel);
    expect(metaValues(doc, 'robots'), rel).toEqual(['noindex']);
    const refresh = select(doc, 'meta').filter((m) => attr(m, 'http-equiv') === 'refresh');
    expect(
      refresh.map((m) => attr(m, 'content')),
      rel,
    ).toEqual([`0; url=${target}`]);
    const canonical = select(doc, 'link').filter((l) => attr(l, 'rel') === 'canonical');
    expect(
      canonical.map((l) => attr(l, 'href')),
      rel,
    ).toEqual([target]);
    expect(
      select(doc, 'a').map((a) => attr(a, 'href')),
      rel,
    ).toEqual([target]);
  }

  it('each alias gets a redirect page with meta refresh and canonical to the absolute article URL', () => {
    expectRedirectPage('news/648112/old-url/index.html');
    expectRedirectPage('old/story.html');
    expectRedirectPage(`${KHMER_ALIAS.slice(1)}index.html`);
    expect(servesUrl(site.out, target)).toBe(true);
  });

  it('_redirects has one "alias target 301" line per alias, sorted', () => {
    // Lines for our own files' old /assets/ addresses follow the aliases; not counted here.
    // The Khmer article moved under /km/ (the site has two languages): its old address is an alias too.
    const lines = site
      .read('_redirects')
      .replace(/^\/assets\/.*\n/gm, '')
      .replace(/^\/2020\/01\/rice-harvest-km\/ .*\n/m, '')
      .split('\n');
    expect(lines).toHaveLength(4);
    expect(lines.slice(1)).toEqual(['/news/648112/old-url/ /2020/01/a/ 301', '/old/story.html /2020/01/a/ 301', '']);
  });

  it('_redirects writes a non-ASCII alias percent-encoded once, as the URL browsers request', () => {
    // Browsers request /khmer/%E1%9E%96.../; a line with %25E1... would never match it.
    expect(site.read('_redirects').split('\n')).toContain(`${encodeURI(KHMER_ALIAS)} /2020/01/a/ 301`);
  });

  it('an alias that collides with a real page fails the build with DUPLICATE_URL naming the file, output untouched', async () => {
    const root = writeSite({
      'content/a.md': article({ title: 'A', slug: 'a' }),
      'content/b.md': article({ title: 'B', slug: 'b', date: '2020-01-16T10:00:00+07:00' }),
    });
    const first = await buildSite(root);
    const before = snapshot(first.out);

    writeFiles(root, { 'content/b.md': article({ title: 'B', slug: 'b', date: '2020-01-16T10:00:00+07:00', aliases: '[/2020/01/a/]' }) });
    const onArticle = await expectBuildErrors(() => buildSite(root));
    expect(onArticle.map((e) => e.code)).toEqual(['DUPLICATE_URL']);
    expect(onArticle[0]!.message).toContain('b.md');
    expect(onArticle[0]!.message).toContain('a.md');
    expect(onArticle[0]!.message).toContain('2020/01/a/index.html');
    // Made with the line of b.md's aliases key (front matter: title, date, section, slug, aliases).
    expect(onArticle[0]!.location).toMatchObject({ file: 'b.md', line: 6, key: 'aliases' });

    writeFiles(root, { 'content/b.md': article({ title: 'B', slug: 'b', date: '2020-01-16T10:00:00+07:00', aliases: '[/archive/]' }) });
    const onList = await expectBuildErrors(() => buildSite(root));
    expect(onList.map((e) => e.code)).toEqual(['DUPLICATE_URL']);
    expect(onList[0]!.message).toContain('b.md');
    expect(onList[0]!.message).toContain('archive/index.html');
    expect(onList[0]!.location).toMatchObject({ file: 'b.md', line: 6 });

    expect(snapshot(first.out)).toEqual(before);
  });

  it('an alias with ".." fails the build with UNSAFE_PATH naming the article', async () => {
    for (const alias of ['/news/../../etc/', '/news/%2e%2e/x/']) {
      const root = writeSite({ 'content/b.md': article({ title: 'B', aliases: `["${alias}"]` }) });
      const errors = await expectBuildErrors(() => buildSite(root));
      expect(
        errors.map((e) => e.code),
        alias,
      ).toEqual(['UNSAFE_PATH']);
      expect(errors[0]!.location?.file, alias).toBe('b.md');
      expect(errors[0]!.message, alias).toContain(alias);
      // Nothing is published (bookkeeping under dist/.broadsheet does not count).
      const dist = path.join(root, 'dist');
      expect(fs.existsSync(dist) ? listFiles(dist) : [], alias).toEqual([]);
      expect(fs.existsSync(path.join(root, 'etc')), alias).toBe(false);
    }
  });
});

describe('translations', () => {
  const en = `${ORIGIN}/2020/01/t-en/`;
  // Two languages make the site multilingual by itself: Khmer pages live under /km/.
  const km = `${ORIGIN}/km/2020/01/rice-harvest-km/`;
  const hreflang = (doc: Element) =>
    select(selectOne(doc, 'head'), 'link')
      .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang') !== undefined)
      .map((l) => [attr(l, 'hreflang'), attr(l, 'href')]);
  const translationLinks = (doc: Element) =>
    select(selectOne(doc, 'p', 'translations'), 'a').map((a) => [attr(a, 'href'), attr(a, 'hreflang'), textOf(a)]);

  it('the English page links to the Khmer one and declares both with hreflang', () => {
    const doc = page('2020/01/t-en/index.html');
    expect(attr(doc, 'lang')).toBe('en');
    expect(hreflang(doc)).toEqual([
      ['en', en],
      ['km', km],
      ['x-default', en],
    ]);
    expect(translationLinks(doc)).toEqual([['/km/2020/01/rice-harvest-km/', 'km', 'ការប្រមូលផលស្រូវចាប់ផ្តើម']]);
  });

  it('the Khmer page has <html lang="km"> and links back', () => {
    const doc = page('km/2020/01/rice-harvest-km/index.html');
    expect(attr(doc, 'lang')).toBe('km');
    expect(hreflang(doc)).toEqual([
      ['en', en],
      ['km', km],
      ['x-default', en],
    ]);
    expect(translationLinks(doc)).toEqual([['/2020/01/t-en/', 'en', 'Rice harvest begins']]);
    expect(jsonLd(doc).inLanguage).toBe('km');
    for (const [, href] of hreflang(doc)) expect(servesUrl(site.out, href!), href).toBe(true);
  });

  it("the Khmer article's address from before the site had two languages redirects to its new one", () => {
    const doc = page('2020/01/rice-harvest-km/index.html');
    const refresh = select(doc, 'meta').filter((m) => attr(m, 'http-equiv') === 'refresh');
    expect(refresh.map((m) => attr(m, 'content'))).toEqual([`0; url=${km}`]);
    expect(site.read('_redirects').split('\n')).toContain('/2020/01/rice-harvest-km/ /km/2020/01/rice-harvest-km/ 301');
  });

  it('an article without translations has no hreflang links', () => {
    const doc = page('2020/01/a/index.html');
    expect(hreflang(doc)).toEqual([]);
    expect(select(doc, 'p', 'translations')).toEqual([]);
  });
});
