// Page keys (render/page-keys.ts) restate what each page shows, apart from the code that builds the
// page contexts. This property test is the proof that they agree: random single-field edits to a
// tiny archive, each followed by an incremental build that must equal a clean build byte for byte.
// A field a page shows but its key forgets leaves a stale page behind, and the comparison fails.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ARTICLES, NAMES, SECTIONS, TAGS, expectIncrementalEqualsClean, initial, type Change } from './page-keys-archive.js';

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

describe('page keys against page contexts', () => {
  it('an incremental build equals a clean one after every random single-field edit', async () => {
    const stories = Array.from({ length: ARTICLES }, (_, i) => initial(i));
    await expectIncrementalEqualsClean(stories, edit, 14, 200);
  }, 240_000);
});
