// What search engines and social sites read from an article page: canonical, Open Graph,
// article:*, Twitter card and the NewsArticle JSON-LD, including a headline built to break out.
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { allElements, attr, headLinks, metaValues, parseHtml, select, selectOne, servesUrl, textOf, type Element } from './helpers/html.js';

const ORIGIN = 'https://news.example.org';
const HOSTILE = '</script><script>alert(1)</script> & “quotes” <!--';

let site: Awaited<ReturnType<typeof buildSite>>;
const page = (slug: string) => parseHtml(site.read(`2020/01/${slug}/index.html`));

beforeAll(async () => {
  site = await buildSite(
    writeSite({
      'content/m1.md': article({
        title: '"Officials blamed for watch list placing"',
        date: '2020-01-15T10:00:00+07:00',
        updated: '2020-01-16T09:00:00+07:00',
        corrections: '\n  - date: 2020-01-18\n    text: An earlier version misspelled a name.',
        byline: 'Taing Vida and Ben Sokhean',
        section: 'National',
        tags: '[Human trafficking, Sar Kheng]',
        summary: '"One or two sentences for search engines."',
        photo: '\n  src: /images/watch-list.jpg\n  alt: Officials at a meeting\n  credit: KT/Chor Sokunthea',
      }),
      'content/images/watch-list.jpg': 'not really a jpeg',
      'content/m2.md': article({
        title: 'Updated only',
        date: '2020-01-10T08:00:00+07:00',
        updated: '2020-01-11T12:30:00+07:00',
        byline: 'Sok Chenda',
      }),
      'content/m3.md': article({ title: 'Never changed', date: '2020-01-09T08:00:00+07:00' }),
      'content/hostile.md': article({
        title: JSON.stringify(HOSTILE),
        date: '2020-01-08T08:00:00+07:00',
        summary: '"A <b>bold</b> & summary"',
      }),
    }),
    { logo: '/images/logo.png' },
  );
});

/** Every <script> in the document, and the parsed JSON-LD of the single ld+json one. */
function jsonLd(doc: Element): Record<string, unknown> {
  const scripts = select(doc, 'script');
  expect(scripts.map((s) => attr(s, 'type'))).toEqual(['application/ld+json']);
  return JSON.parse(textOf(scripts[0]!));
}

describe('article head metadata', () => {
  it('canonical, description, Open Graph and article:* properties', () => {
    const doc = page('m1');
    const canonical = `${ORIGIN}/2020/01/m1/`;
    expect(headLinks(doc, 'canonical')).toEqual([canonical]);
    expect(metaValues(doc, 'description')).toEqual(['One or two sentences for search engines.']);
    expect(metaValues(doc, 'og:type')).toEqual(['article']);
    expect(metaValues(doc, 'og:url')).toEqual([canonical]);
    expect(metaValues(doc, 'og:title')).toEqual(['Officials blamed for watch list placing']);
    expect(metaValues(doc, 'og:image')).toEqual([`${ORIGIN}/images/watch-list.jpg`]);
    expect(metaValues(doc, 'og:image:alt')).toEqual(['Officials at a meeting']);
    expect(metaValues(doc, 'article:published_time')).toEqual(['2020-01-15T10:00:00+07:00']);
    expect(metaValues(doc, 'article:modified_time')).toEqual(['2020-01-18T00:00:00+07:00']);
    expect(metaValues(doc, 'article:section')).toEqual(['National']);
    expect(metaValues(doc, 'article:tag')).toEqual(['Human trafficking', 'Sar Kheng']);
    expect(metaValues(doc, 'article:author')).toEqual([`${ORIGIN}/authors/taing-vida/`, `${ORIGIN}/authors/ben-sokhean/`]);
    expect(metaValues(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaValues(doc, 'twitter:image')).toEqual([`${ORIGIN}/images/watch-list.jpg`]);
  });

  it('an article without a photo gets a summary card; modified_time follows updated', () => {
    const doc = page('m2');
    expect(metaValues(doc, 'twitter:card')).toEqual(['summary']);
    expect(metaValues(doc, 'og:image')).toEqual([]);
    expect(metaValues(doc, 'article:modified_time')).toEqual(['2020-01-11T12:30:00+07:00']);
    expect(metaValues(doc, 'article:tag')).toEqual([]);
  });

  it('list pages are og:type website without article:* properties', () => {
    const doc = parseHtml(site.read('index.html'));
    expect(metaValues(doc, 'og:type')).toEqual(['website']);
    expect(metaValues(doc, 'article:published_time')).toEqual([]);
    expect(select(doc, 'script')).toEqual([]);
  });
});

describe('NewsArticle JSON-LD', () => {
  it('describes the article with offset dates, one Person per author, image, publisher and access', () => {
    const ld = jsonLd(page('m1'));
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${ORIGIN}/2020/01/m1/` },
      url: `${ORIGIN}/2020/01/m1/`,
      headline: 'Officials blamed for watch list placing',
      description: 'One or two sentences for search engines.',
      datePublished: '2020-01-15T10:00:00+07:00',
      dateModified: '2020-01-18T00:00:00+07:00',
      author: [
        { '@type': 'Person', name: 'Taing Vida', url: `${ORIGIN}/authors/taing-vida/` },
        { '@type': 'Person', name: 'Ben Sokhean', url: `${ORIGIN}/authors/ben-sokhean/` },
      ],
      publisher: {
        '@type': 'NewsMediaOrganization',
        name: 'Test Times',
        url: `${ORIGIN}/`,
        logo: { '@type': 'ImageObject', url: `${ORIGIN}/images/logo.png` },
      },
      image: [`${ORIGIN}/images/watch-list.jpg`],
      articleSection: 'National',
      keywords: ['Human trafficking', 'Sar Kheng'],
      inLanguage: 'en',
      isAccessibleForFree: true,
    });
    for (const a of ld.author as { url: string }[]) expect(servesUrl(site.out, a.url), a.url).toBe(true);
  });

  it('dateModified is updated when there is no correction, and the date when neither', () => {
    expect(jsonLd(page('m2'))).toMatchObject({ datePublished: '2020-01-10T08:00:00+07:00', dateModified: '2020-01-11T12:30:00+07:00' });
    const plain = jsonLd(page('m3'));
    expect(plain).toMatchObject({ datePublished: '2020-01-09T08:00:00+07:00', dateModified: '2020-01-09T08:00:00+07:00' });
    expect(plain.image).toBeUndefined();
  });
});

describe('a hostile headline', () => {
  it('leaves exactly one script element, the ld+json one, and no comment', () => {
    const html = site.read('2020/01/hostile/index.html');
    const doc = parseHtml(html);
    expect(select(doc, 'script')).toHaveLength(1);
    expect(allElements(doc).filter((e) => e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json')).toEqual([]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<!--');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('round-trips through JSON-LD to the exact title', () => {
    const ld = jsonLd(page('hostile'));
    expect(ld.headline).toBe(HOSTILE);
    expect(ld.description).toBe('A <b>bold</b> & summary');
  });

  it('is escaped text in <title>, <h1> and the meta tags', () => {
    const doc = page('hostile');
    expect(textOf(selectOne(doc, 'title'))).toBe(`${HOSTILE} | Test Times`);
    expect(textOf(selectOne(selectOne(doc, 'main'), 'h1'))).toBe(HOSTILE);
    expect(select(selectOne(doc, 'h1'), 'script')).toEqual([]);
    expect(metaValues(doc, 'og:title')).toEqual([HOSTILE]);
    expect(metaValues(doc, 'twitter:title')).toEqual([HOSTILE]);
    expect(metaValues(doc, 'description')).toEqual(['A <b>bold</b> & summary']);
    // On the home page list too.
    const home = parseHtml(site.read('index.html'));
    expect(select(home, 'h2', 'item-title').map(textOf)).toContain(HOSTILE);
    expect(select(home, 'script')).toEqual([]);
  });
});
