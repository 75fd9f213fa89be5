// The page-keys property test (page-keys-property.test.ts) on a multilingual archive (issue 16):
// edits that move an article between languages, link it to a translation or change what a
// language's lists, switcher and alternates show; incremental build == clean build after each.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { ARTICLES, SECTIONS, TAGS, expectIncrementalEqualsClean, initial, type Change } from './page-keys-archive.js';

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

describe('page keys against page contexts', () => {
  it('on a multilingual archive too: languages, translations and what their lists show', async () => {
    const langs = ['', 'km', '', 'fr', 'km'];
    const stories = Array.from({ length: ARTICLES }, (_, i) => ({ ...initial(i), lang: langs[i]!, translationKey: i < 2 ? 'k1' : '' }));
    await expectIncrementalEqualsClean(stories, languageEdit, 16, 50);
  }, 240_000);
});
