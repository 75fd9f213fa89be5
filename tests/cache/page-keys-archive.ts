// The tiny archive the page-keys property tests edit (page-keys-property.test.ts, and
// page-keys-languages.test.ts for multilingual archives), and the check they repeat: after each
// random edit, an incremental build equals a clean build byte for byte.
import fc from 'fast-check';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { buildSite, snapshot, writeSite } from '../helpers/site.js';

export const ARTICLES = 5;
export const SECTIONS = ['National', 'Business', "Don't Miss"];
export const TAGS = ['rice', 'floods', 'Phnom Penh', 'ភ្នំពេញ'];
export const NAMES = ['Sok Chenda', 'Jack Brook', 'Lim Dara'];

export interface Story {
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

export const initial = (i: number): Story => ({
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

export function fileText(s: Story): string {
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

export type Change = Partial<Story>;

/** Apply random edits one at a time; after each, the incremental build must equal a clean one. */
export async function expectIncrementalEqualsClean(
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
  // Clean builds by the content they were made from: with `now` fixed, a clean build is a function
  // of the content alone, so an edit that changes nothing or returns to an earlier state (a title
  // set to what it was, a draft flag set twice) is checked against the clean build made then.
  const cleanBuilds = new Map<string, Map<string, string>>();
  let lastClean = '';
  await fc.assert(
    fc.asyncProperty(edits, async ({ article, change }) => {
      Object.assign(stories[article]!, change);
      fs.writeFileSync(path.join(root, `content/2020/03/s${article}.md`), fileText(stories[article]!));
      const content = JSON.stringify(files());
      let expected = cleanBuilds.get(content);
      let incremental;
      if (expected) incremental = await buildSite(root, options);
      else {
        // The two builds share nothing but the content they read (own output folders, the clean one
        // without a cache), so they run side by side: one build's file writes, photo encoding and
        // fsyncs overlap the other's rendering. The previous clean output is removed meanwhile.
        const clean = path.join(root, `clean-${cases}`);
        let fresh;
        [incremental, fresh] = await Promise.all([
          buildSite(root, options),
          buildSite(root, options, {}, { out: path.join(clean, 'dist'), cacheDir: null }),
          lastClean && fs.promises.rm(lastClean, { recursive: true, force: true }),
        ]);
        lastClean = clean;
        expected = snapshot(fresh.out);
        cleanBuilds.set(content, expected);
      }
      expect(snapshot(incremental.out), JSON.stringify({ article, change })).toEqual(expected);
      cases++;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  expect(cases).toBe(runs);
}
