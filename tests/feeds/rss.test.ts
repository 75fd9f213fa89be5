import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderRss } from '../../src/render/feeds/index.js';
import { BODY_HTML, CORRECTION_TEXT, HOSTILE_TITLE_CLEAN, buildHostileChannel } from './helpers/hostile-channel.js';
import { assertWellFormedXml } from './helpers/strict-xml.js';

const channel = buildHostileChannel();
const xml = renderRss(channel);
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['item', 'dc:creator', 'category'].includes(name),
});

describe('renderRss', () => {
  it('is well-formed, namespace-correct XML with no illegal characters', () => {
    assertWellFormedXml(xml);
    expect(xml).not.toContain('\u0008');
    expect(xml).not.toMatch(/<\/?script/);
    expect(xml).not.toContain(']]>');
  });

  it('parses as RSS with the channel metadata', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('The Phnom Penh <Daily> & Co');
    expect(feed.url).toBe('https://example.org/');
    expect(feed.self).toBe('https://example.org/feed.xml');
    expect(feed.language).toBe('km');
    expect(feed.updated?.getTime()).toBe(channel.updated);
  });

  it('round-trips items: titles, absolute links, guids, dates, authors, categories', () => {
    const items = parseFeed(xml).items;
    expect(items).toHaveLength(3);
    expect(items.map((i) => i.title)).toEqual([HOSTILE_TITLE_CLEAN, 'Summary only, corrected', 'សួស្តី 👋🏽 "quotes" \'apostrophes\'']);
    items.forEach((parsed, n) => {
      const source = channel.items[n]!;
      expect(parsed.url).toBe(source.url);
      expect(parsed.id).toBe(source.url);
      expect(new URL(parsed.url!).protocol).toBe('https:');
      expect(parsed.published?.getTime()).toBe(source.published);
    });
    expect(items[0]!.authors.map((a) => a.name)).toEqual(['Sok <Dara>', 'Jane & Joe']);
    expect(items[0]!.categories.map((c) => c.term)).toEqual(['Politics', 'Cambodia', '<Elections>']);
    expect(items[0]!.mediaImages[0]?.url).toBe('https://example.org/img/a.jpg?w=1200&h=630');
  });

  it('prints RFC 822 dates in the channel zone and a permalink guid', () => {
    const doc = xmlParser.parse(xml);
    const first = doc.rss.channel.item[0];
    expect(first.pubDate).toBe('Wed, 23 Oct 2019 09:00:00 +0700');
    expect(doc.rss.channel.lastBuildDate).toBe('Thu, 24 Oct 2019 01:30:00 +0700');
    expect(first.guid['@isPermaLink']).toBe('true');
    expect(first.guid['#text']).toBe('https://example.org/2019/10/hostile/?a=1&b=2');
    expect(first['dc:creator']).toEqual(['Sok <Dara>', 'Jane & Joe']);
  });

  it('keeps the body HTML exact and appends corrections to body and description', () => {
    const first = xmlParser.parse(xml).rss.channel.item[0];
    const notice =
      '<p class="correction"><strong>Correction (24 October 2019):</strong> An earlier version misspelled &lt;Sokha&gt; &amp; &quot;quoted&quot; names.</p>';
    expect(first['content:encoded']).toBe(BODY_HTML + notice);
    expect(first.description).toBe('<p>Summary with &lt;i&gt;tags&lt;/i&gt; &amp; ]]&gt; ស្វាគមន៍ 🚀</p>' + notice);
    const parsed = parseFeed(xml).items[0]!;
    expect(parsed.content).toContain(`Correction (24 October 2019):</strong> ${CORRECTION_TEXT}`);
  });

  it('gives a summary-only item its correction in the description', () => {
    const second = parseFeed(xml).items[1]!;
    expect(second.description).toContain('Correction (22 October 2019):</strong> The date was wrong.');
  });

  it('is deterministic', () => {
    expect(renderRss(buildHostileChannel())).toBe(xml);
  });
});
