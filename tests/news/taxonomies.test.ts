// Sections, tags, authors and date archives of a 23-story site: exact pagination, stable page
// URLs, the archive overview, empty edges, and which pages a new story may change.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, listFiles, snapshot, writeFiles, writeSite } from '../helpers/site.js';
import { newestFirst, stories, storyFiles, type StorySpec } from './helpers/fixture.js';
import { attr, headLinks, listedUrls, metaValues, parseHtml, select, selectOne, textOf } from './helpers/html.js';

const PER_PAGE = 5;
const ORIGIN = 'https://news.example.org';
const list = stories();
let site: Awaited<ReturnType<typeof buildSite>>;

beforeAll(async () => {
  site = await buildSite(writeSite(storyFiles(list)), { perPage: PER_PAGE });
});

const exists = (rel: string) => fs.existsSync(path.join(site.out, rel));
const fileOf = (url: string) => `${url.slice(1)}index.html`;

/**
 * Assert a paginated list at base (a site path) shows exactly `expected` (newest first):
 * PER_PAGE per page, remainder on the last, nothing after it, prev/next and canonical links.
 */
function expectPaginated(base: string, expected: string[]): number {
  const pages = Math.max(1, Math.ceil(expected.length / PER_PAGE));
  const url = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  for (let n = 1; n <= pages; n++) {
    const doc = parseHtml(site.read(fileOf(url(n))));
    expect(listedUrls(doc), `${url(n)} items`).toEqual(expected.slice((n - 1) * PER_PAGE, n * PER_PAGE));
    expect(headLinks(doc, 'prev'), `${url(n)} rel=prev`).toEqual(n > 1 ? [url(n - 1)] : []);
    expect(headLinks(doc, 'next'), `${url(n)} rel=next`).toEqual(n < pages ? [url(n + 1)] : []);
    expect(headLinks(doc, 'canonical'), `${url(n)} canonical`).toEqual([`${ORIGIN}${url(n)}`]);
  }
  expect(exists(fileOf(url(pages + 1))), `${url(pages + 1)} must not exist`).toBe(false);
  expect(exists(fileOf(`${base}page/1/`)), `${base}page/1/ must not exist`).toBe(false);
  return pages;
}

const has = (key: keyof StorySpec, value: string) => (s: StorySpec) => (s[key] as string[] | string).includes(value);

describe('taxonomy pages', () => {
  it('fixture sanity: 23 stories published', () => {
    expect(site.stats.articles).toBe(23);
    expect(list).toHaveLength(23);
  });

  it('home page: 23 stories over 5 pages of 5, 5, 5, 5, 3', () => {
    expect(expectPaginated('/', newestFirst(list))).toBe(5);
    expect(listedUrls(parseHtml(site.read('page/5/index.html')))).toHaveLength(3);
  });

  it('section pages hold exactly their stories', () => {
    expect(expectPaginated('/section/national/', newestFirst(list, has('section', 'National')))).toBe(2);
    expect(expectPaginated('/section/business/', newestFirst(list, has('section', 'Business')))).toBe(2);
    expect(expectPaginated('/section/sport/', newestFirst(list, has('section', 'Sport')))).toBe(2);
  });

  it('tag pages: /tags/rice/ has 12 stories on pages /tags/rice/, /page/2/, /page/3/ (5, 5, 2)', () => {
    const rice = newestFirst(list, has('tags', 'Rice'));
    expect(rice).toHaveLength(12);
    expect(expectPaginated('/tags/rice/', rice)).toBe(3);
    expect(listedUrls(parseHtml(site.read('tags/rice/page/3/index.html')))).toEqual(rice.slice(10));
    // The middle page links both ways, with the stable URLs.
    const middle = parseHtml(site.read('tags/rice/page/2/index.html'));
    expect(headLinks(middle, 'prev')).toEqual(['/tags/rice/']);
    expect(headLinks(middle, 'next')).toEqual(['/tags/rice/page/3/']);
    expect(expectPaginated('/tags/floods/', newestFirst(list, has('tags', 'Floods')))).toBe(2);
  });

  it('the tags index lists each tag once with its count', () => {
    const doc = parseHtml(site.read('tags/index.html'));
    const items = select(selectOne(doc, 'ul', 'terms'), 'li').map((li) => [attr(selectOne(li, 'a'), 'href'), textOf(li)]);
    expect(items).toEqual([
      ['/tags/floods/', 'Floods (8)'],
      ['/tags/rice/', 'Rice (12)'],
    ]);
  });

  it('a byline "Taing Vida and Ben Sokhean" gives two author pages, each listing the story', () => {
    const joint = list.filter((s) => s.authors.includes('Taing Vida'));
    expect(joint.map((s) => s.i)).toEqual([0, 4, 8, 12, 16, 20]);
    expect(expectPaginated('/authors/taing-vida/', newestFirst(list, has('authors', 'Taing Vida')))).toBe(2);
    expect(expectPaginated('/authors/ben-sokhean/', newestFirst(list, has('authors', 'Ben Sokhean')))).toBe(2);
    // A YAML list byline works the same way.
    expect(expectPaginated('/authors/jack-brook/', newestFirst(list, has('authors', 'Jack Brook')))).toBe(2);
    expect(expectPaginated('/authors/sok-chenda/', newestFirst(list, has('authors', 'Sok Chenda')))).toBe(4);
    const authorPages = listFiles(path.join(site.out, 'authors')).filter((f) => /^[^/]+\/index\.html$/.test(f));
    expect(authorPages).toEqual(['ben-sokhean/index.html', 'jack-brook/index.html', 'sok-chenda/index.html', 'taing-vida/index.html']);
    const byline = selectOne(parseHtml(site.read('2019/03/story-4/index.html')), 'p', 'byline');
    expect(select(byline, 'a').map((a) => [attr(a, 'href'), textOf(a)])).toEqual([
      ['/authors/taing-vida/', 'Taing Vida'],
      ['/authors/ben-sokhean/', 'Ben Sokhean'],
    ]);
  });
});

describe('date archives', () => {
  it('year, month and day pages hold exactly the stories of their period', () => {
    const keys = (f: (s: StorySpec) => string) => [...new Set(list.map(f))];
    for (const y of keys((s) => s.year))
      expectPaginated(
        `/${y}/`,
        newestFirst(list, (s) => s.year === y),
      );
    for (const m of keys((s) => `${s.year}/${s.month}`))
      expectPaginated(
        `/${m}/`,
        newestFirst(list, (s) => `${s.year}/${s.month}` === m),
      );
    for (const d of keys((s) => `${s.year}/${s.month}/${s.day}`)) {
      expectPaginated(
        `/${d}/`,
        newestFirst(list, (s) => `${s.year}/${s.month}/${s.day}` === d),
      );
    }
  });

  it('page counts per level: 2019 has 3 pages, March 2019 exactly 2, 10 March 2019 has 2 (5 + 2)', () => {
    expect(
      expectPaginated(
        '/2019/',
        newestFirst(list, (s) => s.year === '2019'),
      ),
    ).toBe(3);
    expect(
      expectPaginated(
        '/2019/03/',
        newestFirst(list, (s) => s.year === '2019' && s.month === '03'),
      ),
    ).toBe(2);
    expect(listedUrls(parseHtml(site.read('2019/03/10/page/2/index.html')))).toEqual(['/2019/03/story-2/', '/2019/03/story-1/']);
    expect(
      expectPaginated(
        '/2019/04/02/',
        newestFirst(list, (s) => s.month === '04'),
      ),
    ).toBe(1);
    expect(exists('2019/05/index.html')).toBe(false);
  });

  it('the archive overview lists years and months, newest first, with counts and working links', () => {
    const doc = parseHtml(site.read('archive/index.html'));
    const years = select(doc, 'section', 'archive-year').map((sec) => ({
      year: textOf(selectOne(sec, 'h2')),
      href: attr(selectOne(selectOne(sec, 'h2'), 'a'), 'href'),
      months: select(sec, 'li').map((li) => [textOf(li), attr(selectOne(li, 'a'), 'href')]),
    }));
    expect(years).toEqual([
      {
        year: '2020 (7)',
        href: '/2020/',
        months: [
          ['February 2020 (2)', '/2020/02/'],
          ['January 2020 (5)', '/2020/01/'],
        ],
      },
      {
        year: '2019 (15)',
        href: '/2019/',
        months: [
          ['April 2019 (5)', '/2019/04/'],
          ['March 2019 (10)', '/2019/03/'],
        ],
      },
      { year: '2018 (1)', href: '/2018/', months: [['December 2018 (1)', '/2018/12/']] },
    ]);
    for (const y of years) for (const [, href] of [[y.year, y.href], ...y.months]) expect(exists(fileOf(href!)), href).toBe(true);
  });
});

describe('edges', () => {
  it('a site whose articles have no tags builds an empty /tags/ and no tag pages', async () => {
    const empty = await buildSite(
      writeSite({
        'content/a.md': article({ title: 'A' }),
        'content/b.md': article({ title: 'B', date: '2020-01-16T10:00:00+07:00' }),
      }),
    );
    const doc = parseHtml(empty.read('tags/index.html'));
    expect(textOf(selectOne(doc, 'h1'))).toBe('Tags');
    expect(select(selectOne(doc, 'ul', 'terms'), 'li')).toHaveLength(0);
    expect(listFiles(path.join(empty.out, 'tags'))).toEqual(['index.html']);
    expect(listFiles(path.join(empty.out, 'section'))).toContain('national/index.html');
  });

  it('two spellings of one tag on one article are one tag: one page, listed once on the article', async () => {
    const twice = await buildSite(writeSite({ 'content/a.md': article({ title: 'A', tags: '[Rice, rice]' }) }));
    expect(listFiles(path.join(twice.out, 'tags')).filter((f) => f.endsWith('index.html'))).toEqual(['index.html', 'rice/index.html']);
    expect(listedUrls(parseHtml(twice.read('tags/rice/index.html')))).toEqual(['/2020/01/a/']);
    const doc = parseHtml(twice.read('2020/01/a/index.html'));
    expect(select(selectOne(doc, 'ul', 'tags'), 'a').map((a) => [attr(a, 'href'), textOf(a)])).toEqual([['/tags/rice/', 'Rice']]);
    expect(metaValues(doc, 'article:tag')).toEqual(['Rice']);
  });

  it('a site with no articles builds a home page saying there are none', async () => {
    const root = writeSite({});
    fs.mkdirSync(path.join(root, 'content'));
    const none = await buildSite(root);
    expect(none.stats.articles).toBe(0);
    const doc = parseHtml(none.read('index.html'));
    expect(textOf(selectOne(doc, 'h1'))).toBe('Latest news');
    expect(select(selectOne(doc, 'main'), 'p').map(textOf)).toEqual(['No articles yet.']);
    expect(listedUrls(doc)).toEqual([]);
    expect(fs.existsSync(path.join(none.out, 'page/2/index.html'))).toBe(false);
    expect(select(parseHtml(none.read('archive/index.html')), 'section', 'archive-year')).toHaveLength(0);
  });
});

describe('CDN stability', () => {
  it('a newer story leaves earlier date archives and older article pages byte-identical', async () => {
    const root = writeSite(storyFiles(list));
    const first = await buildSite(root, { perPage: PER_PAGE });
    const before = snapshot(first.out);
    writeFiles(root, {
      'content/2020/story-new.md': article({
        title: '"Newest story"',
        date: '2020-02-03T09:00:00+07:00',
        section: 'National',
        tags: '[Rice]',
        byline: 'Sok Chenda',
      }),
    });
    const second = await buildSite(root, { perPage: PER_PAGE });
    expect(second.stats.articles).toBe(24);
    const after = snapshot(second.out);
    // The kept bytes are what a clean build of the new content writes, not stale pages left behind.
    const clean = await buildSite(root, { perPage: PER_PAGE }, {}, { out: path.join(root, 'clean'), cacheDir: null });
    expect(snapshot(clean.out)).toEqual(after);

    const previousNewest = '2020/02/story-22/index.html';
    // Like the previous newest article gaining its Next Article link, the previous newest day gains
    // a link to the new day; nothing else on it changes, and no other period page changes.
    const previousDay = '2020/02/01/index.html';
    const fixedPeriod = (f: string) =>
      (/^\d{4}\/\d{2}\/\d{2}\/(page\/\d+\/)?index\.html$/.test(f) && !f.startsWith('2020/02/03/') && f !== previousDay) ||
      (/^\d{4}\/\d{2}\/(page\/\d+\/)?index\.html$/.test(f) && !f.startsWith('2020/02/')) ||
      /^(2018|2019)\/(page\/\d+\/)?index\.html$/.test(f);
    const oldArticle = (f: string) => /^\d{4}\/\d{2}\/story-\d+\/index\.html$/.test(f) && f !== previousNewest;

    const mustKeep = [...before.keys()].filter((f) => fixedPeriod(f) || oldArticle(f));
    expect(mustKeep.filter(oldArticle)).toHaveLength(22);
    expect(mustKeep.filter(fixedPeriod)).toHaveLength(15);
    const changed = mustKeep.filter((f) => after.get(f) !== before.get(f));
    expect(changed).toEqual([]);

    const newerLink = '<li class="newer"><a rel="next" href="/2020/02/03/">3 February 2020 <span aria-hidden="true">→</span></a></li>\n';
    const text = (snap: Map<string, string>) => Buffer.from(snap.get(previousDay)!, 'base64').toString('utf8');
    expect(text(before)).not.toContain(newerLink);
    expect(text(after)).toBe(text(before).replace(/(<nav class="period-nav"[\s\S]*?)(<\/ul>\n<\/nav>)/, `$1${newerLink}$2`));

    // What must change does.
    expect(after.get('index.html')).not.toBe(before.get('index.html'));
    expect(after.get(previousNewest)).not.toBe(before.get(previousNewest));
    expect(after.get('2020/02/index.html')).not.toBe(before.get('2020/02/index.html'));
    expect(after.has('2020/02/story-new/index.html')).toBe(true);
    expect(after.has('2020/02/03/index.html')).toBe(true);
    expect(listedUrls(parseHtml(second.read('index.html')))[0]).toBe('/2020/02/story-new/');
  });
});
