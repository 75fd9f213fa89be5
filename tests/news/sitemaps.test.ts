// sitemap.xml (whole and split), news-sitemap.xml and robots.txt of built sites.
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertWellFormedXml } from '../feeds/helpers/strict-xml.js';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { servesUrl } from './helpers/html.js';

const ORIGIN = 'https://news.example.org';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (n) => ['url', 'sitemap'].includes(n),
});

type Built = Awaited<ReturnType<typeof buildSite>>;
interface UrlEntry {
  loc: string;
  lastmod?: string;
}

/** slug -> [front matter date, extra fields, expected lastmod]. */
const STORIES: [string, string, Record<string, string>, string][] = [
  ['s0', '2020-01-10T08:00:00+07:00', { updated: '2020-01-12T09:00:00+07:00' }, '2020-01-12T09:00:00+07:00'],
  ['s1', '2020-01-11T08:00:00+07:00', {}, '2020-01-11T08:00:00+07:00'],
  ['s2', '2020-01-12T08:00:00+07:00', { corrections: '\n  - date: 2020-01-20\n    text: Fixed a name.' }, '2020-01-20T00:00:00+07:00'],
  ['s3', '2020-02-01T23:30:00+07:00', { tags: '[rice]' }, '2020-02-01T23:30:00+07:00'],
  ['s4', '2020-02-02T06:00:00Z', { tags: '[rice, floods]', section: 'Business' }, '2020-02-02T13:00:00+07:00'],
  ['s5', '2020-03-03T08:00:00+07:00', { byline: 'Taing Vida and Ben Sokhean' }, '2020-03-03T08:00:00+07:00'],
];
const articleUrl = (slug: string, date: string) => `${ORIGIN}/2020/${date.slice(5, 7)}/${slug}/`;

function storyFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [slug, date, extra] of STORIES) files[`content/${slug}.md`] = article({ title: `"Story ${slug}"`, date, ...extra });
  return files;
}

function urlsOf(text: string): UrlEntry[] {
  assertWellFormedXml(text);
  const doc = xml.parse(text);
  expect(doc.urlset['@xmlns']).toBe(SITEMAP_NS);
  return doc.urlset.url ?? [];
}

describe('sitemap.xml', () => {
  let root: string;
  let whole: Built;
  let split: Built;
  beforeAll(async () => {
    root = writeSite(storyFiles());
    whole = await buildSite(root);
    split = await buildSite(root, { sitemapMaxUrls: 10 }, {}, { out: path.join(root, 'split'), cacheDir: path.join(root, '.cache2') });
  });

  it('lists every article URL exactly once, with lastmod = latest of date, updated and corrections', () => {
    const urls = urlsOf(whole.read('sitemap.xml'));
    for (const [slug, date, , lastmod] of STORIES) {
      const loc = articleUrl(slug, date);
      const found = urls.filter((u) => u.loc === loc);
      expect(found, loc).toEqual([{ loc, lastmod }]);
    }
    for (const u of urls.filter((x) => x.lastmod !== undefined)) expect(u.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  });

  it('lists each page once, as absolute URLs of files that exist, including list pages', () => {
    const locs = urlsOf(whole.read('sitemap.xml')).map((u) => u.loc);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs).toEqual(
      expect.arrayContaining([`${ORIGIN}/`, `${ORIGIN}/tags/rice/`, `${ORIGIN}/authors/ben-sokhean/`, `${ORIGIN}/2020/02/`]),
    );
    for (const loc of locs) {
      expect(loc.startsWith(`${ORIGIN}/`), loc).toBe(true);
      expect(servesUrl(whole.out, loc), loc).toBe(true);
    }
    expect(locs.length).toBeGreaterThan(10);
  });

  it('with sitemapMaxUrls 10 becomes an index of files of at most 10 URLs that together list the same URLs', () => {
    const all = urlsOf(whole.read('sitemap.xml'));
    const text = split.read('sitemap.xml');
    assertWellFormedXml(text);
    const index = xml.parse(text).sitemapindex;
    expect(index['@xmlns']).toBe(SITEMAP_NS);
    const children: string[] = index.sitemap.map((s: { loc: string }) => s.loc);
    expect(children).toEqual(Array.from({ length: Math.ceil(all.length / 10) }, (_, i) => `${ORIGIN}/sitemaps/sitemap-${i + 1}.xml`));
    const union: UrlEntry[] = [];
    for (const loc of children) {
      expect(servesUrl(split.out, loc), loc).toBe(true);
      const part = urlsOf(fs.readFileSync(path.join(split.out, loc.slice(ORIGIN.length)), 'utf8'));
      expect(part.length, loc).toBeGreaterThan(0);
      expect(part.length, loc).toBeLessThanOrEqual(10);
      union.push(...part);
    }
    expect(union).toEqual(all);
    expect(fs.existsSync(path.join(whole.out, 'sitemaps'))).toBe(false);
  });
});

const NOW = Date.parse('2024-06-01T00:00:00Z');
const hours = (h: number) => new Date(NOW + h * 3_600_000).toISOString().replace('.000Z', 'Z');

// One Khmer story on an English site: listing only English keeps it at the root (no /km/ pages),
// with its own language in the news sitemap.
const ONE_LANGUAGE = { languages: [{ code: 'en' }] };

function newsFiles(): Record<string, string> {
  return {
    'content/n1.md': article({ title: '"ព័ត៌មាន: one hour old & <new>"', date: hours(-1), lang: 'km' }),
    'content/n47.md': article({ title: '"Forty-seven hours"', date: hours(-47), publication: 'AFP' }),
    'content/n49.md': article({ title: '"Forty-nine hours"', date: hours(-49) }),
    'content/nfut.md': article({ title: '"In an hour"', date: hours(1) }),
  };
}

interface NewsEntry {
  loc: string;
  ns: Set<string>;
  fields: Record<string, string>;
}

/** Read a news sitemap with a namespace-aware parser: each <url>, its news fields by namespace URI. */
function readNewsSitemap(text: string): NewsEntry[] {
  assertWellFormedXml(text);
  const parser = new SaxesParser({ xmlns: true });
  const entries: NewsEntry[] = [];
  let buffer = '';
  parser.on('opentag', (tag) => {
    buffer = '';
    if (tag.local === 'url' && tag.uri === SITEMAP_NS) entries.push({ loc: '', ns: new Set(), fields: {} });
  });
  parser.on('text', (t) => (buffer += t));
  parser.on('closetag', (tag) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    if (tag.local === 'loc' && tag.uri === SITEMAP_NS) entry.loc = buffer;
    if (tag.prefix === 'news') {
      entry.ns.add(tag.uri);
      if (['name', 'language', 'publication_date', 'title'].includes(tag.local)) entry.fields[tag.local] = buffer;
    }
  });
  parser.write(text).close();
  return entries;
}

describe('news-sitemap.xml', () => {
  let site: Built;
  beforeAll(async () => {
    site = await buildSite(writeSite(newsFiles()), ONE_LANGUAGE);
  });

  it('lists only articles of the last 48 hours, newest first, with the Google News fields', () => {
    expect(site.stats).toMatchObject({ articles: 3, future: 1 });
    const text = site.read('news-sitemap.xml');
    expect(xml.parse(text).urlset['@xmlns:news']).toBe(NEWS_NS);
    expect(readNewsSitemap(text)).toEqual([
      {
        loc: `${ORIGIN}/2024/06/n1/`,
        ns: new Set([NEWS_NS]),
        fields: { name: 'Test Times', language: 'km', publication_date: '2024-06-01T06:00:00+07:00', title: 'ព័ត៌មាន: one hour old & <new>' },
      },
      {
        loc: `${ORIGIN}/2024/05/n47/`,
        ns: new Set([NEWS_NS]),
        fields: { name: 'AFP', language: 'en', publication_date: '2024-05-30T08:00:00+07:00', title: 'Forty-seven hours' },
      },
    ]);
    expect(Date.parse(readNewsSitemap(text)[0]!.fields.publication_date!)).toBe(NOW - 3_600_000);
  });

  it('leaves out a future article: not published by default, so in no sitemap', () => {
    expect(fs.existsSync(path.join(site.out, '2024/06/nfut'))).toBe(false);
    expect(site.read('news-sitemap.xml')).not.toContain('nfut');
    expect(site.read('sitemap.xml')).not.toContain('nfut');
    // The 49-hour-old article is published, just outside the news window.
    expect(site.read('sitemap.xml')).toContain(`${ORIGIN}/2024/05/n49/`);
  });

  it('follows newsSitemap.windowHours', async () => {
    const wide = await buildSite(writeSite(newsFiles()), { ...ONE_LANGUAGE, newsSitemap: { windowHours: 50 } });
    expect(readNewsSitemap(wide.read('news-sitemap.xml')).map((e) => e.loc)).toEqual([
      `${ORIGIN}/2024/06/n1/`,
      `${ORIGIN}/2024/05/n47/`,
      `${ORIGIN}/2024/05/n49/`,
    ]);
  });
});

describe('robots.txt', () => {
  it('points at both sitemaps with absolute URLs of files that exist', async () => {
    const site = await buildSite(writeSite(newsFiles()), ONE_LANGUAGE);
    const lines = site.read('robots.txt').split('\n');
    const sitemaps = lines.filter((l) => l.startsWith('Sitemap:'));
    expect(sitemaps).toEqual([`Sitemap: ${ORIGIN}/sitemap.xml`, `Sitemap: ${ORIGIN}/news-sitemap.xml`]);
    for (const l of sitemaps) expect(servesUrl(site.out, l.slice('Sitemap: '.length)), l).toBe(true);
    expect(lines).toContain('User-agent: *');
  });

  it('names no news sitemap while nothing is recent, and the build writes none', async () => {
    const site = await buildSite(writeSite(storyFiles()));
    expect(
      site
        .read('robots.txt')
        .split('\n')
        .filter((l) => l.startsWith('Sitemap:')),
    ).toEqual([`Sitemap: ${ORIGIN}/sitemap.xml`]);
    expect(fs.existsSync(path.join(site.out, 'news-sitemap.xml'))).toBe(false);
  });

  it('keeps the base path of a site served under one', async () => {
    const site = await buildSite(writeSite({ 'content/a.md': article({ title: 'A', date: hours(-1) }) }), {
      baseUrl: 'https://example.org/news/',
    });
    const sitemaps = site
      .read('robots.txt')
      .split('\n')
      .filter((l) => l.startsWith('Sitemap:'));
    expect(sitemaps).toEqual(['Sitemap: https://example.org/news/sitemap.xml', 'Sitemap: https://example.org/news/news-sitemap.xml']);
    expect(urlsOf(site.read('sitemap.xml')).map((u) => u.loc)).toContain('https://example.org/news/2024/06/a/');
  });
});
