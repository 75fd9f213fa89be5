// One small archive per rule of broadsheet check, each problem asserted with its file:line:col and code.
import { describe, expect, it } from 'vitest';
import { checkFiles, md } from './helpers.js';

const DATE = 'date: 2020-01-15T10:00:00+07:00';

describe('broadsheet check rules', () => {
  it('a clean archive has no problems, links to every kind of page the site makes included', async () => {
    const r = await checkFiles({
      'content/2020/01/a.md': md(
        ['title: A', DATE, 'section: National', 'tags: [Rice]', 'photo:', '  src: /images/a.jpg', '  alt: A field'],
        [
          'See [b](../b/), [b again](/2020/01/b/), [home](/), [feed](/index.xml), [tag](/tags/rice/),',
          '[section](/section/national/), [month](/2020/01/), [archive](/archive/), [sitemap](/sitemap.xml),',
          '[external](https://example.com/x), [mail](mailto:desk@example.org), [top](#top) and ![Field](/images/a.jpg).',
        ],
      ),
      'content/2020/01/b.md': md(['title: B', 'date: 2020-01-16T10:00:00+07:00', 'aliases: [/old/b/]'], ['[Old address](/old/b/)']),
      'content/images/a.jpg': 'jpeg',
    });
    expect(r.places).toEqual([]);
    expect(r).toMatchObject({ files: 2, checked: 2 });
  });

  it('front matter errors of every file, each at its line', async () => {
    const r = await checkFiles({
      'content/a.md': md(['title: A', 'date: yesterday', 'draft: maybe']),
      'content/b.md': md(['title: [unclosed', DATE]),
      'content/c.md': md([DATE]),
    });
    expect(r.places).toEqual([
      'a.md:3:1 FRONT_MATTER_INVALID',
      'a.md:4:1 FRONT_MATTER_INVALID',
      expect.stringMatching(/^b\.md:\d+:\d+ FRONT_MATTER_SYNTAX$/),
      'c.md:1:1 FRONT_MATTER_INVALID',
    ]);
    expect(r.problems[0]!.message).toContain('"date" is not a valid date');
  });

  it('two articles at one URL: the later one is named at its slug line, once (not again for the page clash)', async () => {
    const r = await checkFiles({
      'content/2020/01/story.md': md(['title: One', DATE]),
      'content/2020/01/other.md': md(['title: Two', 'date: 2020-01-20T10:00:00+07:00', 'slug: story']),
    });
    expect(r.places).toEqual(['2020/01/other.md:4:1 DUPLICATE_URL']);
    expect(r.problems[0]!.message).toContain('2020/01/other.md and 2020/01/story.md would both be published at /2020/01/story/');
  });

  it('prev/next that name no published article, at their lines; a draft does not count', async () => {
    const r = await checkFiles({
      'content/a.md': md(['title: A', DATE, 'prev: nowhere.md', 'next: d.md']),
      'content/b.md': md(['title: B', DATE, 'next: a.md']),
      'content/d.md': md(['title: D', DATE, 'draft: true']),
    });
    expect(r.places).toEqual(['a.md:4:1 UNKNOWN_ARTICLE_REF', 'a.md:5:1 UNKNOWN_ARTICLE_REF']);
    expect(r.problems.map((p) => p.message)).toEqual([
      '"prev: nowhere.md" does not name a published article.',
      '"next: d.md" does not name a published article.',
    ]);
  });

  it('aliases that cannot be paths, or that land on a real page, at the aliases line', async () => {
    const r = await checkFiles({
      'content/2020/01/a.md': md(['title: A', DATE, 'aliases:', '  - /old/a/', '  - ../escape', '  - /2020/01/b/']),
      'content/2020/01/b.md': md(['title: B', DATE]),
      'content/2020/01/c.md': md(['title: C', DATE, 'aliases: [/old/a/]']),
    });
    expect(r.places).toEqual(['2020/01/a.md:4:1 DUPLICATE_URL', '2020/01/a.md:4:1 UNSAFE_PATH', '2020/01/c.md:4:1 DUPLICATE_URL']);
    const byFile = r.problems.map((p) => p.message);
    expect(byFile[0]).toContain('would both be written to 2020/01/b/index.html');
    expect(byFile[1]).toContain('"../escape"');
    expect(byFile[2]).toContain('would both be written to old/a/index.html');
  });

  it('body links to pages the site does not have: relative, absolute, full site URL, reference and HTML', async () => {
    const r = await checkFiles({
      'content/2020/01/a.md': md(
        ['title: A', DATE],
        [
          'Intro [ok](../b/) and [gone](../gone/).', // line 5: the body starts after 4 lines of front matter
          'Absolute [also gone](/2020/01/nope/) here.', // line 6
          'A [full URL](https://news.example.org/2019/01/old/) and [elsewhere](https://example.com/2019/).', // line 7
          '<p>Raw <a href="/tags/nothing/">HTML link</a></p>', // line 8
          '', // line 9
          'By [reference][r] too.', // line 10
          '', // line 11
          '[r]: /missing/', // line 12
          'To a [draft](/2020/01/d/).', // line 13
        ],
      ),
      'content/2020/01/b.md': md(['title: B', DATE]),
      'content/2020/01/d.md': md(['title: D', DATE, 'draft: true']),
    });
    expect(r.places).toEqual([
      '2020/01/a.md:5:23 LINK_BROKEN',
      '2020/01/a.md:6:10 LINK_BROKEN',
      '2020/01/a.md:7:3 LINK_BROKEN',
      '2020/01/a.md:8:8 LINK_BROKEN',
      '2020/01/a.md:12:1 LINK_BROKEN',
      '2020/01/a.md:13:6 LINK_BROKEN',
    ]);
    expect(r.problems[0]!.message).toBe('The link "../gone/" points to /2020/01/gone/, which the site does not have.');
    expect(r.problems[0]!.hint).toBeTruthy();
  });

  it('resolves links against the base path of a site that lives in a folder', async () => {
    const r = await checkFiles(
      {
        'content/2020/01/a.md': md(
          ['title: A', DATE],
          ['[Right](/news/2020/01/b/), [relative](../b/), [wrong](/2020/01/b/).', '[gone](gone/)'],
        ),
        'content/2020/01/b.md': md(['title: B', DATE]),
      },
      { baseUrl: 'https://example.org/news/' },
    );
    expect(r.places).toEqual(['2020/01/a.md:5:47 LINK_BROKEN', '2020/01/a.md:6:1 LINK_BROKEN']);
    expect(r.problems[0]!.message).toContain('outside the site (which lives under /news/)');
    expect(r.problems[1]!.message).toBe('The link "gone/" points to /news/2020/01/a/gone/, which the site does not have.');
  });

  it('images missing from the content folder: photo, Markdown image, reference image and <img>', async () => {
    const r = await checkFiles({
      'content/2020/01/a/index.md': md(
        ['title: A', DATE, 'photo:', '  src: /images/missing.jpg', '  alt: Missing'],
        [
          '![Here](here.png) ![Not here](nothere.png)',
          '',
          '![Ref][pic]',
          '',
          '[pic]: /images/ref.png',
          '<img src="/images/raw.png" alt="Raw">',
        ],
      ),
      'content/2020/01/a/here.png': 'png',
      'content/2020/01/b.md': md(['title: B', DATE, 'photo: /images/b.jpg', 'photo_alt: B']),
      'content/images/b.jpg': 'jpg',
    });
    expect(r.places).toEqual([
      '2020/01/a/index.md:4:1 IMAGE_MISSING',
      '2020/01/a/index.md:8:19 IMAGE_MISSING',
      '2020/01/a/index.md:10:1 IMAGE_MISSING',
      '2020/01/a/index.md:13:1 IMAGE_MISSING',
    ]);
    expect(r.problems[1]!.message).toBe('The image "nothere.png" points to /2020/01/a/nothere.png, which the site does not have.');
    expect(r.problems.every((p) => p.severity === 'error')).toBe(true);
  });

  it('photos and images without alt text are warnings', async () => {
    const r = await checkFiles({
      'content/a.md': md(['title: A', DATE, 'photo: /images/a.jpg'], ['![](/images/a.jpg)', '', '<img src="/images/a.jpg">']),
      'content/images/a.jpg': 'jpg',
    });
    expect(r.places).toEqual(['a.md:4:1 ALT_TEXT_MISSING', 'a.md:6:1 ALT_TEXT_MISSING', 'a.md:8:1 ALT_TEXT_MISSING']);
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('reports the problems of several files and rules in one run, sorted by place', async () => {
    const r = await checkFiles({
      'content/z.md': md(['title: Z', DATE], ['[x](/x/)']),
      'content/a.md': md(['title: A', 'date: nope']),
      'content/m.md': md(['title: M', DATE, 'prev: nothing', 'photo: /none.jpg']),
    });
    expect(r.places).toEqual([
      'a.md:3:1 FRONT_MATTER_INVALID',
      'm.md:4:1 UNKNOWN_ARTICLE_REF',
      'm.md:5:1 ALT_TEXT_MISSING',
      'm.md:5:1 IMAGE_MISSING',
      'z.md:5:1 LINK_BROKEN',
    ]);
  });
});
