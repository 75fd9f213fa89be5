// A bilingual archive built and checked through the CLI: the language of each page decides its
// interface strings and dates, parts in another language say so, feeds carry each item's language.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-main.js';
import { article, writeSite } from '../helpers/site.js';

const SITE = {
  'broadsheet.config.json': JSON.stringify({
    title: 'Mekong Ledger',
    baseUrl: 'https://news.example.org/',
    language: 'EN',
    timeZone: 'Asia/Phnom_Penh',
    search: 'none',
    shareTargets: ['facebook', 'email'],
    // One site in English whose lists carry stories in other languages (the opt-out of language
    // folders): the parts in another language say so. tests/multilingual covers folders per language.
    languages: [{ code: 'en' }],
  }),
  // Front matter writes tags loosely: km_kh is km-KH, zh_cn is zh-CN.
  'content/2019/11/boat-race-km.md': article(
    {
      title: '"ការប្រណាំងទូកងនៅមុខព្រះបរមរាជវាំង"',
      date: '2019-11-11T18:30:00+07:00',
      lang: 'km_kh',
      translationKey: 'boat-race',
      summary: '"ទូកងរាប់រយគ្រឿងបានចូលរួមការប្រណាំងនៅថ្ងៃដំបូង។"',
      tags: '[festival]',
      corrections: '[{ date: 2019-11-12, text: "ឈ្មោះខេត្តត្រូវបានកែតម្រូវ។" }]',
    },
    'ទូកងរាប់រយគ្រឿងមកពីបណ្ដាខេត្តនានា បានចូលរួមការប្រណាំងនៅលើទន្លេចតុមុខ។',
  ),
  'content/2019/11/boat-race.md': article(
    { title: 'Boat race opens the festival', date: '2019-11-11T18:00:00+07:00', translationKey: 'boat-race', tags: '[festival]' },
    'Hundreds of boats from the provinces raced on the river on the first day.',
  ),
  'content/2019/11/market-report.md': article(
    { title: 'Riverside stalls report brisk trade', date: '2019-11-12T09:00:00+07:00', tags: '[festival]' },
    'Food sellers along the river said trade was brisk.',
  ),
  'content/2019/11/shanghai-visit.md': article(
    { title: '"代表团访问金边"', date: '2019-11-13T09:00:00+07:00', lang: 'zh_cn' },
    '代表团今天抵达金边。',
  ),
  'content/2019/11/bad-lang.md': article(
    { title: 'A story with a mistyped language', date: '2019-11-14T09:00:00+07:00', lang: '"english, please"' },
    'Text.',
  ),
  'content/2019/11/fleuve.md': article(
    { title: 'Les bateaux sur le fleuve', date: '2019-11-13T12:00:00+07:00', lang: 'fr' },
    'Des centaines de bateaux ont participé.',
  ),
  // The site changes one Khmer label and starts a French file with a single key.
  'i18n/km.json': JSON.stringify({ strings: { 'article.alsoIn': 'អានជាភាសា៖' } }),
  'i18n/fr.yaml': 'strings:\n  article.previous: Article précédent\n',
};

let root: string;
let build: Awaited<ReturnType<typeof runMain>>;
const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');
const khmerPage = () => read(`2019/11/${encodeURIComponent('boat-race-km')}/index.html`);

beforeAll(async () => {
  root = writeSite(SITE);
  build = await runMain(['build', '--workers', '0', '--no-cache'], root);
});

describe('a bilingual archive', () => {
  it('builds, and names the invalid language tag (file and line) in a counted warning', () => {
    expect(build.code, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/content\/2019\/11\/bad-lang\.md:\d+.*LANG_TAG_INVALID/);
    expect(build.stderr).toContain('"english, please"');
    // Marked in the site's language instead, normalised from "EN".
    expect(read('2019/11/bad-lang/index.html')).toContain('<html lang="en">');
  });

  it('gives a Khmer page Khmer labels, Khmer dates with the zone, and the site override of one key', () => {
    const html = khmerPage();
    expect(html).toContain('<html lang="km-KH">');
    expect(html).toContain('<span class="label">អត្ថបទបន្ទាប់</span>');
    expect(html).toContain('<span class="share-label">ចែករំលែក៖</span>');
    expect(html).toContain('<a class="skip-link" href="#main">រំលងទៅមាតិកា</a>');
    expect(html).toContain('<p class="translations">អានជាភាសា៖ <a');
    // Intl in Khmer, in the site's zone, with the zone shown after the time.
    expect(html).toMatch(/<time datetime="2019-11-11T18:30:00\+07:00">ថ្ងៃទី១១ ខែវិច្ឆិកា ឆ្នាំ២០១៩ ម៉ោង ១៨:៣០ \([^)]*\+7\)<\/time>/);
    expect(html).not.toContain('Previous Article');
    expect(html).not.toContain('Share:');
  });

  it('keeps English pages in English, with the zone on times', () => {
    const html = read('2019/11/boat-race/index.html');
    expect(html).toContain('<span class="label">Next Article</span>');
    expect(html).toContain('<time datetime="2019-11-11T18:00:00+07:00">11 November 2019, 18:00 GMT+7</time>');
  });

  it('marks headlines and links in another language than the page, and only those', () => {
    const english = read('2019/11/boat-race/index.html');
    // The English article's next article is the Khmer one; its translation link says Khmer too.
    expect(english).toMatch(/<a rel="next" href="[^"]+boat-race-km\/" lang="km-KH">ការប្រណាំងទូកង/);
    expect(english).toMatch(/hreflang="km-KH" lang="km-KH">ការប្រណាំងទូកង/);
    const khmer = khmerPage();
    expect(khmer).toMatch(/<a rel="prev" href="[^"]+\/boat-race\/" lang="en">Boat race opens/);
    const home = read('index.html');
    expect(home).toMatch(/<a href="[^"]+boat-race-km\/" lang="km-KH">ការប្រណាំងទូកង/);
    expect(home).toMatch(/<a href="[^"]+shanghai-visit\/" lang="zh-CN">代表团访问金边/);
    expect(home).toMatch(/<p class="item-summary" lang="km-KH">ទូកងរាប់រយគ្រឿង/);
    expect(home).not.toMatch(/<a href="[^"]+market-report\/" lang=/);
  });

  it('puts each item language in the feeds: xml:lang on Atom entries, language per JSON Feed item', () => {
    const atom = read('atom.xml');
    expect(atom).toMatch(/<feed [^>]*xml:lang="en"/);
    expect(atom).toMatch(/<entry xml:lang="km-KH">\s*<id>[^<]+boat-race-km\/<\/id>/);
    expect(atom).toMatch(/<entry xml:lang="zh-CN">/);
    // A Khmer item's correction notice is worded in Khmer, its date too.
    expect(atom).toContain('ការកែតម្រូវ (ថ្ងៃទី១២ ខែវិច្ឆិកា ឆ្នាំ២០១៩): ឈ្មោះខេត្តត្រូវបានកែតម្រូវ។');
    expect(atom).toMatch(/<entry>\s*<id>[^<]+\/boat-race\/<\/id>/);
    const json = JSON.parse(read('feed.json')) as { language: string; items: { url: string; language: string }[] };
    expect(json.language).toBe('en');
    const byUrl = Object.fromEntries(json.items.map((i) => [i.url.split('/').at(-2), i.language]));
    expect(byUrl).toMatchObject({ 'boat-race-km': 'km-KH', 'boat-race': 'en', 'shanghai-visit': 'zh-CN' });
    expect(read('index.xml')).toContain('<language>en</language>');
  });

  it('check reports every key the French file lacks (file and key) and the bad tag; the build falls back', async () => {
    const r = await runMain(['check', '--format', 'json'], root);
    const report = JSON.parse(r.stdout) as { problems: { file: string; line: number; code: string; message: string; severity: string }[] };
    const missing = report.problems.filter((p) => p.code === 'I18N_KEY_MISSING');
    expect(missing.length).toBeGreaterThan(50);
    expect(missing.every((p) => p.file.endsWith(path.join('i18n', 'fr.yaml')) && p.severity === 'warning')).toBe(true);
    expect(missing.map((p) => p.message)).toContain(
      'The translation of "article.next" into fr is missing, so pages in fr show the en text.',
    );
    expect(missing.map((p) => p.message).join('\n')).not.toContain('"article.previous"');
    // Khmer is complete in the theme: nothing missing there.
    expect(report.problems.filter((p) => p.message.includes('into km'))).toEqual([]);
    expect(report.problems.find((p) => p.code === 'LANG_TAG_INVALID')).toMatchObject({ file: 'content/2019/11/bad-lang.md', line: 5 });
  });
});

describe('a language with an incomplete file', () => {
  it('shows what it has and falls back to the site language for the rest', () => {
    const html = read('2019/11/fleuve/index.html');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<span class="label">Article précédent</span>');
    expect(html).toContain('<span class="label">Next Article</span>');
    // Dates still follow the page's language through Intl.
    expect(html).toContain('13 novembre 2019');
  });
});

describe('translation files that cannot be used', () => {
  it('stop the build with I18N_FILE_INVALID naming the file, no stack trace', async () => {
    const bad = writeSite({ ...SITE, 'i18n/km.json': '{ "strings": { "article.next": 12 } }' });
    const r = await runMain(['build', '--workers', '0', '--no-cache'], bad);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('I18N_FILE_INVALID');
    expect(r.stderr).toContain(path.join('i18n', 'km.json'));
    expect(r.stderr).toContain('"strings.article.next" must be a text');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
