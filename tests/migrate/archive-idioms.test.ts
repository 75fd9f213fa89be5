// Archives as other generators leave them, built from the CLI with no Broadsheet config beyond
// the address and zone: each idiom below was met in a real archive and is written here in our own
// words. Jekyll: a site root with _config.yml, posts in folders above _posts/, one-digit months,
// Ruby's short offsets, duplicated keys, theme image keys, entity titles, author ids, old URLs.
// Zola: dates and old URLs only in `path`, relative aliases. Hugo: section URLs, [permalinks].
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, writeSite } from '../helpers/site.js';

const CONFIG = JSON.stringify({ title: 'Old Times', baseUrl: 'https://old.example.org/', timeZone: 'Asia/Phnom_Penh', search: 'none' });

/** A site of files, built with the CLI from its root with --content DIR. */
function buildArchive(files: Record<string, string>, content: string) {
  const root = writeSite({ 'broadsheet.config.json': CONFIG, ...files });
  const r = runCli(['build', '--content', content, '--out', 'dist', '--no-cache'], root);
  const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
  const exists = (rel: string) => fs.existsSync(path.join(root, 'dist', rel));
  const warnings = (code: string) => r.stderr.split('\n').filter((l) => l.includes(`warning ${code}:`));
  return { ...r, root, read, exists, warnings };
}

const dateline = (html: string) => /<p class="dateline"[^>]*>.*?<\/p>/s.exec(html)?.[0] ?? '';
const published = (html: string) => /"datePublished":"([^"]+)"/.exec(html)?.[1];
const redirectsTo = (html: string) => /http-equiv="refresh" content="0; url=([^"]+)"/.exec(html)?.[1];

const fm = (lines: string[], body = 'The text of the post.') => `---\n${lines.join('\n')}\n---\n\n${body}\n`;

describe('a Jekyll site root', () => {
  let site: ReturnType<typeof buildArchive>;
  beforeAll(() => {
    site = buildArchive(
      {
        'old/_config.yml': 'title: The Old Gazette\npermalink: pretty\ntimezone: UTC\n',
        'old/_data/authors.yml': 'sok-dara:\n  name: Sok Dara\n  twitter: sokdara\nlee-min: Lee Min\n',
        'old/about.md': fm(['layout: page', 'title: About us']),
        'old/assets/img/ferry.jpg': 'not really a jpeg',
        // Jekyll's file-name pattern allows one-digit months and days; the date is a day, no time.
        'old/en/news/_posts/2023-4-8-ferry-timetable.md': fm([
          'title: "The &ldquo;new&rdquo; ferry timetable"',
          'author: sok-dara',
          'image: assets/img/ferry.jpg',
          'image_alt: The ferry at the pier',
        ]),
        // Ruby's Time.parse reads an offset of one or two digits as hours.
        'old/en/news/_posts/2015-03-17-short-offset.md': fm(['title: Short offset', 'date: 2015-03-17 14:00:00 -4', 'author: lee-min']),
        // Psych takes the last of two equal keys.
        'old/en/news/_posts/2016-01-02-twice.md': fm(['title: First title', 'date: 2016-01-02 9:05:00 +0000', 'title: Second title']),
        'old/en/news/_posts/2016-05-06-own-permalink.md': fm([
          'title: Own permalink',
          'categories: [Notes]',
          'permalink: /:categories/:year/:title.html',
          'redirect_from: [/older/address/]',
        ]),
      },
      'old',
    );
  });

  it('builds with the about page left out as a counted warning, and the others as their own warnings only', () => {
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/^broadsheet: 4 articles/);
    expect(site.warnings('NOT_AN_ARTICLE')).toEqual([expect.stringContaining('old/about.md')]);
    expect(site.warnings('DUPLICATE_KEY')).toEqual([
      expect.stringMatching(/old\/en\/news\/_posts\/2016-01-02-twice\.md:4 {2}warning DUPLICATE_KEY/),
    ]);
    expect(site.stderr).toContain('"title" is written twice (lines 2 and 4); the last one is used');
    expect(site.read('2016/01/twice/index.html')).toContain('<h1>Second title</h1>');
  });

  it('dates one-digit file names as a day, shown without a made-up time', () => {
    const html = site.read('2023/04/ferry-timetable/index.html');
    expect(published(html)).toBe('2023-04-08');
    expect(dateline(html)).toContain('<time datetime="2023-04-08">8 April 2023</time></a> ');
    expect(dateline(html)).not.toMatch(/00:00|GMT/);
  });

  it('reads short offsets as hours', () => {
    // 14:00 at -04:00 is 18:00 UTC, 01:00 the next day in Phnom Penh.
    expect(published(site.read('2015/03/short-offset/index.html'))).toBe('2015-03-18T01:00:00+07:00');
  });

  it('maps theme keys: image and image_alt from the site root, entity titles, author ids through _data/authors.yml', () => {
    const html = site.read('2023/04/ferry-timetable/index.html');
    expect(html).toContain('<h1>The “new” ferry timetable</h1>');
    expect(html).toContain('"name":"Sok Dara"');
    expect(html).toMatch(/<img[^>]+alt="The ferry at the pier"/);
    expect(html).toContain('/assets/img/ferry.jpg');
    expect(site.read('2015/03/short-offset/index.html')).toContain('"name":"Lee Min"');
  });

  it('keeps the addresses Jekyll gave the posts as redirects: categories from folders, pretty style, front matter patterns', () => {
    expect(redirectsTo(site.read('en/news/2023/04/08/ferry-timetable/index.html'))).toBe(
      'https://old.example.org/2023/04/ferry-timetable/',
    );
    expect(redirectsTo(site.read('en/news/2015/03/17/short-offset/index.html'))).toBe('https://old.example.org/2015/03/short-offset/');
    // permalink: /:categories/:year/:title.html, with the folders' categories before the post's own.
    expect(redirectsTo(site.read('en/news/notes/2016/own-permalink.html'))).toBe('https://old.example.org/2016/05/own-permalink/');
    expect(redirectsTo(site.read('older/address/index.html'))).toBe('https://old.example.org/2016/05/own-permalink/');
    expect(site.read('_redirects')).toContain('/en/news/2023/04/08/ferry-timetable/ /2023/04/ferry-timetable/ 301\n');
  });
});

describe('a Zola content folder', () => {
  let site: ReturnType<typeof buildArchive>;
  beforeAll(() => {
    site = buildArchive(
      {
        'zola/config.toml': 'base_url = "https://blog.example.org"\ntitle = "Release notes"\n',
        'zola/content/_index.md': '+++\ntitle = "Blog"\nsort_by = "date"\n+++\n',
        // The date exists only in the path; the alias is relative, as Zola allows.
        'zola/content/point-release.md':
          '+++\npath = "2026/03/26/point-release"\ntitle = "Point release"\naliases = ["releases/9.9.1"]\n+++\n\nFixed.\n',
        'zola/content/2019-07-01_underscore-date.md': '+++\ntitle = "Underscore date"\n+++\n\nZola dates file names with _ too.\n',
      },
      'zola/content',
    );
  });

  it('dates a post by its path, keeps the path and the relative alias as redirects', () => {
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/^broadsheet: 2 articles/);
    const html = site.read('2026/03/point-release/index.html');
    expect(published(html)).toBe('2026-03-26');
    expect(redirectsTo(site.read('2026/03/26/point-release/index.html'))).toBe('https://old.example.org/2026/03/point-release/');
    expect(redirectsTo(site.read('releases/9.9.1/index.html'))).toBe('https://old.example.org/2026/03/point-release/');
  });

  it('dates YYYY-MM-DD_ file names and redirects the section address Zola gave them', () => {
    expect(published(site.read('2019/07/underscore-date/index.html'))).toBe('2019-07-01');
    expect(redirectsTo(site.read('underscore-date/index.html'))).toBe('https://old.example.org/2019/07/underscore-date/');
  });
});

describe('a Hugo content folder', () => {
  let site: ReturnType<typeof buildArchive>;
  beforeAll(() => {
    site = buildArchive(
      {
        'hugo/hugo.toml': 'baseURL = "https://hugo.example.org/"\n[permalinks]\nnews = "/:year/:month/:slug/"\n',
        'hugo/content/posts/Harbour-Report.md': '+++\ntitle = "Harbour report"\ndate = 2021-06-01T08:00:00+07:00\n+++\n\nText.\n',
        'hugo/content/news/market-day.md':
          '---\ntitle: Market day\ndate: 2021-06-02\nslug: market-day-2021\naliases: [market]\n---\n\nText.\n',
        'hugo/content/contact.md': '---\ntitle: Contact\n---\n\nWrite to us.\n',
      },
      'hugo/content',
    );
  });

  it('redirects section/file addresses, [permalinks] patterns and section-relative aliases; dateless pages are warnings', () => {
    expect(site.code).toBe(0);
    expect(site.warnings('NOT_AN_ARTICLE')).toEqual([expect.stringContaining('contact.md')]);
    expect(redirectsTo(site.read('posts/harbour-report/index.html'))).toBe('https://old.example.org/2021/06/harbour-report/');
    expect(site.read('_redirects')).toContain('/2021/06/market-day-2021/');
    expect(redirectsTo(site.read('news/market/index.html'))).toBe('https://old.example.org/2021/06/market-day-2021/');
  });
});

describe('an Eleventy input folder', () => {
  let site: ReturnType<typeof buildArchive>;
  beforeAll(() => {
    site = buildArchive(
      {
        'eleventy/.eleventy.js': 'module.exports = {};\n',
        // "Last Modified" reads the file time; the file name's date does not move, so it wins.
        'eleventy/blog/2020-02-03-named.md': fm(['title: Named', 'date: Last Modified']),
        'eleventy/blog/created.md': fm(['title: Created', 'date: Created']),
        // A stray year before the offset, which Time.parse reads (and a real post carries).
        'eleventy/blog/stray-year.md': fm(['title: Stray year', 'date: 2023-01-29 18:30:22 2023 -0800']),
      },
      'eleventy',
    );
  });

  it('dates "Last Modified" by the file name, "Created" by the file time with a warning, and redirects the file path', () => {
    expect(site.code).toBe(0);
    expect(published(site.read('2020/02/named/index.html'))).toBe('2020-02-03');
    expect(site.warnings('DATE_FROM_FILE_TIME')).toEqual([expect.stringContaining('eleventy/blog/created.md:3')]);
    expect(site.stderr).toContain('says date: Created, so its date was taken from the file');
    expect(published(site.read('2023/01/stray-year/index.html'))).toBe('2023-01-30T09:30:22+07:00');
    expect(redirectsTo(site.read('blog/stray-year/index.html'))).toBe('https://old.example.org/2023/01/stray-year/');
  });
});

describe('a multilingual Hugo site with a content folder per language (config/_default)', () => {
  it("redirects each post's Hugo address (the language's folder left out, its prefix kept) and builds as one site", () => {
    const site = buildArchive(
      {
        'hugo/config/_default/hugo.toml': 'defaultContentLanguage = "en"\n[permalinks]\npost = "/:year/:month/:day/:slug/"\n',
        'hugo/config/_default/languages.en.toml': 'contentDir = "content/en"\nweight = 1\n',
        'hugo/config/_default/languages.fr.toml': 'contentDir = "content/fr"\nweight = 2\n',
        // Two yearly reports with one slug: Hugo's dated permalinks kept them apart.
        'hugo/content/en/post/2015-7-1-transparency-report.md': fm([
          'title: Transparency report 2015',
          'date: 2015-07-01',
          'slug: transparency-report',
        ]),
        'hugo/content/en/post/2016-4-1-transparency-report.md': fm([
          'title: Transparency report 2016',
          'date: 2016-04-01',
          'slug: transparency-report',
        ]),
        'hugo/content/fr/post/2016-4-1-transparency-report.md': fm([
          'title: Rapport de transparence 2016',
          'date: 2016-04-01',
          'slug: transparency-report',
        ]),
      },
      'hugo/content',
    );
    expect(site.code, site.stderr).toBe(0);
    const redirects = site.read('_redirects');
    expect(redirects).toContain('/2015/07/01/transparency-report/ /2015/07/transparency-report/ 301');
    expect(redirects).toContain('/2016/04/01/transparency-report/ /2016/04/transparency-report/ 301');
    expect(redirects).toContain('/fr/2016/04/01/transparency-report/ /fr/2016/04/transparency-report/ 301');
    expect(redirects).not.toContain('/en/post/');
    expect(site.read('fr/2016/04/transparency-report/index.html')).toContain('Rapport de transparence 2016');
  });
});

describe('two migrated posts the old site kept apart but our address rule puts together', () => {
  it('publishes the newer at the address its generator gave it, warns once, and check agrees; an unmigrated site still stops', () => {
    const files = {
      'eleventy/.eleventy.js': 'module.exports = {};\n',
      // The same slug in one month, in two folders: Eleventy published /blog/ferry/ and /features/ferry/.
      'eleventy/blog/ferry.md': fm(['title: Ferry service resumes', 'date: 2021-05-03'], 'Boats run again.'),
      'eleventy/features/ferry.md': fm(['title: A day on the ferry', 'date: 2021-05-20'], 'A longer look.'),
    };
    const site = buildArchive(files, 'eleventy');
    expect(site.code, site.stderr).toBe(0);
    expect(site.read('2021/05/ferry/index.html')).toContain('Ferry service resumes');
    expect(site.read('features/ferry/index.html')).toContain('A day on the ferry');
    // Its old address is now its own: no redirect page replaces it, and the other's old one redirects.
    expect(redirectsTo(site.read('features/ferry/index.html'))).toBeUndefined();
    expect(redirectsTo(site.read('blog/ferry/index.html'))).toBe('https://old.example.org/2021/05/ferry/');
    expect(site.warnings('URL_FROM_SOURCE')).toEqual([expect.stringContaining('eleventy/features/ferry.md')]);
    expect(site.stderr).toContain('published at the address Eleventy gave it, /features/ferry/');
    const check = runCli(['check', '--content', 'eleventy'], site.root);
    expect(check.stdout).toContain('URL_FROM_SOURCE');
    expect(check.stdout).not.toContain('DUPLICATE_URL');

    // The same two posts in a Broadsheet archive of its own: two articles at one URL are an error to fix.
    const own = writeSite({
      'broadsheet.config.json': CONFIG,
      'content/blog/ferry.md': files['eleventy/blog/ferry.md'],
      'content/features/ferry.md': files['eleventy/features/ferry.md'],
    });
    const stopped = runCli(['build', '--no-cache'], own);
    expect(stopped.code).toBe(1);
    expect(stopped.stderr).toContain('error DUPLICATE_URL');
  });
});

describe('keeping the old URLs as the real ones', () => {
  it('a permalink pattern that reproduces Jekyll pretty URLs publishes there, with no redirect to itself', () => {
    const root = writeSite({
      'broadsheet.config.json': CONFIG.replace('{', '{"permalink": "/:year/:month/:day/:slug/", '),
      'old/_config.yml': 'permalink: pretty\n',
      'old/_posts/2021-09-30-harvest.md': fm(['title: Harvest']),
    });
    const r = runCli(['build', '--content', 'old', '--out', 'dist', '--no-cache'], root);
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist/2021/09/30/harvest/index.html'), 'utf8')).toContain('<h1>Harvest</h1>');
    expect(fs.readFileSync(path.join(root, 'dist/_redirects'), 'utf8')).not.toContain('harvest');
  });
});

describe('broadsheet migrate', () => {
  it('lists what is left per code with counts and files, as text and as JSON', () => {
    const root = writeSite({
      'broadsheet.config.json': CONFIG,
      'old/_config.yml': 'title: Old\n',
      'old/about.md': fm(['title: About']),
      'old/contact.md': fm(['title: Contact']),
      'old/_posts/2020-01-02-good.md': fm(['title: Good']),
      'old/_posts/2020-01-03-bad-date.md': fm(['title: Bad', 'date: 31/01/2020']),
      'old/_posts/undated.md': fm(['title: Undated']),
    });
    const text = runCli(['migrate', 'old'], root);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Source: jekyll (_config.yml)');
    expect(text.stdout).toContain('5 Markdown files: 1 articles would be published, 2 pages of the old site are not articles.');
    expect(text.stdout).toMatch(
      /error FRONT_MATTER_INVALID \(Invalid front matter\): 2 in 2 files\n {4}_posts\/2020-01-03-bad-date\.md:3, _posts\/undated\.md:1/,
    );
    expect(text.stdout).toMatch(
      /warning NOT_AN_ARTICLE \(Page of the source site is not an article\): 2 in 2 files\n {4}about\.md:1, contact\.md:1/,
    );
    const json = runCli(['migrate', 'old', '--format', 'json'], root);
    const report = JSON.parse(json.stdout) as {
      articles: number;
      pages: number;
      groups: { code: string; count: number; examples: string[] }[];
    };
    expect(report.articles).toBe(1);
    expect(report.pages).toBe(2);
    expect(report.groups.map((g) => [g.code, g.count])).toEqual([
      ['FRONT_MATTER_INVALID', 2],
      ['NOT_AN_ARTICLE', 2],
    ]);
    // A post without a date says what was looked at, not only that there is none.
    const check = runCli(['check', '--content', 'old'], root);
    expect(check.stdout).toContain('neither the file name "undated.md" nor its path starts with one');
    expect(check.stdout).toMatch(/about\.md:1:1 {2}warning NOT_AN_ARTICLE/);
  });
});
