// The two slug rules, side by side on the same names: where they agree and where they differ.
import { describe, expect, it } from 'vitest';
import { slugify, termSlug } from '../../src/shared/slug.js';

// [input, article slug (slugify), term slug (termSlug)]
const TABLE: [string, string, string][] = [
  ['Rice farmers expect bumper harvest', 'rice-farmers-expect-bumper-harvest', 'rice-farmers-expect-bumper-harvest'],
  ["Don't Miss", 'dont-miss', 'dont-miss'],
  ['Women’s rights', 'womens-rights', 'womens-rights'],
  ['Q&A', 'q-a', 'qa'],
  ['C++', 'c', 'c'],
  ['Phnom Penh', 'phnom-penh', 'phnom-penh'],
  ['  Spaced   out  ', 'spaced-out', 'spaced-out'],
  ['already-hyphenated', 'already-hyphenated', 'already-hyphenated'],
  ['snake_case', 'snake_case', 'snake_case'],
  ['2019: a year', '2019-a-year', '2019-a-year'],
  ['Đặng Minh Châu', 'đặng-minh-châu', 'đặng-minh-châu'],
  ['បុណ្យអុំទូក', 'បុណ្យអុំទូក', 'បុណ្យអុំទូក'],
  ['ភ្នំពេញ ថ្មី', 'ភ្នំពេញ-ថ្មី', 'ភ្នំពេញ-ថ្មី'],
  ['Covid-19 / health', 'covid-19-health', 'covid-19-health'],
  ['!!!', '', ''],
  ['Café (decomposed e\u0301)', 'café-decomposed-é', 'café-decomposed-é'],
];

describe('the slug module', () => {
  it.each(TABLE)('%j: article slug %j, term slug %j', (input, article, term) => {
    expect(slugify(input)).toBe(article);
    expect(termSlug(input)).toBe(term);
  });

  it('gives slugs that are already their own slug, with no path separator', () => {
    for (const [input] of TABLE) {
      for (const slug of [slugify(input), termSlug(input)]) {
        expect(slugify(slug)).toBe(slug);
        expect(slug).not.toMatch(/[/\\]|\.\./);
      }
    }
  });
});
