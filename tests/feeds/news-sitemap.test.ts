import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderNewsSitemap, type NewsSitemapEntry } from '../../src/render/sitemaps/index.js';
import { assertWellFormedXml } from './helpers/strict-xml.js';

const NOW = Date.UTC(2019, 9, 23, 12);
const HOUR = 3_600_000;
const xmlParser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'url' });

function entry(loc: string, published: number, title = 'Story'): NewsSitemapEntry {
  return { loc: `https://example.org/${loc}/`, title, published, publicationName: 'The Daily & Co', language: 'en' };
}

function parseLocs(xml: string | undefined): string[] {
  if (xml === undefined) throw new Error('no news sitemap was rendered');
  assertWellFormedXml(xml);
  return (xmlParser.parse(xml).urlset.url ?? []).map((u: { loc: string }) => u.loc);
}

describe('renderNewsSitemap', () => {
  it('includes exactly the 48-hour window ending at now, newest first', () => {
    const xml = renderNewsSitemap(
      [
        entry('edge', NOW - 48 * HOUR),
        entry('too-old', NOW - 48 * HOUR - 1),
        entry('future', NOW + 1),
        entry('now', NOW),
        entry('middle', NOW - 5 * HOUR),
      ],
      { now: NOW, timeZone: 'UTC' },
    );
    expect(parseLocs(xml)).toEqual(['now', 'middle', 'edge'].map((s) => `https://example.org/${s}/`));
  });

  it('writes the news elements with escaped text and offset dates', () => {
    const xml =
      renderNewsSitemap([entry('a', NOW - HOUR, 'Fire & <Ice> ]]> ព័ត៌មាន\u0008')], { now: NOW, timeZone: 'Asia/Phnom_Penh' }) ?? '';
    expect(xml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const url = xmlParser.parse(xml).urlset.url[0];
    expect(url['news:news']).toEqual({
      'news:publication': { 'news:name': 'The Daily & Co', 'news:language': 'en' },
      'news:publication_date': '2019-10-23T18:00:00+07:00',
      'news:title': 'Fire & <Ice> ]]> ព័ត៌មាន',
    });
    assertWellFormedXml(xml);
  });

  it('keeps the 1,000 newest of 1,200 in-window entries', () => {
    const entries = Array.from({ length: 1200 }, (_, i) => entry(`s${i}`, NOW - i * 60_000));
    entries.reverse(); // input order must not matter
    const locs = parseLocs(renderNewsSitemap(entries, { now: NOW, timeZone: 'UTC' }));
    expect(locs).toHaveLength(1000);
    expect(locs[0]).toBe('https://example.org/s0/');
    expect(locs[999]).toBe('https://example.org/s999/');
  });

  it('honours windowHours and max', () => {
    const entries = [entry('a', NOW - HOUR), entry('b', NOW - 2 * HOUR), entry('c', NOW - 3 * HOUR)];
    expect(parseLocs(renderNewsSitemap(entries, { now: NOW, timeZone: 'UTC', windowHours: 2 }))).toHaveLength(2);
    expect(parseLocs(renderNewsSitemap(entries, { now: NOW, timeZone: 'UTC', max: 1 }))).toEqual(['https://example.org/a/']);
  });

  it('is left out when nothing is recent, since the schema requires at least one url', () => {
    expect(renderNewsSitemap([entry('old', NOW - 100 * HOUR)], { now: NOW, timeZone: 'UTC' })).toBeUndefined();
    expect(renderNewsSitemap([], { now: NOW, timeZone: 'UTC' })).toBeUndefined();
  });
});
