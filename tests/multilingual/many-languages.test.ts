// One archive in five languages, each with the same ten slugs in its own folder (content/km/...,
// Hugo's content-dir convention), built by the CLI with no `languages` config: it becomes
// multilingual by itself. Every language gets its own pages, neighbours stay within a language,
// and the language versions point at each other both ways, in the pages and in the sitemap.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, listFiles, runCli, snapshot, writeSite } from '../helpers/site.js';
import { vnuProblems } from '../helpers/vnu.js';
import { attr, hasClass, headLinks, listedUrls, parseHtml, select, selectOne, servesUrl, type Element } from '../news/helpers/html.js';

const ORIGIN = 'https://news.example.org';
// The site's language first, then the others in the order of their tags (the switcher's order).
const LANGUAGES = [
  { code: 'en', folder: 'en', prefix: '', word: 'Story' },
  { code: 'fr', folder: 'fr', prefix: 'fr', word: 'Article' },
  { code: 'km', folder: 'km', prefix: 'km', word: 'អត្ថបទ' },
  { code: 'th', folder: 'th', prefix: 'th', word: 'บทความ' },
  { code: 'zh-CN', folder: 'zh-cn', prefix: 'zh-cn', word: '文章' },
];
const SLUGS = [
  'rice-harvest',
  'flood-warning',
  'new-bridge',
  'school-year',
  'market-prices',
  'boat-race',
  'road-works',
  'health-clinic',
  'football-final',
  'rainy-season',
];
const dir = (prefix: string) => (prefix ? `${prefix}/` : '');
const articlePath = (prefix: string, slug: string) => `/${dir(prefix)}2020/01/${slug}/`;

const CONFIG = { title: 'Many Tongues', baseUrl: `${ORIGIN}/`, timeZone: 'Asia/Phnom_Penh', search: 'none', perPage: 4, relatedCount: 2 };
// 11 January 2020: the stories of the 9th and 10th are within the news sitemaps' 48 hours.
const NOW = Date.parse('2020-01-11T00:00:00+07:00');

function files(): Record<string, string> {
  const out: Record<string, string> = { 'broadsheet.config.json': JSON.stringify(CONFIG) };
  LANGUAGES.forEach((l, li) => {
    SLUGS.forEach((slug, n) => {
      // Each language an hour later on the same day: in date order alone, neighbours would change language.
      const fm = [
        `title: "${l.word} ${n + 1}"`,
        `date: 2020-01-${String(n + 1).padStart(2, '0')}T${String(8 + li).padStart(2, '0')}:00:00+07:00`,
        `section: ${n % 2 ? 'Business' : 'National'}`,
        `tags: [${n % 3 === 0 ? 'rice' : 'floods'}]`,
        'byline: Desk Writer',
        `summary: "${l.word} ${n + 1}, in short."`,
      ];
      out[`content/${l.folder}/${slug}.md`] = `---\n${fm.join('\n')}\n---\n${l.word} ${n + 1}.\n`;
    });
  });
  return out;
}

let root: string;
let out: string;
let built: ReturnType<typeof runCli>;
const pages = new Map<string, Element>();
const page = (rel: string) => {
  let doc = pages.get(rel);
  if (!doc) pages.set(rel, (doc = parseHtml(fs.readFileSync(path.join(out, rel), 'utf8'))));
  return doc;
};
const fileOf = (url: string) => {
  const p = decodeURI(url.startsWith(ORIGIN) ? url.slice(ORIGIN.length) : url).slice(1);
  return p.endsWith('/') || p === '' ? `${p}index.html` : p;
};
/** hreflang alternates in a page's head, as "lang href". */
const alternates = (doc: Element) =>
  select(selectOne(doc, 'head'), 'link')
    .filter((l) => attr(l, 'rel') === 'alternate' && attr(l, 'hreflang') !== undefined)
    .map((l) => `${attr(l, 'hreflang')} ${attr(l, 'href')}`);

beforeAll(() => {
  root = writeSite(files());
  out = path.join(root, 'dist');
  built = runCli(['build', '--no-cache', '--quiet'], root, { SOURCE_DATE_EPOCH: String(NOW / 1000) });
});

describe('five languages sharing ten slugs, built by the CLI', () => {
  it('builds without a duplicate URL, every language with its own articles, lists, feeds and 404', () => {
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).not.toContain('DUPLICATE_URL');
    for (const l of LANGUAGES) {
      const d = dir(l.prefix);
      for (const slug of SLUGS) expect(servesUrl(out, articlePath(l.prefix, slug)), `${l.code} ${slug}`).toBe(true);
      for (const rel of ['index.html', 'archive/index.html', 'section/index.html', 'tags/index.html', 'authors/index.html']) {
        expect(fs.existsSync(path.join(out, d, rel)), `${d}${rel}`).toBe(true);
      }
      for (const rel of ['2020/index.html', '2020/01/index.html', 'tags/rice/index.html', 'section/business/index.html', '404.html']) {
        expect(fs.existsSync(path.join(out, d, rel)), `${d}${rel}`).toBe(true);
      }
      expect(attr(page(`${d}index.html`), 'lang')).toBe(l.code);
      expect(attr(page(`${d}404.html`), 'lang')).toBe(l.code);
    }
  });

  it('lists on each home page, tag page and feed only the articles of its language, all ten', () => {
    for (const l of LANGUAGES) {
      const d = dir(l.prefix);
      const listed: string[] = [];
      for (let n = 1; fs.existsSync(path.join(out, d, n === 1 ? 'index.html' : `page/${n}/index.html`)); n++) {
        listed.push(...listedUrls(page(`${d}${n === 1 ? 'index.html' : `page/${n}/index.html`}`)));
      }
      expect(listed, l.code).toEqual([...SLUGS].reverse().map((s) => articlePath(l.prefix, s)));
      const rice = listedUrls(page(`${d}tags/rice/index.html`));
      expect(rice, l.code).toEqual(['rainy-season', 'road-works', 'school-year', 'rice-harvest'].map((s) => articlePath(l.prefix, s)));
      const rss = fs.readFileSync(path.join(out, d, 'index.xml'), 'utf8');
      const links = [...rss.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]);
      expect(links, l.code).toEqual([...SLUGS].reverse().map((s) => `${ORIGIN}${encodeURI(articlePath(l.prefix, s))}`));
      expect(rss).toContain(`<language>${l.code}</language>`);
    }
  });

  it('links previous, next and related articles of the same language only', () => {
    for (const l of LANGUAGES) {
      SLUGS.forEach((slug, n) => {
        const doc = page(fileOf(articlePath(l.prefix, slug)));
        const nav = selectOne(doc, 'nav', 'prev-next');
        const rel = (r: string) =>
          select(nav, 'a')
            .filter((a) => attr(a, 'rel') === r)
            .map((a) => attr(a, 'href'));
        expect(rel('prev'), `${l.code} ${slug}`).toEqual(n > 0 ? [articlePath(l.prefix, SLUGS[n - 1]!)] : []);
        expect(rel('next'), `${l.code} ${slug}`).toEqual(n < SLUGS.length - 1 ? [articlePath(l.prefix, SLUGS[n + 1]!)] : []);
        const related = select(doc, 'aside', 'related').flatMap((r) => select(r, 'a').map((a) => attr(a, 'href')!));
        for (const href of related)
          expect(href.startsWith(articlePath(l.prefix, '').slice(0, -1)), `${l.code} ${slug}: ${href}`).toBe(true);
        if (n >= 3) expect(related.length, `${l.code} ${slug}`).toBeGreaterThan(0);
      });
    }
  });

  it('declares hreflang both ways on every page that has versions, with one x-default per group', () => {
    const html = listFiles(out).filter((f) => f.endsWith('.html'));
    let grouped = 0;
    for (const rel of html) {
      const own = alternates(page(rel));
      if (!own.length) continue;
      grouped++;
      const canonical = headLinks(page(rel), 'canonical')[0]!;
      // The page itself is one of the versions.
      expect(
        own.some((a) => !a.startsWith('x-default ') && a.endsWith(` ${canonical}`)),
        rel,
      ).toBe(true);
      expect(
        own.filter((a) => a.startsWith('x-default ')),
        rel,
      ).toHaveLength(1);
      for (const a of own) {
        const href = a.slice(a.indexOf(' ') + 1);
        expect(servesUrl(out, href, ORIGIN), `${rel} -> ${href}`).toBe(true);
        // The other version lists exactly the same versions: every A -> B has B -> A.
        expect(alternates(page(fileOf(href))), `${rel} -> ${href}`).toEqual(own);
      }
    }
    // Ten articles, the home pages and the shared lists (archive, indexes, terms, months) in five languages.
    expect(grouped).toBeGreaterThan(5 * (SLUGS.length + 10));
    const article = alternates(page('km/2020/01/boat-race/index.html'));
    expect(article).toEqual([
      ...LANGUAGES.map((l) => `${l.code} ${ORIGIN}${articlePath(l.prefix, 'boat-race')}`),
      `x-default ${ORIGIN}/2020/01/boat-race/`,
    ]);
  });

  it("repeats each page's alternates in the sitemap as xhtml:link", () => {
    const sitemap = fs.readFileSync(path.join(out, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>.*?<\/url>/g)].map((m) => ({
      loc: m[1]!,
      links: [...m[0].matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((l) => `${l[1]} ${l[2]}`),
    }));
    let withLinks = 0;
    for (const { loc, links } of urls) {
      expect(links, loc).toEqual(alternates(page(fileOf(loc))));
      if (links.length) withLinks++;
    }
    expect(withLinks).toBeGreaterThan(5 * SLUGS.length);
  });

  it('puts a language switcher on every page: this page in each language, marked current', () => {
    for (const rel of [
      'index.html',
      'km/2020/01/new-bridge/index.html',
      'th/tags/rice/index.html',
      'zh-cn/404.html',
      'fr/2020/01/index.html',
    ]) {
      const nav = select(page(rel), 'nav').find((n) => hasClass(n, 'language-switcher'))!;
      const links = select(nav, 'a');
      expect(
        links.map((a) => attr(a, 'hreflang')),
        rel,
      ).toEqual(LANGUAGES.map((l) => l.code));
      for (const a of links) expect(servesUrl(out, attr(a, 'href')!, ORIGIN), `${rel}: ${attr(a, 'href')}`).toBe(true);
      expect(
        links.filter((a) => attr(a, 'aria-current') === 'page'),
        rel,
      ).toHaveLength(1);
    }
    const article = select(
      select(page('km/2020/01/new-bridge/index.html'), 'nav').find((n) => hasClass(n, 'language-switcher'))!,
      'a',
    );
    expect(article.map((a) => attr(a, 'href'))).toEqual(LANGUAGES.map((l) => articlePath(l.prefix, 'new-bridge')));
    // The not-found page has no address of its own: each language's link is its home page.
    const notFound = select(
      select(page('zh-cn/404.html'), 'nav').find((n) => hasClass(n, 'language-switcher'))!,
      'a',
    );
    expect(notFound.map((a) => attr(a, 'href'))).toEqual(LANGUAGES.map((l) => `/${dir(l.prefix)}`));
  });

  it('writes a news sitemap per language, each named in robots.txt', () => {
    const robots = fs.readFileSync(path.join(out, 'robots.txt'), 'utf8');
    for (const l of LANGUAGES) {
      const file = l.prefix ? `news-sitemap-${l.prefix}.xml` : 'news-sitemap.xml';
      expect(robots, l.code).toContain(`Sitemap: ${ORIGIN}/${file}`);
      const news = fs.readFileSync(path.join(out, file), 'utf8');
      const locs = [...news.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      expect(locs, l.code).toEqual(['rainy-season', 'football-final'].map((s) => `${ORIGIN}${articlePath(l.prefix, s)}`));
      expect(news, l.code).toContain(`<news:language>${l.code === 'zh-CN' ? 'zh-cn' : l.code}</news:language>`);
    }
  });

  it('is the same site byte for byte when built in one thread (the CLI used worker threads)', async () => {
    const alone = await buildSite(root, CONFIG, { threads: 0, now: NOW }, { out: path.join(root, 'one-thread'), cacheDir: null });
    expect(snapshot(alone.out)).toEqual(snapshot(out));
  });

  it('passes the Nu HTML Checker on a page of each kind in several languages', () => {
    const sample = [
      'index.html',
      'km/index.html',
      'zh-cn/2020/01/rice-harvest/index.html',
      'th/tags/rice/index.html',
      'fr/404.html',
      'km/2020/01/index.html',
      'zh-cn/archive/index.html',
    ];
    expect(vnuProblems(out, sample)).toEqual([]);
  });
});
