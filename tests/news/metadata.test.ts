// What search engines and social sites read from an article page: canonical, Open Graph,
// article:*, Twitter card and the NewsArticle JSON-LD, including a headline built to break out.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { expectValidSchemaOrg } from './helpers/schema-org.js';
import { allElements, attr, headLinks, metaValues, parseHtml, select, selectOne, servesUrl, textOf, type Element } from './helpers/html.js';

const ORIGIN = 'https://news.example.org';
const HOSTILE = '</script><script>alert(1)</script> & “quotes” <!--';

let site: Awaited<ReturnType<typeof buildSite>>;
const page = (slug: string) => parseHtml(site.read(`2020/01/${slug}/index.html`));

beforeAll(async () => {
  const root = writeSite({
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
  });
  // A real (small) JPEG, so the page offers its 1200 px rendition to social sites.
  fs.mkdirSync(path.join(root, 'content/images'), { recursive: true });
  await sharp({ create: { width: 600, height: 400, channels: 3, background: '#2d4a6b' } })
    .jpeg()
    .toFile(path.join(root, 'content/images/watch-list.jpg'));
  site = await buildSite(root, { logo: '/images/logo.png', photos: { widths: [300], formats: [] } });
});

/** Every <script> in the document is ld+json (a NewsArticle, then its BreadcrumbList); the NewsArticle, parsed and checked. */
function jsonLd(doc: Element): Record<string, unknown> {
  const docs = ldDocuments(doc);
  expect(docs.map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  return docs[0]!;
}

function ldDocuments(doc: Element): Record<string, unknown>[] {
  // Besides JSON-LD, at most the theme's own copy-link script, loaded from a file.
  const others = select(doc, 'script').filter((s) => attr(s, 'type') !== 'application/ld+json');
  expect(others.map((s) => attr(s, 'src'))).toEqual(
    others.length ? [expect.stringMatching(/^\/_broadsheet\/share\.[0-9a-f]{10}\.js$/)] : [],
  );
  const scripts = select(doc, 'script').filter((s) => attr(s, 'type') === 'application/ld+json');
  const docs = scripts.map((s) => JSON.parse(textOf(s)) as Record<string, unknown>);
  for (const d of docs) expectValidSchemaOrg(d);
  return docs;
}

const OG_IMAGE = new RegExp(`^${ORIGIN}/_broadsheet/photos/watch-list-1200\\.[0-9a-f]{10}\\.jpg$`);

describe('article head metadata', () => {
  it('canonical, description, Open Graph and article:* properties', () => {
    const doc = page('m1');
    const canonical = `${ORIGIN}/2020/01/m1/`;
    expect(headLinks(doc, 'canonical')).toEqual([canonical]);
    expect(metaValues(doc, 'description')).toEqual(['One or two sentences for search engines.']);
    expect(metaValues(doc, 'og:type')).toEqual(['article']);
    expect(metaValues(doc, 'og:url')).toEqual([canonical]);
    expect(metaValues(doc, 'og:title')).toEqual(['Officials blamed for watch list placing']);
    expect(metaValues(doc, 'og:image')).toEqual([expect.stringMatching(OG_IMAGE)]);
    expect(metaValues(doc, 'og:image:width')).toEqual(['1200']);
    expect(metaValues(doc, 'og:image:height')).toEqual(['800']);
    expect(metaValues(doc, 'og:locale')).toEqual(['en_US']);
    expect(servesUrl(site.out, metaValues(doc, 'og:image')[0]!)).toBe(true);
    expect(metaValues(doc, 'og:image:alt')).toEqual(['Officials at a meeting']);
    expect(metaValues(doc, 'article:published_time')).toEqual(['2020-01-15T10:00:00+07:00']);
    expect(metaValues(doc, 'article:modified_time')).toEqual(['2020-01-18T00:00:00+07:00']);
    expect(metaValues(doc, 'article:section')).toEqual(['National']);
    expect(metaValues(doc, 'article:tag')).toEqual(['Human trafficking', 'Sar Kheng']);
    expect(metaValues(doc, 'article:author')).toEqual([`${ORIGIN}/authors/taing-vida/`, `${ORIGIN}/authors/ben-sokhean/`]);
    expect(metaValues(doc, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaValues(doc, 'twitter:image')).toEqual(metaValues(doc, 'og:image'));
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
      image: [{ '@type': 'ImageObject', url: expect.stringMatching(OG_IMAGE), width: 1200, height: 800 }],
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
    // No byline: no author at all rather than an empty list.
    expect(plain).not.toHaveProperty('author');
  });

  it('a BreadcrumbList from home through the section to the article, every step a page that exists', () => {
    const [, crumbs] = ldDocuments(page('m1')) as [unknown, { itemListElement: { position: number; name: string; item: string }[] }];
    expect(crumbs.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'National', item: `${ORIGIN}/section/national/` },
      { '@type': 'ListItem', position: 3, name: 'Officials blamed for watch list placing', item: `${ORIGIN}/2020/01/m1/` },
    ]);
    for (const c of crumbs.itemListElement) expect(servesUrl(site.out, c.item), c.item).toBe(true);
    // Section, tag, author and date pages carry theirs too, and show it.
    for (const rel of [
      'section/national/index.html',
      'tags/sar-kheng/index.html',
      'authors/taing-vida/index.html',
      '2020/01/15/index.html',
    ]) {
      const doc = parseHtml(site.read(rel));
      const [list] = ldDocuments(doc) as { '@type': string; itemListElement: { item: string; name: string }[] }[];
      expect(list!['@type'], rel).toBe('BreadcrumbList');
      for (const c of list!.itemListElement) expect(servesUrl(site.out, c.item), `${c.item} on ${rel}`).toBe(true);
      const shown = select(selectOne(doc, 'nav', 'breadcrumbs'), 'li').map(textOf);
      expect(shown, rel).toEqual(list!.itemListElement.map((c) => c.name));
    }
  });

  it('without a logo in the config, the publisher logo is the generated wordmark, published', async () => {
    const plain = await buildSite(writeSite({ 'content/a.md': article({ title: 'A story', date: '2020-01-15T10:00:00+07:00' }) }));
    const ld = ldDocuments(parseHtml(plain.read('2020/01/a/index.html')))[0] as {
      publisher: { logo: { url: string; width: number; height: number } };
    };
    expect(ld.publisher.logo).toMatchObject({ '@type': 'ImageObject', width: 600, height: 60 });
    expect(servesUrl(plain.out, ld.publisher.logo.url)).toBe(true);
    expect(fs.readFileSync(path.join(plain.out, new URL(ld.publisher.logo.url).pathname), 'utf8')).toContain('>Test Times</text>');
  });
});

describe('a hostile headline', () => {
  it('leaves exactly the two ld+json script elements, and no comment', () => {
    const html = site.read('2020/01/hostile/index.html');
    const doc = parseHtml(html);
    expect(select(doc, 'script')).toHaveLength(3);
    // The one script that is not data is the theme's copy-link file, with no inline code.
    const code = allElements(doc).filter((e) => e.tagName === 'script' && attr(e, 'type') !== 'application/ld+json');
    expect(code.map((e) => [attr(e, 'src')?.startsWith('/_broadsheet/share.'), textOf(e)])).toEqual([[true, '']]);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<!--');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
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
    expect(select(home, 'h3', 'item-title').map(textOf)).toContain(HOSTILE);
    expect(select(home, 'script')).toEqual([]);
  });
});
