import { describe, expect, it } from 'vitest';
import { renderJsonFeed } from '../../src/render/feeds/index.js';
import { BODY_HTML, CORRECTION_TEXT, HOSTILE_TITLE_CLEAN, buildHostileChannel } from './helpers/hostile-channel.js';

const channel = buildHostileChannel();
const text = renderJsonFeed(channel);
const feed = JSON.parse(text);
const RFC3339_WITH_OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

describe('renderJsonFeed', () => {
  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe('The Phnom Penh <Daily> & Co');
    expect(feed.home_page_url).toBe('https://example.org/');
    expect(feed.feed_url).toBe('https://example.org/feed.json');
    expect(feed.language).toBe('km');
    expect(Array.isArray(feed.items)).toBe(true);
    expect(text).not.toContain('\u0008');
    expect(text).not.toContain('\\u0008');
  });

  it('gives every item the required id and exactly one kind of content, plus dates with offsets', () => {
    expect(feed.items).toHaveLength(3);
    feed.items.forEach((item: Record<string, unknown>, n: number) => {
      const source = channel.items[n]!;
      expect(item.id).toBe(source.url);
      expect(item.url).toBe(source.url);
      expect(typeof item.content_html === 'string' || typeof item.content_text === 'string').toBe(true);
      expect(item.date_published).toMatch(RFC3339_WITH_OFFSET);
      expect(Date.parse(item.date_published as string)).toBe(source.published);
      expect(Date.parse(item.date_modified as string)).toBe(source.modified);
      expect(item.language).toBe('km');
      // 1.1 replaced "author" with "authors"; the old field must not appear.
      expect(item).not.toHaveProperty('author');
    });
  });

  it('round-trips titles, authors, tags and image', () => {
    const [first, , third] = feed.items;
    expect(first.title).toBe(HOSTILE_TITLE_CLEAN);
    expect(third.title).toBe('សួស្តី 👋🏽 "quotes" \'apostrophes\'');
    expect(first.authors).toEqual([{ name: 'Sok <Dara>', url: 'https://example.org/authors/sok-dara/' }, { name: 'Jane & Joe' }]);
    expect(first.tags).toEqual(['Politics', 'Cambodia', '<Elections>']);
    expect(first.image).toBe('https://example.org/img/a.jpg?w=1200&h=630');
    expect(feed.items[1]).not.toHaveProperty('authors');
  });

  it('shows corrections as HTML in content_html and as text in content_text and summary', () => {
    const [first, second, third] = feed.items;
    expect(first.content_html).toBe(
      `${BODY_HTML}<p class="correction"><strong>Correction (24 October 2019):</strong> An earlier version misspelled &lt;Sokha&gt; &amp; &quot;quoted&quot; names.</p>`,
    );
    expect(first).not.toHaveProperty('content_text');
    expect(first.summary).toContain(`Correction (24 October 2019): ${CORRECTION_TEXT}`);
    expect(second.content_text).toBe('Plain text summary.\n\nCorrection (22 October 2019): The date was wrong.');
    expect(third.content_text).toBe('');
    expect(third).not.toHaveProperty('summary');
  });

  it('is deterministic', () => {
    expect(renderJsonFeed(buildHostileChannel())).toBe(text);
  });
});
