// Archives from Jekyll, Hugo and Zola build as they are, from the CLI: their file names, front
// matter formats, date forms, page bundles, old URLs, and keys Broadsheet does not know, which a
// custom template shows through article.params.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDate } from '../../src/shared/dates.js';
import { article, runCli, writeSite } from '../helpers/site.js';

/** Copy a fixture archive to a temp folder and build it with the CLI. */
function buildFixture(name: string) {
  const root = writeSite({});
  fs.cpSync(path.join(import.meta.dirname, 'fixtures', name), root, { recursive: true });
  const r = runCli(['build'], root);
  const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
  const exists = (rel: string) => fs.existsSync(path.join(root, 'dist', rel));
  return { ...r, root, read, exists };
}

/** The _redirects lines of the site's own aliases, without those of our moved theme files. */
const withoutMovedAssets = (text: string) => text.replace(/^\/assets\/.*\n/gm, '');

const published = (html: string) => /"datePublished":"([^"]+)","dateModified":"([^"]+)"/.exec(html)?.slice(1);

describe('a Jekyll archive', () => {
  let site: ReturnType<typeof buildFixture>;
  beforeAll(() => {
    site = buildFixture('jekyll');
  });

  it('builds, dating posts from _posts/YYYY-MM-DD- file names and their date forms', () => {
    // The body image's bytes are a stand-in, not an image: the one warning, and the page still builds.
    expect(site.stderr.match(/^\S.* {2}(warning|error) [A-Z_]+:.*$/gm)).toEqual([
      'content/_posts/2016-10-11-river-festival.md  warning PHOTO_UNREADABLE: Photo cannot be read',
    ]);
    expect(site.stderr).toContain('the photo /assets/img/boats.jpg cannot be read as an image');
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/^broadsheet: 3 articles \(1 drafts not published\)/);
    // No date in the front matter: the file name's day, published as a day (no made-up midnight); modified is the instant.
    expect(published(site.read('2016/10/river-festival/index.html'))).toEqual(['2016-10-11', '2016-10-11T00:00:00+07:00']);
    // date: 2013-01-23 10:00:00 -0500, unquoted, is 15:00 UTC.
    expect(published(site.read('2013/01/council-vote/index.html'))?.[0]).toBe('2013-01-23T22:00:00+07:00');
    // Quoted, with nanoseconds (jekyll-import), and last_modified_at as the update.
    expect(published(site.read('2015/02/market-prices/index.html'))).toEqual(['2015-02-03T08:30:00+07:00', '2015-02-04T00:00:00+07:00']);
    // published: false is a draft.
    expect(site.exists('2014/05/not-ready/index.html')).toBe(false);
  });

  it('reads category, categories, author lists and excerpt, and keeps other keys for templates', () => {
    const festival = site.read('2016/10/river-festival/index.html');
    expect(festival).toContain('<p class="layout">layout: post</p>');
    expect(festival).toContain('<p class="comments">comments are on</p>');
    expect(festival).toContain('"articleSection":"Culture"');
    expect(festival).toContain('<meta name="description" content="Boat races are back after three years.">');
    expect(festival).toContain('<img src="/assets/img/boats.jpg" alt="Boats" loading="lazy" decoding="async">');
    expect(site.exists('assets/img/boats.jpg')).toBe(true);
    const vote = site.read('2013/01/council-vote/index.html');
    expect(vote).toContain('"articleSection":"Politics"');
    expect(vote).toMatch(/"author":\[\{"@type":"Person","name":"Jane Doe".*\{"@type":"Person","name":"John Roe"/);
  });

  it('keeps a permalink: URL working as a redirect', () => {
    expect(site.read('news/council-vote.html')).toContain(
      '<meta http-equiv="refresh" content="0; url=https://jekyll.example.org/2013/01/council-vote/">',
    );
    expect(site.read('_redirects')).toContain('/news/council-vote.html /2013/01/council-vote/ 301\n');
  });
});

describe('a Hugo and Zola archive', () => {
  let site: ReturnType<typeof buildFixture>;
  beforeAll(() => {
    site = buildFixture('hugo');
  });

  it('builds TOML front matter, skips _index.md list pages, and reads Zola taxonomies and dates', () => {
    // The bundle's cover.jpg and the body's map.png are found beside the page; their bytes are
    // stand-ins, not images, so each is one PHOTO_UNREADABLE warning and nothing else is.
    expect(site.stderr.match(/^\S.* {2}(warning|error) [A-Z_]+:/gm)).toEqual([
      'content/posts/flood-warning/index.md  warning PHOTO_UNREADABLE:',
      'content/posts/flood-warning/index.md  warning PHOTO_UNREADABLE:',
    ]);
    expect(site.stderr).toContain('cover.jpg cannot be read as an image');
    expect(site.stderr).toContain('map.png cannot be read as an image');
    expect(site.code).toBe(0);
    expect(site.stdout).toMatch(/^broadsheet: 3 articles,/);
    const flood = site.read('2016/10/flood-warning/index.html');
    expect(published(flood)).toEqual(['2016-10-11T08:00:00+07:00', '2016-10-12T00:00:00+07:00']);
    expect(flood).toMatch(/"author":\[\{"@type":"Person","name":"Sok Chenda".*"name":"Jack Brook"/);
    expect(flood).toContain('"articleSection":"Environment"');
    const zola = site.read('2019/03/zola-post/index.html');
    // A TOML local date and local date-time are wall times in the site's zone.
    expect(published(zola)).toEqual(['2019-03-04', '2019-03-05T09:30:00+07:00']);
    expect(zola).toContain('"articleSection":"Technology"');
    expect(zola).toContain('"keywords":["zola","static"]');
    expect(site.read('tags/zola/index.html')).toContain('A post from Zola');
  });

  it('publishes a page bundle at its folder name with its images beside it', () => {
    const flood = site.read('2016/10/flood-warning/index.html');
    expect(flood).toContain('<img src="map.png" alt="Map of the flood" loading="lazy" decoding="async">');
    expect(fs.readFileSync(path.join(site.root, 'dist/2016/10/flood-warning/map.png'), 'utf8')).toBe('map bytes');
    expect(fs.readFileSync(path.join(site.root, 'dist/2016/10/flood-warning/cover.jpg'), 'utf8')).toBe('cover bytes');
    expect(site.exists('posts/flood-warning/map.png')).toBe(false);
    // images = ["cover.jpg"] is relative to the page.
    expect(flood).toContain('<img class="photo" src="/2016/10/flood-warning/cover.jpg" alt="">');
    // Stand-in bytes have no raster rendition, so no share preview is offered for them.
    expect(flood).not.toContain('property="og:image"');
  });

  it('shows unknown keys, nested tables included, through article.params', () => {
    const flood = site.read('2016/10/flood-warning/index.html');
    expect(flood).toContain('<p class="subtitle">Villages along the river are told to prepare</p>');
    expect(flood).toContain('<p class="series">Monsoon 2016</p>');
    expect(site.read('2019/03/zola-post/index.html')).toContain('<p class="kicker">From the blog</p>');
  });

  it('redirects aliases, and leaves out an old url that is the new address itself', () => {
    expect(site.read('p/123/index.html')).toContain('url=https://hugo.example.org/2013/01/old-post/');
    expect(withoutMovedAssets(site.read('_redirects'))).toBe('/p/123/ /2013/01/old-post/ 301\n');
    expect(site.read('2013/01/old-post/index.html')).toContain('<h1>An old post</h1>');
  });
});

describe('dates as archives write them', () => {
  const zone = 'Asia/Phnom_Penh';
  const iso = (text: string) => {
    const t = parseDate(text, zone);
    return t === null ? null : new Date(t).toISOString();
  };

  it('reads ISO 8601, Jekyll, WordPress and RFC 2822 forms; no zone means the site zone', () => {
    expect(iso('2016-10-11')).toBe('2016-10-10T17:00:00.000Z');
    expect(iso('2013-01-23 10:00:00 -0500')).toBe('2013-01-23T15:00:00.000Z');
    expect(iso('2013-01-23 10:00:00.000000000 -05:00')).toBe('2013-01-23T15:00:00.000Z');
    expect(iso('2013-01-23 10:00')).toBe('2013-01-23T03:00:00.000Z');
    expect(iso('2016-10-11 10:00:00 +0000 UTC')).toBe('2016-10-11T10:00:00.000Z');
    expect(iso('2016-10-11T10:00:00Z')).toBe('2016-10-11T10:00:00.000Z');
    expect(iso('2016-1-5')).toBe('2016-01-04T17:00:00.000Z');
    expect(iso('Tue, 11 Oct 2016 10:00:00 +0700')).toBe('2016-10-11T03:00:00.000Z');
    expect(iso('23/01/2013')).toBeNull();
    expect(iso('2013-02-30')).toBeNull();
  });

  it('a date that cannot be read names the file and key and lists the forms accepted', () => {
    const root = writeSite({
      'content/a.md': article({ date: '23/01/2013' }),
      'content/b.md': article({ date: 'Last Modified' }),
    });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/a.md:3  error FRONT_MATTER_INVALID');
    expect(r.stderr).toContain('"date" is not a valid date: "23/01/2013"');
    expect(r.stderr).toContain('2013-01-23 10:00:00 -0500');
    expect(r.stderr).toContain('content/b.md:3  error FRONT_MATTER_INVALID');
    expect(r.stderr).toContain('Dates taken from file times change with every checkout');
  });
});
