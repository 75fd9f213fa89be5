// The seeded corpus generator the suite and the benchmarks build on: same seed, same files.
import { describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import { generateCorpus } from '../../scripts/gen-corpus.mjs';

describe('scripts/gen-corpus.mjs', () => {
  const files = generateCorpus({ count: 200, seed: 5, khmerFraction: 0.1 });

  it('gives the same files for the same seed and different ones for another', () => {
    expect(generateCorpus({ count: 200, seed: 5, khmerFraction: 0.1 })).toEqual(files);
    expect(generateCorpus({ count: 200, seed: 6, khmerFraction: 0.1 })).not.toEqual(files);
  });

  it('writes one YYYY/MM/slug.md per article with the news front matter', () => {
    expect(new Set(files.map((f) => f.path)).size).toBe(200);
    for (const file of files) {
      expect(file.path).toMatch(/^20(1\d|2[0-4])\/(0[1-9]|1[0-2])\/[^/]+\.md$/u);
      const { data } = matter(file.text);
      expect(Object.keys(data)).toEqual(
        expect.arrayContaining(['title', 'date', 'byline', 'section', 'tags', 'photo', 'photo_credit', 'summary']),
      );
      expect(data.tags.length).toBeGreaterThan(0);
      // The folder is the local (+07:00) year and month of the date.
      const [, year, month] = /^date: (\d{4})-(\d{2})-\d{2}T[\d:]+\+07:00$/mu.exec(file.text)!;
      expect(file.path.startsWith(`${year}/${month}/`)).toBe(true);
    }
    expect(new Set(files.map((f) => String(matter(f.text).data.date))).size).toBe(200);
    // Some Khmer articles, with Khmer file names.
    expect(files.some((f) => /[\u1780-\u17ff]/u.test(f.path))).toBe(true);
  });

  it('makes bodies of the asked length, and long ones by default', () => {
    const words = (text: string) => matter(text).content.split(/\s+/).filter(Boolean).length;
    const short = generateCorpus({ count: 20, seed: 5, words: 30 });
    for (const file of short) expect(words(file.text)).toBeLessThan(120);
    for (const file of files.slice(0, 20)) expect(words(file.text)).toBeGreaterThan(300);
  });
});
