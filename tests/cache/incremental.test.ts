// A rebuild that reuses the cache and the previous output must produce exactly what a clean
// build produces, whatever changed in between.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, snapshot, writeFiles, writeSite } from '../helpers/site.js';

const TAGS = ['rice', 'floods', 'elections', 'tourism', 'football'];
const SECTIONS = ['National', 'Business', 'Sport'];

function archive(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + Math.floor(i / 28)).padStart(2, '0');
    files[`content/2020/${month}/story-${i}.md`] = article(
      {
        title: `"Story number ${i}"`,
        date: `2020-${month}-${day}T0${i % 10}:00:00+07:00`,
        section: SECTIONS[i % 3]!,
        tags: `[${TAGS[i % 5]}, ${TAGS[(i * 3) % 5]}]`,
        byline: i % 4 === 0 ? 'Sok Chenda and Jack Brook' : 'Sok Chenda',
        summary: `Summary ${i}.`,
      },
      `Paragraph one of story ${i}.\n\n| a | b |\n| - | - |\n| ${i} | x |\n`,
    );
  }
  return files;
}

const options = { perPage: 5, feed: { items: 5, content: 'full' } };

/** Build incrementally in root (kept cache and output), then clean in a copy; compare bytes. */
async function expectSameAsClean(root: string, change: () => void, extra: Record<string, unknown> = {}) {
  change();
  const incremental = await buildSite(root, { ...options, ...extra });
  const clean = path.join(root, 'clean');
  fs.rmSync(clean, { recursive: true, force: true });
  const fresh = await buildSite(root, { ...options, ...extra }, {}, { out: path.join(clean, 'dist'), cacheDir: null });
  expect(snapshot(incremental.out)).toEqual(snapshot(fresh.out));
  return incremental.stats;
}

describe('cached rebuilds equal clean builds', () => {
  it('after each kind of change', async () => {
    const root = writeSite(archive(40));
    const file = (i: number) => path.join(root, `content/2020/0${1 + Math.floor(i / 28)}/story-${i}.md`);
    const edit = (i: number, from: string | RegExp, to: string) =>
      fs.writeFileSync(file(i), fs.readFileSync(file(i), 'utf8').replace(from, to));
    const first = await buildSite(root, options);
    expect(first.stats.rendered).toBe(40);

    const unchanged = await expectSameAsClean(root, () => {});
    expect(unchanged).toMatchObject({ rendered: 0, write: { written: 0 } });

    const body = await expectSameAsClean(root, () => edit(7, 'Paragraph one of story 7.', 'Paragraph one, corrected.'));
    expect(body.rendered).toBe(1);
    expect(body.write.written).toBeGreaterThanOrEqual(1);

    const title = await expectSameAsClean(root, () => edit(8, 'Story number 8', 'Story number eight'));
    expect(title.rendered).toBe(0);
    await expectSameAsClean(root, () => edit(9, /date: .*/, 'date: 2020-02-20T23:00:00+07:00'));
    await expectSameAsClean(root, () => edit(10, /tags: .*/, 'tags: [rice, new-tag]'));
    await expectSameAsClean(root, () => edit(11, /section: .*/, 'section: World'));
    await expectSameAsClean(root, () =>
      writeFiles(root, { 'content/2020/03/brand-new.md': article({ title: 'Brand new', date: '2020-03-01' }) }),
    );
    const deleted = await expectSameAsClean(root, () => fs.rmSync(file(12)));
    expect(deleted.write.deleted).toBeGreaterThan(0);

    const theme = path.join(root, 'theme');
    writeFiles(root, { 'theme/partials/site-footer.hbs': '<footer>Changed footer</footer>\n' });
    const template = await expectSameAsClean(root, () => {}, { templates: theme });
    expect(template.rendered).toBe(0);
    expect(template.write.written).toBeGreaterThan(40);

    const config = await expectSameAsClean(root, () => {}, { templates: theme, title: 'Renamed Times', perPage: 3 });
    expect(config.rendered).toBe(0);
  });

  it('a corrupt cache entry is detected and rebuilt, never served', async () => {
    const root = writeSite(archive(3));
    const first = await buildSite(root, options);
    const bodies = path.join(root, '.cache/bodies');
    const entries = fs
      .readdirSync(bodies, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html'));
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      const f = path.join(bodies, entry);
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('Paragraph one', 'Tampered text'));
    }
    const articles = path.join(root, '.cache/articles.json');
    fs.writeFileSync(articles, fs.readFileSync(articles, 'utf8').replace('Story number 1', 'Tampered title'));
    // A new output folder forces every page to be rendered from the (tampered) cache.
    fs.rmSync(first.out, { recursive: true });
    const again = await buildSite(root, options);
    expect(again.stats.rendered).toBe(3);
    const page = again.read('2020/01/story-1/index.html');
    expect(page).toContain('Paragraph one of story 1.');
    expect(page).toContain('Story number 1');
    expect(page).not.toContain('Tampered');
  });

  it('deleting the cache at any time is safe', async () => {
    const root = writeSite(archive(5));
    const summaryFeeds = { feed: { items: 5, content: 'summary' } };
    await buildSite(root, { ...options, ...summaryFeeds });
    await expectSameAsClean(root, () => fs.rmSync(path.join(root, '.cache'), { recursive: true }), summaryFeeds);
    const file = path.join(root, 'content/2020/01/story-2.md');
    const edited = await expectSameAsClean(
      root,
      () => {
        fs.rmSync(path.join(root, '.cache'), { recursive: true });
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Paragraph one', 'New paragraph'));
      },
      summaryFeeds,
    );
    // Only the edited article needs its body; every other page is still current.
    expect(edited.rendered).toBe(1);
  });
});
