#!/usr/bin/env node
// A seeded news corpus for tests and benchmarks: the same options always give the same files.
//   node scripts/gen-corpus.mjs --count N --out DIR [--seed S] [--khmer-fraction F] [--words W]
// Writes DIR/YYYY/MM/slug.md with YAML front matter (title, date with +07:00, sometimes updated,
// byline, section, tags, photo and photo_credit, summary, rarely draft) and a Markdown body of
// about W words (default: 350 to 1,200 per article). About one article in five carries a heading,
// a quote, a list, a link or emphasis; about one in fifty a table. The Khmer fraction of articles
// get Khmer headlines, summaries and bodies, so their file names are Khmer too. --code-fraction F
// gives that fraction of articles one to three fenced code blocks (the default, 0, leaves every
// other choice as it was, so existing seeds give the same files).
// No dependencies: tests import generateCorpus(), scripts/bench/ runs this file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A small fast PRNG (mulberry32): one stream per corpus, so a seed fixes every choice. */
function createRandom(seed) {
  let state = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    // Rank r of n drawn with weight 1/(r+1): a few tags are everywhere, most are rare.
    zipf(n) {
      const total = Math.log(n + 1);
      return Math.min(n - 1, Math.floor(Math.exp(next() * total) - 1));
    },
  };
}

const SECTIONS = [
  'National',
  'Politics',
  'Business',
  'World',
  'Sport',
  'Lifestyle',
  'Opinion',
  'Culture',
  'Health',
  'Education',
  'Environment',
  "Don't Miss",
];
const GIVEN = [
  'Sokha',
  'Dara',
  'Vanna',
  'Bopha',
  'Rithy',
  'Chenda',
  'Piseth',
  'Maly',
  'Sovann',
  'Kanha',
  'Ratha',
  'Nary',
  'Alice',
  'Tom',
  'Mei',
  'Arjun',
];
const FAMILY = ['Chea', 'Lim', 'Keo', 'Sok', 'Heng', 'Mao', 'Pich', 'Chhun', 'Nguyen', 'Tan', 'Ouk', 'Prak', 'Walsh', 'Okafor'];
const CREDITS = ['Staff photographer', 'Wire photo', 'Supplied', 'File photo', 'Reader photo'];
const TOPICS = [
  'rice',
  'rainfall',
  'garment',
  'tourism',
  'bridge',
  'school',
  'clinic',
  'election',
  'river',
  'market',
  'railway',
  'harbour',
  'festival',
  'budget',
  'court',
  'football',
  'museum',
  'forest',
  'factory',
  'airport',
];
const PLACES = [
  'Phnom Penh',
  'Siem Reap',
  'Battambang',
  'Kampot',
  'Kep',
  'Takeo',
  'Kratie',
  'Pursat',
  'Kampong Cham',
  'Svay Rieng',
  'Koh Kong',
  'Mondulkiri',
];
const QUALIFIERS = [
  'policy',
  'prices',
  'workers',
  'season',
  'plan',
  'reform',
  'exports',
  'safety',
  'funding',
  'report',
  'talks',
  'records',
];
const VERBS = ['said', 'announced', 'reported', 'warned', 'agreed', 'expected', 'confirmed', 'denied', 'promised', 'estimated'];
const NOUNS = [
  'officials',
  'farmers',
  'traders',
  'residents',
  'teachers',
  'the ministry',
  'the council',
  'engineers',
  'visitors',
  'the committee',
  'observers',
  'families',
];
const WORDS = (
  'the a new local national regional annual early late higher lower more fewer several many some ' +
  'week month year morning evening province district village road water power price plan report ' +
  'budget project season market centre school hospital bridge harbour river field office council ' +
  'meeting vote decision review survey figure share growth loss rise drop level change support ' +
  'because while after before during since until although however meanwhile also still already'
).split(' ');
const HEADLINE_VERBS = ['expect', 'face', 'welcome', 'review', 'delay', 'open', 'plan', 'debate', 'celebrate', 'question'];
const KHMER = [
  'ប្រទេស',
  'កម្ពុជា',
  'រដ្ឋាភិបាល',
  'ភ្នំពេញ',
  'កសិករ',
  'ស្រូវ',
  'ទីផ្សារ',
  'សាលា',
  'មន្ទីរពេទ្យ',
  'ទន្លេ',
  'ពិធីបុណ្យ',
  'ថវិកា',
  'ឆ្នាំ',
  'ខែ',
  'ថ្ងៃ',
  'ប្រជាជន',
  'សេដ្ឋកិច្ច',
  'កីឡា',
];

const capitalise = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const quoteYaml = (s) => JSON.stringify(s);

/** A term pool of `size` distinct tags made from topics, places and qualifiers. */
function tagPool(size) {
  const pool = [];
  const seen = new Set();
  for (let i = 0; pool.length < size; i++) {
    const topic = TOPICS[i % TOPICS.length];
    const place = PLACES[Math.floor(i / TOPICS.length) % PLACES.length];
    const qualifier = QUALIFIERS[Math.floor(i / (TOPICS.length * PLACES.length)) % QUALIFIERS.length];
    const round = Math.floor(i / (TOPICS.length * PLACES.length * QUALIFIERS.length));
    const tag =
      i < TOPICS.length
        ? topic
        : i < TOPICS.length + PLACES.length
          ? PLACES[i - TOPICS.length]
          : `${place} ${topic} ${qualifier}${round ? ` ${round + 1}` : ''}`;
    if (seen.has(tag)) continue;
    seen.add(tag);
    pool.push(tag);
  }
  return pool;
}

function sentence(rng, khmer) {
  if (khmer) {
    const n = 4 + rng.int(8);
    return Array.from({ length: n }, () => rng.pick(KHMER)).join(' ') + '។';
  }
  const n = 8 + rng.int(14);
  const words = Array.from({ length: n }, () => rng.pick(WORDS));
  let text = `${capitalise(rng.pick(NOUNS))} ${rng.pick(VERBS)} ${words.join(' ')}.`;
  if (rng.chance(0.15)) text = `“${capitalise(words.slice(0, 6).join(' '))},” ${rng.pick(NOUNS)} ${rng.pick(VERBS)}.`;
  if (rng.chance(0.05)) text = text.replace(/ the /, ' the city’s ');
  return text;
}

function paragraph(rng, khmer, words) {
  const out = [];
  let count = 0;
  while (count < words) {
    const s = sentence(rng, khmer);
    out.push(s);
    count += s.split(' ').length;
  }
  return { text: out.join(' '), count };
}

/** Short programs in the languages newsroom data desks publish, written for this corpus. */
const CODE = [
  [
    'python',
    'import csv\n\n# totals per province\ntotals = {}\nwith open("rainfall.csv") as f:\n    for row in csv.DictReader(f):\n        totals[row["province"]] = totals.get(row["province"], 0) + float(row["mm"])\nprint(sorted(totals.items(), key=lambda kv: -kv[1])[:5])',
  ],
  [
    'js',
    'const rows = await fetch("/data/budget.json").then((r) => r.json());\n// share of each ministry, in per cent\nconst total = rows.reduce((sum, r) => sum + r.amount, 0);\nfor (const r of rows) {\n  console.log(`${r.ministry}: ${((100 * r.amount) / total).toFixed(1)}%`);\n}',
  ],
  [
    'sql',
    "SELECT province, COUNT(*) AS schools, AVG(pupils) AS pupils\nFROM schools\nWHERE opened >= '2015-01-01'\nGROUP BY province\nORDER BY schools DESC\nLIMIT 10;",
  ],
  [
    'bash',
    '#!/bin/sh\n# fetch the latest tide tables and keep a dated copy\nset -eu\nday=$(date +%F)\ncurl -fsS https://data.example.org/tides.csv -o "tides-$day.csv"\nwc -l "tides-$day.csv"',
  ],
  ['json', '{\n  "province": "Kampot",\n  "year": 2023,\n  "rainfall_mm": [12.5, 40.1, 88.0],\n  "verified": true,\n  "source": null\n}'],
  [
    'html',
    '<figure class="chart">\n  <img src="/charts/rice-prices.png" alt="Rice prices, 2010 to 2023">\n  <figcaption>Prices per kilo, in riel.</figcaption>\n</figure>',
  ],
  [
    'css',
    '.chart figcaption {\n  font-size: 0.875rem;\n  color: #555;\n}\n@media (prefers-color-scheme: dark) {\n  .chart figcaption { color: #bbb; }\n}',
  ],
  ['yaml', 'title: Flood watch\nsection: National\ntags: [weather, Mekong]\nphoto:\n  src: /images/flood.jpg\n  alt: Water over the road'],
  [
    'ruby',
    '# word counts of the minister\'s speeches\nrequire "json"\nspeeches = JSON.parse(File.read("speeches.json"))\nspeeches.each do |s|\n  puts "#{s["date"]}: #{s["text"].split.size} words"\nend',
  ],
  [
    'go',
    'package main\n\nimport "fmt"\n\n// Percent change between two readings.\nfunc change(a, b float64) float64 { return (b - a) / a * 100 }\n\nfunc main() {\n\tfmt.Printf("%.1f%%\\n", change(4100, 4350))\n}',
  ],
];

/** A fenced code block from CODE, sometimes repeated to make a longer listing. */
function codeBlock(rng) {
  const [lang, code] = rng.pick(CODE);
  const times = 1 + rng.int(3);
  return `\`\`\`${lang}\n${Array.from({ length: times }, () => code).join('\n\n')}\n\`\`\``;
}

/** Markdown body of about `words` words, with the occasional richer construct. */
function body(rng, khmer, words, id, codeFraction = 0) {
  const blocks = [];
  let count = 0;
  while (count < words) {
    const p = paragraph(rng, khmer, Math.min(40 + rng.int(60), Math.max(8, words - count)));
    blocks.push(p.text);
    count += p.count;
  }
  const at = () => 1 + rng.int(Math.max(1, blocks.length - 1));
  const insert = (block) => blocks.splice(at(), 0, block);
  if (rng.chance(0.2)) insert(`## ${capitalise(rng.pick(TOPICS))} and ${rng.pick(QUALIFIERS)}`);
  if (rng.chance(0.2)) insert(`> ${sentence(rng, khmer)}`);
  if (rng.chance(0.2)) insert(['- ' + sentence(rng, khmer), '- ' + sentence(rng, khmer), '- ' + sentence(rng, khmer)].join('\n'));
  if (rng.chance(0.2)) {
    const i = rng.int(blocks.length);
    blocks[i] = `${blocks[i]} Details are in [the full statement](https://www.example.org/news/${id}).`;
  }
  if (rng.chance(0.2)) {
    const i = rng.int(blocks.length);
    blocks[i] = `**${capitalise(rng.pick(PLACES))}:** ${blocks[i]} That was *not* the first time.`;
  }
  if (rng.chance(0.02)) {
    const rows = PLACES.slice(0, 3 + rng.int(4)).map((place) => `| ${place} | ${rng.int(10_000)} |`);
    insert(['| Province | Figure |', '| --- | ---: |', ...rows].join('\n'));
  }
  // Drawn only when asked for, so corpora without code keep their random stream.
  if (codeFraction > 0 && rng.chance(codeFraction)) {
    for (let n = 1 + rng.int(3); n > 0; n--) insert(codeBlock(rng));
  }
  return blocks.join('\n\n');
}

function headline(rng, khmer) {
  if (khmer) return Array.from({ length: 3 + rng.int(3) }, () => rng.pick(KHMER)).join(' ');
  const place = rng.pick(PLACES);
  const forms = [
    () => `${place} ${rng.pick(NOUNS).replace(/^the /, '')} ${rng.pick(HEADLINE_VERBS)} ${rng.pick(TOPICS)} ${rng.pick(QUALIFIERS)}`,
    () => `${capitalise(rng.pick(TOPICS))} ${rng.pick(QUALIFIERS)} in ${place}: what ${rng.pick(NOUNS)} ${rng.pick(VERBS)}`,
    () => `New ${rng.pick(TOPICS)} ${rng.pick(QUALIFIERS)} for ${place}`,
  ];
  return capitalise(rng.pick(forms)());
}

function slugOf(title, khmer) {
  if (khmer) return title.replace(/\s+/g, '-');
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function byline(rng) {
  const name = () => `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
  if (!rng.chance(0.12)) return [name()];
  const first = name();
  let second = name();
  while (second === first) second = name();
  return [first, second];
}

const pad = (n) => String(n).padStart(2, '0');

/** Article dates, oldest first: 2010-01-01 to 2024-12-31 (+07:00), every instant distinct. */
function dates(rng, count) {
  const start = Date.UTC(2010, 0, 1) / 1000;
  const span = Date.UTC(2025, 0, 1) / 1000 - start;
  const step = span / count;
  return Array.from({ length: count }, (_, i) => Math.floor(start + i * step + rng.next() * (step - 1)));
}

function isoPlus7(seconds) {
  const d = new Date((seconds + 7 * 3600) * 1000);
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return {
    text: `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+07:00`,
    year: d.getUTCFullYear(),
    month: pad(d.getUTCMonth() + 1),
  };
}

/**
 * The corpus as a list of { path, text } (path relative, forward slashes), oldest article first.
 * Options: count (required), seed (1), khmerFraction (0), words (a fixed body length, else 350-1,200),
 * tags (size of the tag pool, 1,500), codeFraction (share of articles with code blocks, 0).
 */
export function generateCorpus({ count, seed = 1, khmerFraction = 0, words, tags = 1500, codeFraction = 0 }) {
  const rng = createRandom(seed);
  const pool = tagPool(tags);
  const used = new Set();
  return dates(rng, count).map((seconds, id) => {
    const khmer = rng.chance(khmerFraction);
    const when = isoPlus7(seconds);
    const title = headline(rng, khmer);
    let slug = slugOf(title, khmer);
    for (let n = 2; used.has(`${when.year}/${when.month}/${slug}`); n++) slug = `${slugOf(title, khmer)}-${n}`;
    used.add(`${when.year}/${when.month}/${slug}`);
    const names = byline(rng);
    const articleTags = [...new Set(Array.from({ length: 1 + rng.int(5) }, () => pool[rng.zipf(pool.length)]))];
    const fm = ['---', `title: ${quoteYaml(title)}`, `date: ${when.text}`];
    if (rng.chance(0.1)) fm.push(`updated: ${isoPlus7(seconds + 3600 + rng.int(86_400 * 3)).text}`);
    fm.push(`byline: ${quoteYaml(names.join(' and '))}`);
    fm.push(`authors: [${names.map(quoteYaml).join(', ')}]`);
    fm.push(`section: ${quoteYaml(rng.pick(SECTIONS))}`);
    fm.push(`tags: [${articleTags.map(quoteYaml).join(', ')}]`);
    fm.push(`photo: /images/${when.year}/${when.month}/${slug}.jpg`, `photo_credit: ${quoteYaml(rng.pick(CREDITS))}`);
    fm.push(`summary: ${quoteYaml(sentence(rng, khmer))}`);
    if (rng.chance(0.01)) fm.push('draft: true');
    fm.push('---');
    const length = words ?? 350 + rng.int(851);
    return {
      path: `${when.year}/${when.month}/${slug}.md`,
      text: `${fm.join('\n')}\n\n${body(rng, khmer, length, id + 1, codeFraction)}\n`,
    };
  });
}

/** Writes the corpus under `out` (created; an existing folder is added to) and returns the file count. */
export function writeCorpus(out, options) {
  const files = generateCorpus(options);
  for (const file of files) {
    const target = path.join(out, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.text);
  }
  return files.length;
}

function parseArgs(argv) {
  const options = {};
  let out;
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--out') out = value;
    else if (flag === '--count') options.count = Number(value);
    else if (flag === '--seed') options.seed = Number(value);
    else if (flag === '--khmer-fraction') options.khmerFraction = Number(value);
    else if (flag === '--words') options.words = Number(value);
    else if (flag === '--tags') options.tags = Number(value);
    else if (flag === '--code-fraction') options.codeFraction = Number(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!out || !Number.isInteger(options.count) || options.count < 0)
    throw new Error('usage: gen-corpus.mjs --count N --out DIR [--seed S] [--khmer-fraction F] [--words W] [--tags T] [--code-fraction F]');
  return { out, options };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { out, options } = parseArgs(process.argv.slice(2));
    const n = writeCorpus(out, options);
    process.stderr.write(`gen-corpus: ${n} articles in ${out}\n`);
  } catch (error) {
    process.stderr.write(`gen-corpus: ${error.message}\n`);
    process.exit(2);
  }
}
