#!/usr/bin/env node
// Cost of build-time syntax highlighters on code blocks: what docs/highlighting.md reports.
//   node scripts/bench/highlighters.mjs [--from DIR] [--articles N] [--rounds R]
// --from: a folder whose node_modules has the candidates (lowlight, refractor, @wooorm/starry-night,
// shiki; default: this repository). Each candidate is loaded in a fresh process (its start-up cost
// is what every render worker pays once), then highlights two sets of blocks, several rounds, the
// first round discarded: the code blocks of a generated corpus (scripts/gen-corpus.mjs
// --code-fraction 0.3) and a code-heavy archive (every article a listing of 3 to 12 blocks).
// Prints one JSON line per candidate and set. --pipeline instead measures the highlighting Broadsheet
// does (compile first: npm run compile) inside its Markdown pipeline. Never part of the test suite.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from '../gen-corpus.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const LANGS = ['python', 'js', 'sql', 'bash', 'json', 'html', 'css', 'yaml', 'ruby', 'go'];

/** Fenced blocks of a corpus as [lang, code]. */
function blocksOf(files) {
  const out = [];
  for (const { text } of files) for (const m of text.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)) out.push([m[1], m[2]]);
  return out;
}

function codeHeavy(count) {
  // The same programs, many per article and some repeated into long listings.
  const base = blocksOf(generateCorpus({ count: 400, seed: 7, codeFraction: 1 }));
  const out = [];
  for (let i = 0; out.length < count; i++) out.push(base[i % base.length]);
  return out;
}

/** Each candidate: how to load it and highlight one block into a hast tree. */
const CANDIDATES = {
  lowlight: async (from) => {
    const { common, createLowlight } = await load(from, 'lowlight');
    const lowlight = createLowlight(common);
    return (lang, code) => lowlight.highlight(lang, code);
  },
  refractor: async (from) => {
    const { refractor } = await load(from, 'refractor');
    return (lang, code) => refractor.highlight(code, lang === 'html' ? 'markup' : lang);
  },
  'starry-night': async (from) => {
    const { common, createStarryNight } = await load(from, '@wooorm/starry-night');
    const starryNight = await createStarryNight(common);
    return (lang, code) => starryNight.highlight(code, starryNight.flagToScope(lang));
  },
  shiki: async (from) => {
    const { createHighlighter } = await load(from, 'shiki');
    const shiki = await createHighlighter({ themes: ['github-light', 'github-dark'], langs: LANGS });
    return (lang, code) => shiki.codeToHast(code, { lang, themes: { light: 'github-light', dark: 'github-dark' } });
  },
};

async function load(from, name) {
  const dir = packageDir(from, name);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  // The package's ESM entry, as an import from `from` would pick it: exports "." with node/import/default.
  let entry = manifest.exports?.['.'] ?? manifest.exports ?? manifest.module ?? manifest.main ?? 'index.js';
  while (entry && typeof entry === 'object') entry = entry.node ?? entry.import ?? entry.default;
  return import(pathToFileURL(path.join(dir, entry)).href);
}

/** Where Node would find a package from a folder (node_modules up the tree). */
function packageDir(from, name) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed under ${from}`);
  }
}

/** Bytes on disk of a package and everything it depends on. */
function installedBytes(from, name, seen = new Set()) {
  let dir;
  try {
    dir = packageDir(from, name);
  } catch {
    return 0;
  }
  if (seen.has(dir)) return 0;
  seen.add(dir);
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  let bytes = 0;
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else bytes += fs.statSync(p).size;
    }
  };
  walk(dir);
  for (const dep of Object.keys(manifest.dependencies ?? {})) bytes += installedBytes(dir, dep, seen);
  return bytes;
}

const PACKAGES = { lowlight: 'lowlight', refractor: 'refractor', 'starry-night': '@wooorm/starry-night', shiki: 'shiki' };

async function child(name, from, rounds, articles) {
  const t0 = performance.now();
  const highlight = await CANDIDATES[name](from);
  const startMs = performance.now() - t0;
  const { toHtml } = await load(from, 'hast-util-to-html').catch(() => import('hast-util-to-html'));
  const sets = {
    corpus: blocksOf(generateCorpus({ count: articles, seed: 3, codeFraction: 0.3 })),
    'code-heavy': codeHeavy(2000),
  };
  const results = [];
  for (const [set, blocks] of Object.entries(sets)) {
    const times = [];
    let htmlBytes = 0;
    let codeBytes = 0;
    for (let r = 0; r <= rounds; r++) {
      const t = performance.now();
      for (const [lang, code] of blocks) {
        const html = toHtml(highlight(lang, code));
        if (r === 0) {
          htmlBytes += html.length;
          codeBytes += code.length;
        }
      }
      if (r > 0) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    results.push({
      name,
      set,
      blocks: blocks.length,
      usPerBlock: Math.round((median * 1000) / blocks.length),
      htmlPerCodeByte: +(htmlBytes / codeBytes).toFixed(2),
    });
  }
  const rssMb = Math.round(process.memoryUsage().rss / 1e6);
  for (const r of results)
    process.stdout.write(
      `${JSON.stringify({ ...r, startMs: Math.round(startMs), rssMb, installedKb: Math.round(installedBytes(from, PACKAGES[name]) / 1024) })}\n`,
    );
}

/**
 * The cost inside Broadsheet's own pipeline (lib/, compiled): the corpus's bodies with code rendered
 * as written, and again with the languages taken off the fences (so nothing is highlighted).
 */
async function pipeline(articles, rounds) {
  const { createMarkdownRenderer } = await import(
    pathToFileURL(path.join(here, '../../lib/render/markdown/create-markdown-renderer.js')).href
  );
  const renderer = createMarkdownRenderer();
  const bodies = generateCorpus({ count: articles, seed: 3, codeFraction: 0.3 })
    .map((f) => f.text.slice(f.text.indexOf('\n---\n') + 5))
    .filter((b) => b.includes('```'));
  const blocks = bodies.reduce((n, b) => n + (b.match(/^```\w+$/gm) ?? []).length, 0);
  const time = (list) => {
    const times = [];
    for (let r = 0; r <= rounds; r++) {
      const t = performance.now();
      for (const b of list) renderer.render(b);
      if (r > 0) times.push(performance.now() - t);
    }
    return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  };
  const highlighted = time(bodies);
  const plain = time(bodies.map((b) => b.replace(/^```\w+$/gm, '```')));
  process.stdout.write(
    `${JSON.stringify({ name: 'pipeline', bodies: bodies.length, blocks, msPerBodyHighlighted: +(highlighted / bodies.length).toFixed(2), msPerBodyPlain: +(plain / bodies.length).toFixed(2), usPerBlock: Math.round(((highlighted - plain) * 1000) / blocks) })}\n`,
  );
}

const args = process.argv.slice(2);
const option = (flag, fallback) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : fallback);
const from = path.resolve(option('--from', path.join(here, '../..')));
const rounds = Number(option('--rounds', '5'));
const articles = Number(option('--articles', '2000'));
if (args.includes('--child')) await child(option('--child'), from, rounds, articles);
else if (args.includes('--pipeline')) await pipeline(articles, rounds);
else {
  for (const name of Object.keys(CANDIDATES)) {
    try {
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', name, '--from', from, '--rounds', String(rounds), '--articles', String(articles)],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
      process.stdout.write(out);
    } catch (error) {
      process.stdout.write(`${JSON.stringify({ name, error: String(error.stderr || error.message).split('\n')[0] })}\n`);
    }
  }
}
