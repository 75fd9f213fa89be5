// Search split into bundles (per language, and per year in large languages), merged the way the
// search page merges them, run with Pagefind's own script: the same results as one index per
// language, a rebuild that re-indexes only the bundle that changed, Khmer words found inside
// phrases written without spaces, and bookkeeping that is the same bytes build after build.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSiteSearch, type SiteSearch } from '../helpers/pagefind-query.js';
import { article, buildSite, siteConfig, writeSite } from '../helpers/site.js';
import { build } from '../../src/build.js';
import { readManifest } from '../../src/cache/output-manifest.js';
import { markWords, unmarkWords, WORD_MARK } from '../../src/search/segment.js';

const NOW = Date.parse('2024-06-01T00:00:00Z');
const SEARCH = { search: 'pagefind' };

const en = (slug: string, date: string, title: string, body: string) => ({
  [`content/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}.md`]: article({ title, date: `${date}T09:00:00+07:00` }, body),
});
const km = (slug: string, date: string, title: string, body: string) => ({
  [`content/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}.md`]: article({ title, date: `${date}T09:00:00+07:00`, lang: 'km' }, body),
});

function archive(): string {
  return writeSite({
    ...en('ferry', '2018-03-02', 'Ferry service resumes', 'The river ferry runs again after the flood; fishermen welcome the ferry.'),
    ...en('bridge', '2018-07-09', 'Bridge opens to traffic', 'A new bridge carries traffic across the river to the market.'),
    ...en('market', '2019-02-11', 'Market stalls rebuilt', 'Traders rebuilt the market after the fire, with help from the province.'),
    ...en('harvest', '2019-10-20', 'Rice harvest starts early', 'Farmers started the rice harvest early because the rains came late.'),
    ...en('school', '2020-01-06', 'School year begins', 'Pupils returned to school; the river road to the school was repaired.'),
    ...en('clinic', '2020-05-14', 'Clinic extends hours', 'The district clinic now opens in the evening for farmers and traders.'),
    ...km('festival', '2019-11-11', 'ពិធីបុណ្យអុំទូកនៅភ្នំពេញ', 'ប្រជាពលរដ្ឋរាប់ម៉ឺននាក់ចូលរួមពិធីបុណ្យអុំទូកនៅមាត់ទន្លេក្នុងរាជធានីភ្នំពេញ។'),
    ...km('rice', '2020-07-01', 'កសិករស្ទូងស្រូវ', 'កសិករនៅខេត្តតាកែវចាប់ផ្ដើមស្ទូងស្រូវបន្ទាប់ពីភ្លៀងធ្លាក់។'),
  });
}

const QUERIES = ['river', 'market', 'farmers', 'ferry', 'school', 'harvest', 'traffic', 'ភ្នំពេញ', 'បុណ្យអុំទូក', 'ស្រូវ'];

describe('search bundles', () => {
  let root: string;
  let split: Awaited<ReturnType<typeof buildSite>>;
  let whole: Awaited<ReturnType<typeof buildSite>>;
  const open: SiteSearch[] = [];
  const openSearch = async (dist: string, langs?: string[]) => {
    const s = await openSiteSearch(dist, langs);
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    root = archive();
    // English has 6 articles: above 2 it is split by year; Khmer (2) stays one bundle.
    split = await buildSite(root, SEARCH, { searchSplitAbove: 2 });
    whole = await buildSite(root, SEARCH, { searchSplitAbove: 1000 }, { out: path.join(root, 'dist-whole') });
  });

  afterAll(async () => {
    for (const s of open) await s.close();
  });

  it('splits a large language by year and keeps a small one whole', async () => {
    expect(split.stats.search).toMatchObject({ bundles: 4, rebuilt: 4, indexed: 8 });
    const s = await openSearch(split.out);
    expect(s.bundles.map((b) => b.id)).toEqual(['en/2018', 'en/2019', 'en/2020', 'km']);
    expect(whole.stats.search).toMatchObject({ bundles: 2 });
    // Pagefind's scripts once at the top, each bundle with the two it starts from.
    for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'en/2019/pagefind.js', 'en/2019/pagefind-entry.json', 'km/pagefind-entry.json'])
      expect(fs.existsSync(path.join(split.out, 'pagefind', f)), f).toBe(true);
    expect(fs.existsSync(path.join(split.out, 'pagefind/en/2019/pagefind-ui.js'))).toBe(false);
  });

  it('finds what one index per language finds, bundles merged as the search page merges them', async () => {
    for (const langs of [['en'], ['km'], undefined]) {
      const merged = await openSearch(split.out, langs);
      const one = await openSearch(whole.out, langs);
      for (const q of QUERIES) {
        const a = (await merged.search(q)).map((r) => r.url).sort();
        const b = (await one.search(q)).map((r) => r.url).sort();
        expect(a, `${q} in ${langs?.join() ?? 'all'}`).toEqual(b);
      }
    }
    // Not trivially equal: the queries do find pages, in more than one bundle.
    const all = await openSearch(split.out);
    expect((await all.search('river')).map((r) => r.url).sort()).toEqual(['/2018/03/ferry/', '/2018/07/bridge/', '/2020/01/school/']);
  });

  it('searches its own language unless every language is chosen', async () => {
    const english = await openSearch(split.out, ['en']);
    const everything = await openSearch(split.out);
    expect(await english.search('ភ្នំពេញ')).toEqual([]);
    expect((await everything.search('ភ្នំពេញ')).map((r) => r.url)).toEqual(['/km/2019/11/festival/']);
    expect((await english.search('farmers')).map((r) => r.url).sort()).toEqual(['/2019/10/harvest/', '/2020/05/clinic/']);
  });

  it('finds Khmer words inside phrases written without spaces, with the excerpt from the body as written', async () => {
    const khmer = await openSearch(split.out, ['km']);
    const festival = await khmer.search('បុណ្យអុំទូក');
    expect(festival.map((r) => r.url)).toEqual(['/km/2019/11/festival/']);
    // The marks between clusters are gone from what the reader sees.
    expect(festival[0]!.excerpt.replace(/<\/?mark>/g, '')).toContain('ចូលរួមពិធីបុណ្យអុំទូកនៅមាត់ទន្លេ');
    expect(festival[0]!.title).toBe('ពិធីបុណ្យអុំទូកនៅភ្នំពេញ');
    expect((await khmer.search('ស្រូវ')).map((r) => r.url)).toEqual(['/km/2020/07/rice/']);
    // The excerpt is the body's: the headline (Pagefind's title) is not repeated in it.
    expect(festival[0]!.excerpt).not.toContain('ពិធីបុណ្យអុំទូកនៅភ្នំពេញ');
  });

  it('rebuilds only the bundle whose page changed, and keeps the others byte for byte', async () => {
    const before = fs.readFileSync(path.join(split.out, 'pagefind/en/2018/pagefind-entry.json'));
    const again = await buildSite(root, SEARCH, { searchSplitAbove: 2 });
    expect(again.stats.search).toMatchObject({ rebuilt: 0, indexed: 0, kept: true });
    expect(again.stats.write.written).toBe(0);
    fs.appendFileSync(path.join(root, 'content/2020/05/clinic.md'), '\nA mobile clinic visits the floating village.\n');
    const edited = await buildSite(root, SEARCH, { searchSplitAbove: 2 });
    expect(edited.stats.search).toMatchObject({ bundles: 4, rebuilt: 1, indexed: 2, kept: false });
    expect(fs.readFileSync(path.join(edited.out, 'pagefind/en/2018/pagefind-entry.json'))).toEqual(before);
    const s = await openSearch(edited.out);
    expect((await s.search('floating')).map((r) => r.url)).toEqual(['/2020/05/clinic/']);
    expect((await s.search('ferry')).map((r) => r.url)).toEqual(['/2018/03/ferry/']);
  });

  it('writes the same bookkeeping bytes for the same input, whatever order the workers finish in', async () => {
    const builds = [];
    for (const dir of ['a', 'b']) {
      const config = siteConfig(root, SEARCH, { out: path.join(root, `dist-${dir}`), cacheDir: path.join(root, `cache-${dir}`) });
      await build(config, { threads: 2, now: NOW, searchSplitAbove: 2 });
      builds.push(config.outDir);
    }
    const manifest = (dir: string) => fs.readFileSync(path.join(dir, '.broadsheet/manifest.json'), 'utf8');
    expect(manifest(builds[1]!)).toBe(manifest(builds[0]!));
    const written = readManifest(builds[0]!);
    if (typeof written !== 'object') throw new Error(`manifest is ${written}`);
    const paths = Object.keys(written.files);
    expect(paths).toEqual([...paths].sort());
  });
});

describe('word marks', () => {
  it('cuts Khmer into clusters, Lao and Myanmar at dictionary words, and leaves other scripts alone', () => {
    expect(markWords('ភ្នំពេញ', '|')).toBe('ភ្នំ|ពេ|ញ');
    expect(markWords('Phnom Penh ភ្នំពេញ', '|')).toBe('Phnom Penh ភ្នំ|ពេ|ញ');
    expect(markWords('ພາສາລາວເປັນພາສາທາງການ', '|')).toBe('ພາສາ|ລາວ|ເປັນ|ພາສາ|ທາງການ');
    expect(markWords('日本語 and English', '|')).toBe('日本語 and English');
  });

  it('takes the marks out again, around highlights too, and never a hyphen in Latin text', () => {
    const marked = markWords('ពិធីបុណ្យ', WORD_MARK);
    expect(marked).not.toBe('ពិធីបុណ្យ');
    expect(unmarkWords(marked)).toBe('ពិធីបុណ្យ');
    expect(unmarkWords('ពិ-<mark>ធី</mark>-បុ')).toBe('ពិ<mark>ធី</mark>បុ');
    expect(unmarkWords('well-known')).toBe('well-known');
  });
});
