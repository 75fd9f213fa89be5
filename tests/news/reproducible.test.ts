// SOURCE_DATE_EPOCH makes the example archive's CLI build byte-for-byte reproducible, and
// decides what the news sitemap holds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, snapshot } from '../helpers/site.js';

// The newest example article that is neither a draft nor dated in the future (checked against
// content/: the 2099 preview is future-dated and the budget explainer is a draft).
const NEWEST = { date: '2020-03-16T15:00:00+07:00', url: 'https://archive.example.org/2020/03/football-season-postponed/' };
const SAME_DAY = 'https://archive.example.org/2020/03/schools-close-as-a-precaution/';
const HOUR = 3600;

/** Build the example archive with the CLI into a new empty folder; return the folder. */
function buildExample(epoch: number, extraArgs: string[] = []): string {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-repro-')), 'out');
  const result = runCli(['build', '--out', out, '--no-cache', ...extraArgs], repoRoot, { SOURCE_DATE_EPOCH: String(epoch) });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return out;
}

const xml = new XMLParser({ parseTagValue: false, isArray: (n) => n === 'url' });
const newsLocs = (out: string): string[] =>
  (xml.parse(fs.readFileSync(path.join(out, 'news-sitemap.xml'), 'utf8')).urlset.url ?? []).map((u: { loc: string }) => u.loc);

describe('reproducible builds', () => {
  // Default worker threads here, so the order pages come back from threads is part of the test.
  it('two CLI builds with the same SOURCE_DATE_EPOCH into different folders are byte-identical', () => {
    const a = snapshot(buildExample(1_700_000_000));
    const b = snapshot(buildExample(1_700_000_000));
    expect(a.size).toBeGreaterThan(200);
    expect([...a.keys()]).toEqual([...b.keys()]);
    const differing = [...a.keys()].filter((f) => a.get(f) !== b.get(f));
    expect(differing).toEqual([]);
  });

  it('the news sitemap holds the newest article one hour after it, and nothing three days later', () => {
    const published = Date.parse(NEWEST.date) / 1000;
    // Rendering in the main thread is quicker for 54 articles and changes nothing here.
    const soon = buildExample(published + HOUR, ['--workers', '0']);
    expect(newsLocs(soon)).toEqual([NEWEST.url, SAME_DAY]);
    const entry = xml.parse(fs.readFileSync(path.join(soon, 'news-sitemap.xml'), 'utf8')).urlset.url[0];
    expect(entry['news:news']).toEqual({
      'news:publication': { 'news:name': 'Khmer Times', 'news:language': 'en' },
      'news:publication_date': NEWEST.date,
      'news:title': 'Football season postponed',
    });

    const later = buildExample(published + 72 * HOUR, ['--workers', '0']);
    // Nothing recent: no news sitemap at all (an empty urlset fails the schema), and robots.txt stops naming it.
    expect(fs.existsSync(path.join(later, 'news-sitemap.xml'))).toBe(false);
    expect(fs.readFileSync(path.join(later, 'robots.txt'), 'utf8')).not.toContain('news-sitemap.xml');
    // Still published, just no longer news.
    expect(fs.readFileSync(path.join(later, 'sitemap.xml'), 'utf8')).toContain(`<loc>${NEWEST.url}</loc>`);
  });
});
