// The rule that makes dev trustworthy: after any sequence of edits, what dev serves is byte for byte
// what a clean `build --drafts --future` of the same files produces, apart from the injected script.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildOutcome } from '../../src/dev/index.js';
import { article, listFiles, writeFiles } from '../helpers/site.js';
import {
  BASE_PATH,
  change,
  changedFiles,
  expectServedEqualsClean,
  fetchBytes,
  startDev,
  withoutInjection,
  writeDevSite,
  type StartedDev,
} from './dev-helpers.js';

const written = (outcomes: BuildOutcome[]) => outcomes.reduce((n, o) => n + (o.ok ? o.stats.write.written : 0), 0);
const rendered = (outcomes: BuildOutcome[]) => outcomes.reduce((n, o) => n + (o.ok ? o.stats.rendered : 0), 0);

describe('broadsheet dev serves what a clean build writes', () => {
  let started: StartedDev | undefined;
  afterAll(async () => {
    await started?.dev.close();
  });

  it('after every step of a scripted sequence of edits', async () => {
    const root = writeDevSite();
    const file = (rel: string) => path.join(root, 'content', rel);
    const edit = (rel: string, from: string, to: string) => {
      const text = fs.readFileSync(file(rel), 'utf8');
      expect(text).toContain(from);
      fs.writeFileSync(file(rel), text.replace(from, to));
    };
    started = await startDev(root);
    const s = started;
    expect(s.outcomes.at(-1)?.ok).toBe(true);
    let clean = await expectServedEqualsClean(s, root);
    // Drafts and scheduled articles are in, and marked.
    const draft = (await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/echo/`)).body.toString();
    expect(draft).toContain('<strong class="status-label">Draft</strong>');
    const scheduled = (await fetchBytes(`${s.origin}${BASE_PATH}/2030/01/foxtrot/`)).body.toString();
    expect(scheduled).toContain('<strong class="status-label">Scheduled</strong>');
    expect((await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/alpha/`)).body.toString()).not.toContain('status-label');

    // A body edit renders one body and writes one page: the article's own.
    let step = await change(s, () => edit('2020/01/bravo.md', 'Bravo body.', 'Bravo body, corrected.'));
    expect(rendered(step)).toBe(1);
    expect(written(step)).toBe(1);
    let next = await expectServedEqualsClean(s, root);
    expect(changedFiles(clean, next)).toEqual(['2020/01/bravo/index.html']);
    clean = next;

    // A title and date change moves the article to the front: neighbours, lists and feeds change, nothing else.
    step = await change(s, () => {
      edit('2020/01/charlie.md', 'title: Charlie', 'title: Charlie moved');
      edit('2020/01/charlie.md', '2020-01-03T09:00:00', '2019-12-31T09:00:00');
    });
    next = await expectServedEqualsClean(s, root);
    const moved = changedFiles(clean, next);
    expect(written(step)).toBe(moved.length);
    expect(moved).toContain('2020/01/alpha/index.html'); // its new next article
    expect(moved).toContain('2020/01/bravo/index.html'); // had it as next, no longer
    expect(moved).not.toContain('2030/01/foxtrot/index.html');
    clean = next;

    step = await change(s, () =>
      writeFiles(root, { 'content/2020/02/golf.md': article({ title: 'Golf', date: '2020-02-01T09:00:00+07:00' }, 'New story.') }),
    );
    next = await expectServedEqualsClean(s, root);
    expect(written(step)).toBe(changedFiles(clean, next).length);
    clean = next;

    await change(s, () => fs.rmSync(file('2020/01/delta.md')));
    clean = await expectServedEqualsClean(s, root);
    expect((await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/delta/`)).status).toBe(404);

    await change(s, () => fs.renameSync(file('2020/01/alpha.md'), file('2020/01/alpha-renamed.md')));
    clean = await expectServedEqualsClean(s, root);
    expect((await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/alpha/`)).status).toBe(404);

    const themeFooter = path.join(root, 'theme/partials/site-footer.hbs');
    step = await change(s, () =>
      fs.writeFileSync(themeFooter, fs.readFileSync(themeFooter, 'utf8').replace('Local footer v1', 'Local footer v2')),
    );
    expect(rendered(step)).toBe(0); // templates changed, Markdown did not
    clean = await expectServedEqualsClean(s, root);
    expect(fs.readFileSync(path.join(clean, 'index.html'), 'utf8')).toContain('Local footer v2');

    const configFile = path.join(root, 'broadsheet.config.json');
    await change(s, () => fs.writeFileSync(configFile, fs.readFileSync(configFile, 'utf8').replace('Dev Times', 'Dev Daily')));
    clean = await expectServedEqualsClean(s, root);
    expect(fs.readFileSync(path.join(clean, 'index.html'), 'utf8')).toContain('Dev Daily');

    // A burst (a git checkout) of many new files is batched, and ends as a clean build would.
    step = await change(s, () => {
      for (let i = 0; i < 40; i++) {
        fs.mkdirSync(file('2021/03'), { recursive: true });
        fs.writeFileSync(
          file(`2021/03/burst-${i}.md`),
          article({ title: `Burst ${i}`, date: `2021-03-${String(1 + (i % 28)).padStart(2, '0')}` }),
        );
      }
    });
    expect(step.length).toBeLessThan(40);
    clean = await expectServedEqualsClean(s, root);

    // A broken article: the terminal gets the error, the browser an overlay, and the last good site stays.
    const before = new Map(listFiles(clean).map((f) => [f, fs.readFileSync(path.join(clean, f))]));
    step = await change(s, () => edit('2020/01/bravo.md', 'title: Bravo', 'title: Bravo\nsummary: [<script>alert(1)</script>'));
    const failed = step.at(-1)!;
    expect(failed.ok).toBe(false);
    if (!failed.ok)
      expect(failed.problems[0]).toMatchObject({
        code: 'FRONT_MATTER_SYNTAX',
        where: expect.stringMatching(/^content\/2020\/01\/bravo\.md:\d+/),
      });
    for (const [f, bytes] of before) {
      const served = await fetchBytes(`${s.origin}${BASE_PATH}/${encodeURI(f)}`);
      expect(withoutInjection(served.body, f).equals(bytes), `${f} is still the last good build`).toBe(true);
    }
    const page = (await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/bravo/`)).body.toString();
    expect(page).toContain('id="broadsheet-dev-overlay"');
    expect(page).toMatch(/<strong>content\/2020\/01\/bravo\.md:\d+(:\d+)?<\/strong>/);
    expect(page).toContain('FRONT_MATTER_SYNTAX');
    expect(page).toContain('Hint: ');
    expect(page).toContain('summary: [&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('<script>alert(1)</script>');
    const missing = await fetchBytes(`${s.origin}${BASE_PATH}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('id="broadsheet-dev-overlay"');

    // Fixing it clears the overlay.
    await change(s, () => edit('2020/01/bravo.md', '\nsummary: [<script>alert(1)</script>', ''));
    expect(s.outcomes.at(-1)?.ok).toBe(true);
    await expectServedEqualsClean(s, root);
    expect((await fetchBytes(`${s.origin}${BASE_PATH}/2020/01/bravo/`)).body.toString()).not.toContain('broadsheet-dev-overlay');
  });
});

describe('broadsheet dev with a broken site at start', () => {
  it('serves the error overlay until the file is fixed, then the site', async () => {
    const root = writeDevSite();
    const broken = path.join(root, 'content/2020/01/alpha.md');
    fs.writeFileSync(broken, '---\ntitle: Alpha\ndate: not a date\n---\nAlpha body.\n');
    const s = await startDev(root);
    try {
      expect(s.outcomes.at(-1)?.ok).toBe(false);
      const home = await fetchBytes(`${s.origin}${BASE_PATH}/`);
      expect(home.status).toBe(404);
      expect(home.body.toString()).toContain('id="broadsheet-dev-overlay"');
      expect(home.body.toString()).toContain('content/2020/01/alpha.md:3');
      await change(s, () => fs.writeFileSync(broken, article({ title: 'Alpha', date: '2020-01-01T09:00:00+07:00' }, 'Alpha body.')));
      expect(s.outcomes.at(-1)?.ok).toBe(true);
      await expectServedEqualsClean(s, root);
    } finally {
      await s.dev.close();
    }
  });
});
