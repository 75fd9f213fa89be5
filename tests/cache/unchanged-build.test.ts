// The whole-build fast path: a rebuild with nothing changed returns the last build's result without
// running the pipeline, and every kind of input change (or the clock reaching a dated event) defeats it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextDatedEvent, UNCHANGED_TIMING } from '../../src/cache/unchanged-build.js';
import type { BuildStats } from '../../src/types.js';
import { article, buildSite, snapshot, writeFiles, writeSite } from '../helpers/site.js';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const DAY = 86_400_000;

function site(): string {
  return writeSite({
    'content/2024/05/rice-price.md': article({ title: 'Rice price steady', date: '2024-05-20T09:00:00+07:00' }, 'Traders said so.'),
    'content/2024/05/late-bus.md': article({ title: 'Night bus runs late', date: '2024-05-31T19:00:00Z', photo: 'missing.jpg' }),
    'content/2024/06/ferry.md': article({ title: 'Ferry timetable', date: '2024-06-10T08:00:00+07:00' }, 'Scheduled story.'),
    'theme/partials/site-footer.hbs': '<footer>Our footer</footer>\n',
    'data/desk.json': '{ "phone": "012 345 678" }\n',
  });
}

const options = (root: string) => ({ templates: path.join(root, 'theme') });
const reusedIt = (stats: BuildStats) => UNCHANGED_TIMING in stats.timings;
const counts = ({ ms: _m, timings: _t, warnings, ...rest }: BuildStats) => ({
  ...rest,
  warnings: warnings.map((w) => [w.code, w.message]),
});

/** Rebuild with the cache; then a clean build of the same input at the same time must give the same bytes. */
async function rebuild(root: string, now = NOW, extra: Record<string, unknown> = {}) {
  const warm = await buildSite(root, { ...options(root), ...extra }, { now });
  const clean = path.join(root, 'clean');
  fs.rmSync(clean, { recursive: true, force: true });
  const fresh = await buildSite(root, { ...options(root), ...extra }, { now }, { out: path.join(clean, 'dist'), cacheDir: null });
  expect(snapshot(warm.out)).toEqual(snapshot(fresh.out));
  return warm.stats;
}

describe('the unchanged-build fast path', () => {
  it('reports what a no-change rebuild reports, warnings included, and leaves the output as it was', async () => {
    const root = site();
    const first = await buildSite(root, options(root), { now: NOW });
    expect(reusedIt(first.stats)).toBe(false);
    const before = snapshot(first.out);
    const fast = await buildSite(root, options(root), { now: NOW });
    expect(reusedIt(fast.stats)).toBe(true);
    expect(snapshot(fast.out)).toEqual(before);
    // Without the record, the same rebuild runs every stage: it must say the same.
    fs.rmSync(path.join(root, '.cache/unchanged-build.json'));
    const slow = await buildSite(root, options(root), { now: NOW });
    expect(reusedIt(slow.stats)).toBe(false);
    expect(counts(fast.stats)).toEqual(counts(slow.stats));
    expect(fast.stats.warnings.map((w) => w.code)).toContain('PHOTO_MISSING');
  });

  it('is defeated by every kind of input change', async () => {
    const root = site();
    await buildSite(root, options(root), { now: NOW });
    const file = path.join(root, 'content/2024/05/rice-price.md');
    const changes: [string, () => void][] = [
      ['content edit, same length', () => fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Traders', 'Farmers'))],
      ['new file', () => writeFiles(root, { 'content/2024/05/new-bridge.md': article({ title: 'New bridge' }) })],
      ['deleted file', () => fs.rmSync(path.join(root, 'content/2024/05/new-bridge.md'))],
      ['template', () => writeFiles(root, { 'theme/partials/site-footer.hbs': '<footer>Their footer</footer>\n' })],
      ['data file', () => writeFiles(root, { 'data/desk.json': '{ "phone": "098 765 432" }\n' })],
    ];
    for (const [what, change] of changes) {
      change();
      expect(reusedIt(await rebuild(root)), what).toBe(false);
      expect(reusedIt(await rebuild(root)), `${what}, then nothing`).toBe(true);
    }
    expect(reusedIt(await rebuild(root, NOW, { title: 'Renamed Times' })), 'config').toBe(false);
    expect(reusedIt(await rebuild(root, NOW, { title: 'Renamed Times' })), 'config, then nothing').toBe(true);
  });

  it('is defeated by a change to the source generator config above the content folder (Hugo site root)', async () => {
    const root = writeSite({
      'hugo/hugo.toml': 'baseURL = "https://old.example.org/"\n[permalinks]\nnews = "/:year/:month/:slug/"\n',
      'hugo/content/news/market-day.md': article({ title: 'Market day', date: '2024-05-02T08:00:00+07:00' }),
    });
    const hugo = { content: path.join(root, 'hugo/content') };
    await buildSite(root, {}, { now: NOW }, hugo);
    expect(reusedIt((await buildSite(root, {}, { now: NOW }, hugo)).stats)).toBe(true);
    writeFiles(root, { 'hugo/hugo.toml': 'baseURL = "https://old.example.org/"\n[permalinks]\nnews = "/stories/:slug/"\n' });
    const after = await buildSite(root, {}, { now: NOW }, hugo);
    expect(reusedIt(after.stats)).toBe(false);
    // The old address the new rule describes is now an alias of the article.
    expect(after.read('_redirects')).toContain('/stories/market-day/');
  });

  it('is defeated when the clock reaches an article coming due or leaving the news window', async () => {
    const root = site();
    await buildSite(root, options(root), { now: NOW });
    // 2024-05-31T19:00Z is in the 48-hour news window until 2024-06-02T19:00Z.
    expect(reusedIt(await rebuild(root, NOW + DAY / 2))).toBe(true);
    const leftWindow = await rebuild(root, NOW + 2 * DAY);
    expect(reusedIt(leftWindow)).toBe(false);
    expect(reusedIt(await rebuild(root, NOW + 3 * DAY))).toBe(true);
    expect(reusedIt(await rebuild(root, NOW + DAY)), 'a clock gone back').toBe(false);
    const due = await rebuild(root, Date.parse('2024-06-10T02:00:00Z'));
    expect(reusedIt(due)).toBe(false);
    expect(due.future).toBe(0);
  });

  it('finds the next dated event', () => {
    const window = 2 * DAY;
    expect(nextDatedEvent([NOW - 10 * DAY], NOW, window)).toBeNull();
    expect(nextDatedEvent([NOW - DAY, NOW + 5 * DAY], NOW, window)).toBe(NOW + DAY + 1);
    expect(nextDatedEvent([NOW + 5 * DAY, NOW + 3 * DAY], NOW, window)).toBe(NOW + 3 * DAY);
  });
});
