// Page keys (render/page-keys.ts) restate what each page shows, apart from the code that builds the
// page contexts. This property test is the proof that they agree: random single-field edits to a
// tiny archive, each followed by an incremental build that must equal a clean build byte for byte.
// A field a page shows but its key forgets leaves a stale page behind, and the comparison fails.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite, snapshot, writeSite } from '../helpers/site.js';

const ARTICLES = 5;
const SECTIONS = ['National', 'Business', "Don't Miss"];
const TAGS = ['rice', 'floods', 'Phnom Penh', 'ភ្នំពេញ'];
const NAMES = ['Sok Chenda', 'Jack Brook', 'Lim Dara'];

interface Story {
  title: string;
  day: number;
  hour: number;
  section: string;
  tags: string[];
  byline: string[];
  summary: string;
  body: string;
  draft: boolean;
  updated: boolean;
  credit: string;
  /** Issue 16: a language of its own moves it to that language's pages; a key links translations. */
  lang?: string;
  translationKey?: string;
}

const initial = (i: number): Story => ({
  title: `Story ${i}`,
  day: 1 + i * 2,
  hour: 8,
  section: SECTIONS[i % SECTIONS.length]!,
  tags: [TAGS[i % TAGS.length]!],
  byline: [NAMES[i % NAMES.length]!],
  summary: `Summary ${i}.`,
  body: `Paragraph of story ${i}.`,
  draft: false,
  updated: false,
  credit: 'Staff',
});

function fileText(s: Story): string {
  const lines = [
    `title: ${JSON.stringify(s.title)}`,
    `date: 2020-03-${String(s.day).padStart(2, '0')}T${String(s.hour).padStart(2, '0')}:00:00+07:00`,
    `section: ${JSON.stringify(s.section)}`,
    `tags: ${JSON.stringify(s.tags)}`,
    `byline: ${JSON.stringify(s.byline.join(' and '))}`,
    `summary: ${JSON.stringify(s.summary)}`,
    `photo: { src: /images/p.svg, alt: "A photo", credit: ${JSON.stringify(s.credit)} }`,
    ...(s.updated ? ['updated: 2020-04-01T09:00:00+07:00'] : []),
    ...(s.draft ? ['draft: true'] : []),
    ...(s.lang ? [`lang: ${s.lang}`] : []),
    ...(s.translationKey ? [`translationKey: ${s.translationKey}`] : []),
  ];
  return `---\n${lines.join('\n')}\n---\n${s.body}\n`;
}

type Change = Partial<Story>;

// One edit: which article, and a change to exactly one of its fields.
const edit = fc.record({
  article: fc.integer({ min: 0, max: ARTICLES - 1 }),
  change: fc.oneof<fc.Arbitrary<Change>[]>(
    fc.constantFrom('Rice harvest', 'Story 0', 'Floods & “rain”', 'ការប្រកួត').map((title) => ({ title })),
    fc.integer({ min: 1, max: 12 }).map((day) => ({ day })),
    fc.integer({ min: 0, max: 23 }).map((hour) => ({ hour })),
    fc.constantFrom(...SECTIONS, 'Sport').map((section) => ({ section })),
    fc.subarray(TAGS).map((tags) => ({ tags })),
    fc.subarray(NAMES, { minLength: 1 }).map((byline) => ({ byline })),
    fc.constantFrom('A new summary.', '', 'Summary 1.').map((summary) => ({ summary })),
    fc
      .constantFrom('Edited body.', '| a |\n| - |\n| 1 |', '**Bold** start.', 'In the body: ![A photo](/images/p.svg)')
      .map((body) => ({ body })),
    fc.boolean().map((draft) => ({ draft })),
    fc.boolean().map((updated) => ({ updated })),
    fc.constantFrom('Staff', 'Wire', 'Reader').map((credit) => ({ credit })),
  ),
});

// On a multilingual archive: what moves an article between languages or links it to another,
// and what a language's lists, switcher and alternates show of it.
const languageEdit = fc.record({
  article: fc.integer({ min: 0, max: ARTICLES - 1 }),
  change: fc.oneof<fc.Arbitrary<Change>[]>(
    fc.constantFrom('', 'km', 'fr', 'en').map((lang) => ({ lang })),
    fc.constantFrom('', 'k1', 'k2').map((translationKey) => ({ translationKey })),
    fc.constantFrom('Rice harvest', 'ការប្រកួត').map((title) => ({ title })),
    fc.integer({ min: 1, max: 12 }).map((day) => ({ day })),
    fc.constantFrom(...SECTIONS).map((section) => ({ section })),
    fc.subarray(TAGS).map((tags) => ({ tags })),
    fc.boolean().map((draft) => ({ draft })),
  ),
});

/** Apply random edits one at a time; after each, the incremental build must equal a clean one. */
async function expectIncrementalEqualsClean(
  stories: Story[],
  edits: fc.Arbitrary<{ article: number; change: Change }>,
  seed: number,
  runs: number,
) {
  const files = () => Object.fromEntries(stories.map((s, i) => [`content/2020/03/s${i}.md`, fileText(s)]));
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="3"></svg>';
  const root = writeSite({ ...files(), 'static/images/p.svg': svg });
  // One small rendition format: photo encoding is not what this test is about, and the clean build re-encodes every time.
  const options = { perPage: 2, relatedCount: 2, feed: { items: 3, content: 'full' }, photos: { widths: [400], formats: ['webp'] } };
  await buildSite(root, options);
  let cases = 0;
  await fc.assert(
    fc.asyncProperty(edits, async ({ article, change }) => {
      Object.assign(stories[article]!, change);
      fs.writeFileSync(path.join(root, `content/2020/03/s${article}.md`), fileText(stories[article]!));
      const incremental = await buildSite(root, options);
      const clean = path.join(root, 'clean');
      fs.rmSync(clean, { recursive: true, force: true });
      const fresh = await buildSite(root, options, {}, { out: path.join(clean, 'dist'), cacheDir: null });
      expect(snapshot(incremental.out), JSON.stringify({ article, change })).toEqual(snapshot(fresh.out));
      cases++;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  expect(cases).toBe(runs);
}

describe('page keys against page contexts', () => {
  it('an incremental build equals a clean one after every random single-field edit', async () => {
    const stories = Array.from({ length: ARTICLES }, (_, i) => initial(i));
    await expectIncrementalEqualsClean(stories, edit, 14, 200);
  }, 240_000);

  it('on a multilingual archive too: languages, translations and what their lists show', async () => {
    const langs = ['', 'km', '', 'fr', 'km'];
    const stories = Array.from({ length: ARTICLES }, (_, i) => ({ ...initial(i), lang: langs[i]!, translationKey: i < 2 ? 'k1' : '' }));
    await expectIncrementalEqualsClean(stories, languageEdit, 16, 50);
  }, 240_000);
});
