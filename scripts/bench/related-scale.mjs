#!/usr/bin/env node
// Related articles grow linearly: computeRelated on 20,000 articles that all share one tag must take
// well under 8x the time of its four quarters of 5,000 (pairwise scoring would be ~16x, linear ~4x).
//   npm run compile && node scripts/bench/related-scale.mjs
// A timing, so it lives here and not in the test suite (tests/news/related.test.ts checks the result).
// Best of five alternating rounds on the same heap; prints both times and the ratio, exits 1 at 8x or more.
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const lib = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../lib');
const load = (file) => import(pathToFileURL(path.join(lib, file)).href);
const { resolveConfig } = await load('config/index.js');
const { buildIndex } = await load('index/index.js');
const { computeRelated } = await load('index/related.js');
const { syntheticArticles } = await import('../synthetic-articles.mjs');

const N = 20_000;
const articles = syntheticArticles(N, 'Bench Times');
const config = resolveConfig({
  options: { title: 'Bench Times', baseUrl: 'https://news.example.org/', relatedCount: 5, search: 'none' },
  root: os.tmpdir(),
  themeDir: path.resolve(lib, '../templates'),
  overrides: {},
});
const site = buildIndex({ articles, assets: [], now: Date.parse('2024-06-01T00:00:00Z') }, config);
const all = site.articles;
const quarters = [0, 1, 2, 3].map((q) => all.slice(q * 5_000, (q + 1) * 5_000));
const time = (lists) => {
  const t = performance.now();
  for (const list of lists)
    computeRelated(
      list,
      list.map((_, i) => i),
      site.tags.terms.length,
      site.sections.terms.length,
      5,
    );
  return performance.now() - t;
};
time(quarters); // warm up the JIT
let [perQuarter, whole] = [Infinity, Infinity];
for (let run = 0; run < 5; run++) {
  perQuarter = Math.min(perQuarter, time(quarters) / 4);
  whole = Math.min(whole, time([all]));
}
const ratio = whole / perQuarter;
console.log(
  `related: 5,000 articles ${perQuarter.toFixed(1)} ms, 20,000 articles ${whole.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (limit 8)`,
);
process.exit(ratio < 8 ? 0 : 1);
