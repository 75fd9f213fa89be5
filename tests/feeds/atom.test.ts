import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/render/feeds/index.js';
import { BODY_HTML, CORRECTION_TEXT, HOSTILE_TITLE_CLEAN, buildHostileChannel } from './helpers/hostile-channel.js';
import { assertWellFormedXml } from './helpers/strict-xml.js';

const channel = buildHostileChannel();
const xml = renderAtom(channel);
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  trimValues: false,
  isArray: (name) => ['entry', 'author', 'link', 'category'].includes(name),
});
const RFC3339_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe('renderAtom', () => {
  it('is well-formed, namespace-correct XML with no illegal characters', () => {
    assertWellFormedXml(xml);
    expect(xml).not.toContain('\u0008');
    expect(xml).not.toMatch(/<\/?script/);
    expect(xml).not.toContain(']]>');
  });

  it('has the RFC 4287 feed elements: id, title, updated, self and alternate links, author', () => {
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe('The Phnom Penh <Daily> & Co');
    expect(feed.url).toBe('https://example.org/');
    expect(feed.self).toBe('https://example.org/atom.xml');
    expect(feed.language).toBe('km');
    expect(feed.updated?.getTime()).toBe(channel.updated);
    const root = xmlParser.parse(xml).feed;
    expect(root.id).toBe('https://example.org/atom.xml');
    expect(root.updated).toBe('2019-10-24T01:30:00+07:00');
    expect(root.author[0].name).toBe('The Phnom Penh <Daily> & Co');
  });

  it('round-trips entries: ids, titles, links, published and updated instants', () => {
    const items = parseFeed(xml).items;
    expect(items).toHaveLength(3);
    expect(items[0]!.title).toBe(HOSTILE_TITLE_CLEAN);
    items.forEach((parsed, n) => {
      const source = channel.items[n]!;
      expect(parsed.id).toBe(source.url);
      expect(parsed.url).toBe(source.url);
      expect(parsed.published?.getTime()).toBe(source.published);
      expect(parsed.updated?.getTime()).toBe(source.modified);
    });
    const entries = xmlParser.parse(xml).feed.entry;
    for (const entry of entries) {
      expect(entry.updated).toMatch(RFC3339_WITH_OFFSET);
      expect(entry.published).toMatch(RFC3339_WITH_OFFSET);
      expect(entry.link[0]['@rel']).toBe('alternate');
    }
    expect(entries[0].published).toBe('2019-10-23T09:00:00+07:00');
  });

  it('lists authors with uris, falls back to the feed author, and keeps categories', () => {
    const items = parseFeed(xml).items;
    expect(items[0]!.authors).toEqual([
      { name: 'Sok <Dara>', url: 'https://example.org/authors/sok-dara/', email: null },
      { name: 'Jane & Joe', url: null, email: null },
    ]);
    expect(items[1]!.authors.map((a) => a.name)).toEqual(['The Phnom Penh <Daily> & Co']);
    expect(items[0]!.categories.map((c) => c.term)).toEqual(['Politics', 'Cambodia', '<Elections>']);
    expect(items[0]!.mediaImages[0]?.url).toBe('https://example.org/img/a.jpg?w=1200&h=630');
  });

  it('carries html content exactly and shows corrections in content and summary', () => {
    const entries = xmlParser.parse(xml).feed.entry;
    expect(entries[0].content['@type']).toBe('html');
    expect(entries[0].content['#text']).toBe(
      `${BODY_HTML}<p class="correction"><strong>Correction (24 October 2019):</strong> An earlier version misspelled &lt;Sokha&gt; &amp; &quot;quoted&quot; names.</p>`,
    );
    expect(entries[0].summary['#text']).toBe(
      `Summary with <i>tags</i> & ]]> ស្វាគមន៍ 🚀\n\nCorrection (24 October 2019): ${CORRECTION_TEXT}`,
    );
    expect(parseFeed(xml).items[1]!.description).toContain('Correction (22 October 2019): The date was wrong.');
  });

  it('is deterministic', () => {
    expect(renderAtom(buildHostileChannel())).toBe(xml);
  });
});
