import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { renderSitemaps, type SitemapEntry } from '../../src/render/sitemaps/index.js';
import { assertWellFormedXml } from './helpers/strict-xml.js';

const SITE = 'https://example.org';
const ZONE = 'Asia/Phnom_Penh';
const xmlParser = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'url' || name === 'sitemap' });
const byteLength = (s: string) => Buffer.byteLength(s, 'utf8');

function makeEntries(count: number, segment = 'story'): SitemapEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    loc: `${SITE}/2019/10/${segment}-${i}/`,
    lastmod: Date.UTC(2019, 9, 1 + i, 3),
  }));
}

/** Parse every file strictly and return the locs of each urlset file by path. */
function readUrlsets(files: { path: string; contents: string }[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of files) {
    assertWellFormedXml(file.contents);
    const doc = xmlParser.parse(file.contents);
    if (doc.urlset)
      out.set(
        file.path,
        (doc.urlset.url ?? []).map((u: { loc: string }) => u.loc),
      );
  }
  return out;
}

describe('renderSitemaps', () => {
  it('writes one urlset with W3C datetimes when everything fits', () => {
    const files = renderSitemaps(makeEntries(2), { siteUrl: SITE, timeZone: ZONE });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml']);
    const doc = xmlParser.parse(files[0]!.contents);
    expect(doc.urlset['@_xmlns']).toBeUndefined(); // attributes ignored by this parser config
    expect(doc.urlset.url).toEqual([
      { loc: `${SITE}/2019/10/story-0/`, lastmod: '2019-10-01T10:00:00+07:00' },
      { loc: `${SITE}/2019/10/story-1/`, lastmod: '2019-10-02T10:00:00+07:00' },
    ]);
    expect(files[0]!.contents).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  });

  it('splits 7 entries at maxUrls 3 into an index and three files', () => {
    const entries = makeEntries(7);
    const files = renderSitemaps(entries, { siteUrl: SITE, timeZone: ZONE, maxUrls: 3 });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemaps/sitemap-1.xml', 'sitemaps/sitemap-2.xml', 'sitemaps/sitemap-3.xml']);
    const urlsets = readUrlsets(files);
    expect([...urlsets.values()].map((locs) => locs.length)).toEqual([3, 3, 1]);
    const all = [...urlsets.values()].flat();
    expect(all.sort()).toEqual(entries.map((e) => e.loc).sort());

    const index = xmlParser.parse(files[0]!.contents).sitemapindex.sitemap;
    expect(index).toEqual([
      { loc: `${SITE}/sitemaps/sitemap-1.xml`, lastmod: '2019-10-03T10:00:00+07:00' },
      { loc: `${SITE}/sitemaps/sitemap-2.xml`, lastmod: '2019-10-06T10:00:00+07:00' },
      { loc: `${SITE}/sitemaps/sitemap-3.xml`, lastmod: '2019-10-07T10:00:00+07:00' },
    ]);
  });

  it('splits by UTF-8 bytes, not characters', () => {
    // Khmer takes three bytes per UTF-16 unit, so counting characters would overfill files.
    const entries = makeEntries(9, 'ព័ត៌មាន');
    const frame = byteLength(renderSitemaps([], { siteUrl: SITE, timeZone: ZONE })[0]!.contents);
    const one = byteLength(renderSitemaps(entries.slice(0, 1), { siteUrl: SITE, timeZone: ZONE })[0]!.contents);
    // Exactly two entries per file: the limit is inclusive.
    const maxBytes = frame + 2 * (one - frame);
    const files = renderSitemaps(entries, { siteUrl: SITE, timeZone: ZONE, maxBytes });
    expect(files).toHaveLength(1 + 5);
    const urlsets = readUrlsets(files);
    expect([...urlsets.values()].map((locs) => locs.length)).toEqual([2, 2, 2, 2, 1]);
    for (const file of files.slice(1)) expect(byteLength(file.contents)).toBeLessThanOrEqual(maxBytes);
    expect(byteLength(files[1]!.contents)).toBe(maxBytes);
    const all = [...urlsets.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(entries.map((e) => e.loc).sort());
  });

  it('escapes locs and lists each loc once, keeping the newest lastmod', () => {
    const files = renderSitemaps(
      [
        { loc: `${SITE}/search/?q=a&b='c'` },
        { loc: `${SITE}/a/`, lastmod: Date.UTC(2020, 0, 1) },
        { loc: `${SITE}/a/`, lastmod: Date.UTC(2021, 0, 1) },
      ],
      { siteUrl: SITE, timeZone: 'UTC' },
    );
    expect(files[0]!.contents).toContain('q=a&amp;b=&apos;c&apos;');
    expect(readUrlsets(files).get('sitemap.xml')).toEqual([`${SITE}/search/?q=a&b='c'`, `${SITE}/a/`]);
    expect(files[0]!.contents).toContain('<lastmod>2021-01-01T00:00:00+00:00</lastmod>');
  });

  it('handles the protocol limit of 50,000 URLs per file', () => {
    const files = renderSitemaps(makeEntries(120_001), { siteUrl: `${SITE}/`, timeZone: 'UTC' });
    expect(files.map((f) => f.path)).toEqual(['sitemap.xml', 'sitemaps/sitemap-1.xml', 'sitemaps/sitemap-2.xml', 'sitemaps/sitemap-3.xml']);
    const counts = files.slice(1).map((f) => f.contents.split('<url>').length - 1);
    expect(counts).toEqual([50_000, 50_000, 20_001]);
    expect(files[0]!.contents).toContain(`<loc>${SITE}/sitemaps/sitemap-1.xml</loc>`);
  });

  it('holds the index to the protocol limits, not the lowered ones', () => {
    const files = renderSitemaps(makeEntries(7), { siteUrl: SITE, timeZone: 'UTC', maxUrls: 2 });
    expect(files).toHaveLength(1 + 4);
    expect(xmlParser.parse(files[0]!.contents).sitemapindex.sitemap).toHaveLength(4);
  });

  it('refuses an entry that cannot fit in a file on its own', () => {
    expect(() => renderSitemaps(makeEntries(1), { siteUrl: SITE, timeZone: 'UTC', maxBytes: 100 })).toThrow(RangeError);
  });
});
