// Issue 13: random archives mixing valid, broken and pathological articles, built with
// --keep-going: every valid article is published and every bad one is named exactly once.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectErrors, type BroadsheetError } from '../../src/errors/index.js';
import { buildSite, writeSite } from '../helpers/site.js';

type Kind = 'valid' | 'same-slug' | 'bad-date' | 'no-title' | 'deep-list' | 'dense-marks' | 'wide-table' | 'alias-bomb' | 'deep-json';

const KINDS: Kind[] = ['valid', 'same-slug', 'bad-date', 'no-title', 'deep-list', 'dense-marks', 'wide-table', 'alias-bomb', 'deep-json'];

const bomb = [
  'a: &a [x, x, x, x, x, x, x, x]',
  ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(8).fill(`*${'abcdefg'[i]}`).join(', ')}]`),
].join('\n');

/** The text of article i of a kind; dates and names differ, so no two share a URL. */
function articleText(kind: Kind, i: number, words: string): string {
  const date = `2021-03-${String((i % 28) + 1).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z`;
  const fm = (extra = '', title = `Story ${i}`) => `---\ntitle: ${title}\ndate: ${kind === 'bad-date' ? 'soon' : date}\n${extra}---\n`;
  switch (kind) {
    case 'valid':
    case 'bad-date':
      return `${fm()}${words || 'Plain words.'}\n`;
    case 'same-slug':
      return `${fm('slug: shared\n')}${words || 'Same address.'}\n`;
    case 'no-title':
      return `---\ndate: ${date}\n---\nNo headline.\n`;
    case 'deep-list':
      return `${fm()}${words}\n\n${'- '.repeat(40 + i)}x\n`;
    case 'dense-marks':
      return `${fm()}${'*_'.repeat(2600 + i)}a\n`;
    case 'wide-table':
      return `${fm()}|${'c|'.repeat(400)}\n|${'-|'.repeat(400)}\n${'r\n'.repeat(260)}`;
    case 'alias-bomb':
      return `${fm(`${bomb}\n`)}Body.\n`;
    case 'deep-json':
      return `---json\n{"title": "Story ${i}", "date": "${date}", "x": ${'['.repeat(50)}${']'.repeat(50)}}\n---\nBody.\n`;
  }
}

const archive = fc.array(fc.record({ kind: fc.constantFrom(...KINDS), words: fc.stringMatching(/^[A-Za-z ,.]{0,40}$/) }), {
  minLength: 1,
  maxLength: 8,
});

describe('random archives under --keep-going', () => {
  it('publish every valid article and name every bad one once', async () => {
    await fc.assert(
      fc.asyncProperty(archive, async (items) => {
        const files = Object.fromEntries(items.map((item, i) => [`content/a${i}.md`, articleText(item.kind, i, item.words.trim())]));
        const root = writeSite(files);
        let problems: BroadsheetError[];
        let out: string | undefined;
        try {
          const site = await buildSite(root, { search: 'none' }, { keepGoing: true }, { cacheDir: null });
          problems = site.stats.warnings;
          out = site.out;
        } catch (error) {
          problems = collectErrors(error);
          // Only when nothing could be published does the build fail.
          expect(items.every((it) => it.kind !== 'valid' && it.kind !== 'same-slug')).toBe(true);
          expect(problems.filter((p) => p.code === 'NOTHING_PUBLISHED')).toHaveLength(1);
        }
        // Of the articles at one URL the oldest (dates grow with the index) keeps it; the others are bad.
        const keeper = items.findIndex((it) => it.kind === 'same-slug');
        if (keeper >= 0 && out) expect(fs.readFileSync(path.join(out, '2021/03/shared/index.html'), 'utf8')).toContain(`Story ${keeper}<`);
        items.forEach((item, i) => {
          const named = problems.filter((p) => p.location?.file === `a${i}.md`);
          if (item.kind === 'same-slug' && i === keeper) {
            expect(named, `a${i}.md keeps the shared URL`).toHaveLength(0);
          } else if (item.kind === 'valid') {
            expect(named, `a${i}.md (${item.kind})`).toHaveLength(0);
            expect(fs.existsSync(path.join(out!, `2021/03/a${i}/index.html`)), `a${i}.md published`).toBe(true);
          } else {
            expect(named, `a${i}.md (${item.kind})`).toHaveLength(1);
            if (out) expect(fs.existsSync(path.join(out, `2021/03/a${i}/index.html`))).toBe(false);
          }
        });
        fs.rmSync(root, { recursive: true, force: true });
      }),
      { numRuns: 12, seed: 13 },
    );
  }, 180_000);
});
