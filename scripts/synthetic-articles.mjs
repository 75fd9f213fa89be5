// Loaded articles made in memory, without files: n stories one minute apart from 2020-01-01, all
// in one section and all tagged "everything" (the worst case for related articles). Shared by
// tests/news/related.test.ts (what related gives at scale) and scripts/bench/related-scale.mjs
// (how its time grows), so both measure the same corpus.

/** @param {number} n @param {string} publication */
export function syntheticArticles(n, publication = 'Test Times') {
  const start = Date.parse('2020-01-01T00:00:00Z');
  return Array.from({ length: n }, (_, i) => ({
    file: `a/${String(i).padStart(6, '0')}.md`,
    bodyHash: `b${i}`,
    metaHash: `m${i}`,
    bodyLine: 5,
    bodyOffset: 40,
    title: `Story ${i}`,
    date: start + i * 60_000,
    authors: ['Sok Chenda'],
    publication,
    section: 'National',
    tags: ['everything'],
    slug: `story-${i}`,
    aliases: [],
    draft: false,
    corrections: [],
  }));
}
