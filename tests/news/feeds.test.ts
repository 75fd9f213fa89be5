// The feeds of a built site, read back with a real feed parser: what a reader subscribes to.
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { headLinks, parseHtml } from './helpers/html.js';

const ORIGIN = 'https://news.example.org';
const CORRECTION = 'An earlier version misstated the size of the harvest.';

interface Story {
  slug: string;
  date: string;
  tags: string[];
}

// Oldest first; f2 carries a correction dated after it.
const STORIES: Story[] = [
  { slug: 'f0', date: '2020-01-10T08:00:00+07:00', tags: ['rice'] },
  { slug: 'f1', date: '2020-01-11T09:30:00+07:00', tags: ['floods'] },
  { slug: 'f2', date: '2020-01-12T10:00:00+07:00', tags: ['rice', 'floods'] },
  { slug: 'f3', date: '2020-01-13T11:15:00+07:00', tags: [] },
  { slug: 'f4', date: '2020-01-14T12:00:00+07:00', tags: ['rice'] },
  { slug: 'f5', date: '2020-01-15T13:45:00+07:00', tags: ['floods'] },
];
const CORRECTION_DATE = '2020-01-14T00:00:00+07:00';
const urlOf = (slug: string) => `${ORIGIN}/2020/01/${slug}/`;
const newest = (keep: (s: Story) => boolean = () => true) => STORIES.filter(keep).reverse();

function files(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of STORIES) {
    const fields: Record<string, string> = {
      title: `"Title of ${s.slug}"`,
      date: s.date,
      byline: 'Sok Chenda',
      summary: `"Summary of ${s.slug}."`,
    };
    if (s.tags.length) fields.tags = `[${s.tags.join(', ')}]`;
    if (s.slug === 'f2') fields.corrections = `\n  - date: 2020-01-14\n    text: "${CORRECTION}"`;
    out[`content/${s.slug}.md`] = article(fields, `Paragraph with **bold ${s.slug}** text.`);
  }
  return out;
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  // <link> repeats in Atom; in RSS it is the channel's single home link, read as [url].
  isArray: (name) => ['item', 'entry', 'category', 'link'].includes(name),
});

type Built = Awaited<ReturnType<typeof buildSite>>;
let summary: Built;
let full: Built;

beforeAll(async () => {
  summary = await buildSite(writeSite(files()), { feed: { items: 4, content: 'summary' } });
  full = await buildSite(writeSite(files()), { feed: { items: 10, content: 'full' } });
});

describe('site feeds', () => {
  it('RSS: channel elements, then min(feed.items, articles) items newest first with absolute URLs and exact dates', () => {
    const text = summary.read('index.xml');
    const doc = xml.parse(text);
    expect(doc.rss['@version']).toBe('2.0');
    const channel = doc.rss.channel;
    expect([channel.title, channel.link, channel.description, channel.language]).toEqual([
      'Test Times',
      [`${ORIGIN}/`],
      'Latest from Test Times',
      'en',
    ]);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe('rss');
    expect(feed.self).toBe(`${ORIGIN}/index.xml`);
    const expected = newest().slice(0, 4);
    expect(feed.items.map((i) => i.url)).toEqual(expected.map((s) => urlOf(s.slug)));
    expect(feed.items.map((i) => i.id)).toEqual(expected.map((s) => urlOf(s.slug)));
    expect(feed.items.map((i) => i.title)).toEqual(expected.map((s) => `Title of ${s.slug}`));
    expect(feed.items.map((i) => i.published?.getTime())).toEqual(expected.map((s) => Date.parse(s.date)));
    expect(channel.item[0].pubDate).toBe('Wed, 15 Jan 2020 13:45:00 +0700');
    expect(channel.item.map((i: { guid: { '@isPermaLink': string } }) => i.guid['@isPermaLink'])).toEqual(['true', 'true', 'true', 'true']);
  });

  it('Atom: feed id, title, updated and self link; entries with published and updated (corrections count)', () => {
    const text = summary.read('atom.xml');
    const doc = xml.parse(text).feed;
    expect(doc['@xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(doc.id).toBe(`${ORIGIN}/atom.xml`);
    expect(doc.title['#text']).toBe('Test Times');
    expect(doc.updated).toBe('2020-01-15T13:45:00+07:00');
    expect(doc.link.find((l: Record<string, string>) => l['@rel'] === 'self')['@href']).toBe(`${ORIGIN}/atom.xml`);
    const feed = parseFeed(text);
    expect(feed.meta.type).toBe('atom');
    const expected = newest().slice(0, 4);
    expect(feed.items.map((i) => i.url)).toEqual(expected.map((s) => urlOf(s.slug)));
    expect(feed.items.map((i) => i.published?.getTime())).toEqual(expected.map((s) => Date.parse(s.date)));
    const modified = expected.map((s) => Date.parse(s.slug === 'f2' ? CORRECTION_DATE : s.date));
    expect(feed.items.map((i) => i.updated?.getTime())).toEqual(modified);
    expect(doc.entry.map((e: { id: string }) => e.id)).toEqual(expected.map((s) => urlOf(s.slug)));
  });

  it('JSON Feed: version, feed_url, items with ids and offset dates equal to the articles', () => {
    const feed = JSON.parse(summary.read('feed.json'));
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('Test Times');
    expect(feed.home_page_url).toBe(`${ORIGIN}/`);
    expect(feed.feed_url).toBe(`${ORIGIN}/feed.json`);
    const expected = newest().slice(0, 4);
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(expected.map((s) => urlOf(s.slug)));
    expect(feed.items.map((i: { date_published: string }) => i.date_published)).toEqual(expected.map((s) => s.date));
    expect(feed.items.map((i: { date_modified: string }) => i.date_modified)).toEqual(
      expected.map((s) => (s.slug === 'f2' ? CORRECTION_DATE : s.date)),
    );
  });

  it('with feed.items above the article count, every article is in the feeds', () => {
    const all = newest().map((s) => urlOf(s.slug));
    expect(parseFeed(full.read('index.xml')).items.map((i) => i.url)).toEqual(all);
    expect(parseFeed(full.read('atom.xml')).items.map((i) => i.url)).toEqual(all);
    expect(JSON.parse(full.read('feed.json')).items.map((i: { url: string }) => i.url)).toEqual(all);
  });

  it('a tag feed holds only that tag’s articles, in all three formats', () => {
    const rice = newest((s) => s.tags.includes('rice')).map((s) => urlOf(s.slug));
    expect(rice).toEqual([urlOf('f4'), urlOf('f2'), urlOf('f0')]);
    const rss = parseFeed(summary.read('tags/rice/index.xml'));
    expect(rss.title).toBe('Test Times: rice');
    expect(rss.self).toBe(`${ORIGIN}/tags/rice/index.xml`);
    expect(rss.url).toBe(`${ORIGIN}/tags/rice/`);
    expect(rss.items.map((i) => i.url)).toEqual(rice);
    expect(parseFeed(summary.read('tags/rice/atom.xml')).items.map((i) => i.url)).toEqual(rice);
    expect(JSON.parse(summary.read('tags/rice/feed.json')).items.map((i: { url: string }) => i.url)).toEqual(rice);
  });
});

describe('feed content', () => {
  it("'summary' carries the summary and no body", () => {
    for (const file of ['index.xml', 'atom.xml', 'feed.json']) expect(summary.read(file)).not.toContain('bold f5');
    const item = xml.parse(summary.read('index.xml')).rss.channel.item[0];
    expect(item['content:encoded']).toBeUndefined();
    expect(item.description).toBe('<p>Summary of f5.</p>');
    expect(xml.parse(summary.read('atom.xml')).feed.entry[0].content).toBeUndefined();
    const json = JSON.parse(summary.read('feed.json')).items[0];
    expect(json.content_html).toBeUndefined();
    expect(json.content_text).toBe('Summary of f5.');
  });

  it("'full' puts the body HTML in content:encoded, Atom content and content_html", () => {
    const body = '<p>Paragraph with <strong>bold f5</strong> text.</p>';
    const item = xml.parse(full.read('index.xml')).rss.channel.item[0];
    expect(item.title).toBe('Title of f5');
    expect(item['content:encoded']).toContain(body);
    expect(parseFeed(full.read('index.xml')).items[0]!.content).toContain(body);
    const entry = xml.parse(full.read('atom.xml')).feed.entry[0];
    expect(entry.content['@type']).toBe('html');
    expect(entry.content['#text']).toContain(body);
    expect(JSON.parse(full.read('feed.json')).items[0].content_html).toContain(body);
  });

  it('a correction appears in the item of the corrected article', () => {
    const notice = `Correction (14 January 2020):</strong> ${CORRECTION}`;
    const rss = parseFeed(summary.read('index.xml')).items.find((i) => i.url === urlOf('f2'))!;
    expect(rss.description).toContain(notice);
    const atom = parseFeed(summary.read('atom.xml')).items.find((i) => i.url === urlOf('f2'))!;
    expect(atom.description).toContain(`Correction (14 January 2020): ${CORRECTION}`);
    const json = JSON.parse(summary.read('feed.json')).items.find((i: { url: string }) => i.url === urlOf('f2'));
    expect(json.content_text).toBe(`Summary of f2.\n\nCorrection (14 January 2020): ${CORRECTION}`);
    const fullItem = parseFeed(full.read('index.xml')).items.find((i) => i.url === urlOf('f2'))!;
    expect(fullItem.content).toContain(notice);
    // Items without corrections carry no notice.
    expect(parseFeed(summary.read('index.xml')).items[0]!.description).not.toContain('Correction');
  });
});

describe('feed discovery', () => {
  const exists = (href: string) => fs.existsSync(path.join(summary.out, decodeURI(href)));

  it('the home page head points at the site feeds, which exist', () => {
    const doc = parseHtml(summary.read('index.html'));
    expect(headLinks(doc, 'alternate', 'application/rss+xml')).toEqual(['/index.xml']);
    expect(headLinks(doc, 'alternate', 'application/atom+xml')).toEqual(['/atom.xml']);
    expect(headLinks(doc, 'alternate', 'application/feed+json')).toEqual(['/feed.json']);
    for (const href of ['/index.xml', '/atom.xml', '/feed.json']) expect(exists(href), href).toBe(true);
  });

  it('under a base path, feed URLs and head links carry it and still point at the files', async () => {
    const sub = await buildSite(writeSite({ 'content/a.md': article({ title: 'A', tags: '[rice]' }) }), {
      baseUrl: 'https://example.org/news/',
    });
    const rss = parseFeed(sub.read('tags/rice/index.xml'));
    expect(rss.self).toBe('https://example.org/news/tags/rice/index.xml');
    expect(rss.items.map((i) => i.url)).toEqual(['https://example.org/news/2020/01/a/']);
    expect(JSON.parse(sub.read('feed.json')).feed_url).toBe('https://example.org/news/feed.json');
    const hrefs = headLinks(parseHtml(sub.read('tags/rice/index.html')), 'alternate', 'application/rss+xml');
    expect(hrefs).toEqual(['/news/index.xml', '/news/tags/rice/index.xml']);
    for (const href of hrefs) expect(fs.existsSync(path.join(sub.out, href.slice('/news/'.length))), href).toBe(true);
  });

  it('a tag page head points at the site feeds and the tag’s own, which exist', () => {
    const doc = parseHtml(summary.read('tags/rice/index.html'));
    const rss = headLinks(doc, 'alternate', 'application/rss+xml');
    expect(rss).toEqual(['/index.xml', '/tags/rice/index.xml']);
    const all = [...rss, ...headLinks(doc, 'alternate', 'application/atom+xml'), ...headLinks(doc, 'alternate', 'application/feed+json')];
    expect(all).toHaveLength(6);
    for (const href of all) expect(exists(href), href).toBe(true);
  });
});
