// Issue 13: --keep-going publishes every article that can be published; without it the same
// problems stay errors.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectErrors } from '../../src/errors/index.js';
import { article, buildSite, runCli, writeSite } from '../helpers/site.js';

const codes = (list: { code: string }[]) => list.map((w) => w.code).sort();

describe('--keep-going', () => {
  const files = {
    'content/older.md': article({ title: 'Older', date: '2020-01-10', slug: 'same' }),
    'content/newer.md': article({ title: 'Newer', date: '2020-01-20', slug: 'same' }),
    'content/linked.md': article({ title: 'Linked', date: '2020-01-05', prev: 'no-such-story' }),
    'content/broken/index.md': article({ title: 'Broken', date: 'yesterday' }),
    'content/broken/chart.png': 'not really a png',
    'content/bundle/index.md': article({ title: 'Bundle', date: '2020-01-02' }),
    'content/bundle/map.png': 'a map',
  };

  it('the older article keeps a shared URL, an unknown prev falls back, a broken bundle publishes no files', async () => {
    const site = await buildSite(writeSite(files), {}, { keepGoing: true });
    expect(site.read('2020/01/same/index.html')).toContain('Older');
    const dup = site.stats.warnings.find((w) => w.code === 'DUPLICATE_URL')!;
    expect(dup.message).toContain('newer.md');
    expect(dup.message).toContain('older.md');
    expect(dup.location?.file).toBe('newer.md');
    const ref = site.stats.warnings.find((w) => w.code === 'UNKNOWN_ARTICLE_REF')!;
    expect(ref.message).toContain('neighbour in date order');
    // linked.md (Jan 5) falls back to its chronological neighbour, the bundle (Jan 2).
    expect(site.read('2020/01/linked/index.html')).toContain('/2020/01/bundle/');
    expect(codes(site.stats.warnings)).toEqual(['DUPLICATE_URL', 'FRONT_MATTER_INVALID', 'UNKNOWN_ARTICLE_REF']);
    expect(site.stats.invalid).toBe(2);
    expect(fs.existsSync(path.join(site.out, '2020/01/bundle/map.png'))).toBe(true);
    expect(JSON.stringify(fs.readdirSync(site.out, { recursive: true }))).not.toContain('chart.png');
  });

  it('without --keep-going the same archive fails with every problem', async () => {
    const error = await buildSite(writeSite(files)).catch((e: unknown) => e);
    expect(codes(collectErrors(error))).toEqual(['FRONT_MATTER_INVALID']);
    const { 'content/broken/index.md': _b, ...rest } = files;
    const index = await buildSite(writeSite(rest)).catch((e: unknown) => e);
    expect(codes(collectErrors(index))).toEqual(['DUPLICATE_URL', 'UNKNOWN_ARTICLE_REF']);
  });

  it('exits non-zero when no article of the folder could be published, leaving the output alone', () => {
    const root = writeSite({ 'content/a.md': article({ date: 'never' }), 'content/b.md': article({ title: '' }) });
    const r = runCli(['build', '--keep-going', '--no-cache'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error NOTHING_PUBLISHED');
    expect(r.stderr).toContain('All 2 articles were left out');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('prints warning counts by code, and --format json lists every warning', () => {
    const root = writeSite(files);
    const text = runCli(['build', '--keep-going', '--no-cache'], root);
    expect(text.code).toBe(0);
    expect(text.stderr).toContain('broadsheet: 3 warnings: 1 DUPLICATE_URL, 1 FRONT_MATTER_INVALID, 1 UNKNOWN_ARTICLE_REF');
    const json = runCli(['build', '--keep-going', '--no-cache', '--format', 'json'], root);
    const report = JSON.parse(json.stdout) as { errors: number; warnings: number; problems: { code: string; file: string }[] };
    expect(report.errors).toBe(0);
    expect(report.warnings).toBe(3);
    expect(codes(report.problems)).toEqual(['DUPLICATE_URL', 'FRONT_MATTER_INVALID', 'UNKNOWN_ARTICLE_REF']);
    expect(report.problems.find((p) => p.code === 'DUPLICATE_URL')!.file).toBe('content/newer.md');
  }, 60_000);
});

describe('HTML the sanitiser removes', () => {
  it('is a counted warning with file and line', async () => {
    const body = 'Fine.\n\n<div onclick="steal()">Text <script>alert(1)</script></div>\n\n[x](javascript:alert(1))';
    // Lines 1-5 are front matter; the div is on line 8 of the file, the link on line 10.
    const site = await buildSite(writeSite({ 'content/a.md': article({}, body) }));
    const removed = site.stats.warnings.filter((w) => w.code === 'HTML_REMOVED');
    expect(removed.map((w) => [w.location?.line, w.message.split(' in ')[0]])).toEqual([
      [8, 'The onclick attribute of <div>'],
      [8, 'The <script> element'],
      [10, 'The href attribute of <a>'],
    ]);
    expect(site.read('2020/01/a/index.html')).not.toContain('alert(1)');
  });
});
