// Stage 5 of 6, search: article pages pass through on their way to the writer and are indexed by
// Pagefind; its files join the same stream, so dist/pagefind/ is written, kept or removed by the
// writer like every other file. The index is split into bundles (shards.ts): a bundle whose pages
// did not change is kept as it is, so a rebuild re-indexes only what changed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ResolvedConfig } from '../config/index.js';
import { type Warn, createProblem } from '../errors/index.js';
import { codeVersion } from '../cache/code-version.js';
import { hashOf } from '../shared/hash.js';
import { passThrough } from '../shared/streams.js';
import type { OutputFile, SearchStats, SiteIndex } from '../types.js';
import { PAGEFIND_DIR } from '../index/routes.js';
import { bundlesScript, BUNDLES_FILE } from './bundles-script.js';
import { startPagefind, type PagefindService } from './pagefind.js';
import { markWordsInHtml } from './segment.js';
import { searchShards, shardDir, type SearchShard } from './shards.js';

export interface SearchStageOptions {
  outDir: string;
  /** Files under pagefind/ that the last build wrote, with the input key they were written for. */
  previous: { path: string; key?: string }[];
  warn: Warn;
  /** Languages with more articles than this get one bundle per year (default SPLIT_BY_YEAR_ABOVE). */
  splitAbove?: number;
}

const NO_SEARCH: SearchStats = { indexed: 0, files: 0, kept: false, ms: 0, bundles: 0, rebuilt: 0 };

/**
 * Pass every file through; index the article pages and add Pagefind's files after the last one.
 * Returns what the stream before it returned (`upstream`) and what this stage did.
 */
export async function* withSearchIndex<R>(
  files: AsyncGenerator<OutputFile, R>,
  index: SiteIndex,
  config: ResolvedConfig,
  options: SearchStageOptions,
): AsyncGenerator<OutputFile, { upstream: R; search: SearchStats }> {
  if (config.search === 'none') return { upstream: yield* files, search: { ...NO_SEARCH } };
  const order = new Map(index.articles.map((a, i) => [a.outPath, i]));
  const keys: string[] = [];
  // Pages arrive in the order workers finish them, but Pagefind's bytes depend on the order pages
  // are added: rendered pages wait in a temporary folder and each bundle adds them in index order.
  let spill: string | undefined;
  const fresh = new Set<number>();
  // Indexing starts as soon as the last article page has gone by (render streams them first), so
  // Pagefind, a process of its own, works while the list pages and feeds are rendered and staged.
  let work: Promise<SearchOutput> | undefined;
  const html = (i: number) =>
    fs.readFileSync(fresh.has(i) ? path.join(spill!, `${i}.html`) : path.join(options.outDir, index.articles[i]!.outPath), 'utf8');
  const start = () => {
    if (!work) {
      work = searchOutputs(index, config, options, keys, html);
      // Awaited below; until then a failure must not surface as an unhandled rejection.
      work.catch(() => {});
    }
    return work;
  };
  let seen = 0;
  try {
    const upstream = yield* passThrough(files, (file) => {
      const i = order.get(file.path);
      if (i === undefined) return;
      // Article pages are rendered bytes, or kept from the last build (whose bytes are in outDir).
      const rendered = file.kind === 'keep' || file.kind === 'copy' ? undefined : file.contents;
      if (keys[i] === undefined) seen++;
      keys[i] = `${file.path}\u0001${file.inputKey ?? (rendered === undefined ? '' : hashOf(rendered))}`;
      if (rendered !== undefined) {
        spill ??= fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-search-'));
        fs.writeFileSync(path.join(spill, `${i}.html`), rendered);
        fresh.add(i);
      }
      if (seen === order.size) start();
    });
    const made = await start();
    yield* made.files;
    return { upstream, search: made.stats };
  } finally {
    // Pagefind may still be reading the spilled pages when the stream stops early.
    if (work) await work.catch(() => {});
    if (spill) fs.rmSync(spill, { recursive: true, force: true });
  }
}

interface SearchOutput {
  files: OutputFile[];
  stats: SearchStats;
}

/** The index files of every bundle: kept where its pages did not change, made again by Pagefind where they did. */
async function searchOutputs(
  index: SiteIndex,
  config: ResolvedConfig,
  options: SearchStageOptions,
  keys: string[],
  html: (i: number) => string,
): Promise<SearchOutput> {
  // A bundle is rebuilt when its pages or the code that indexes them (this module's graph) change.
  const code = codeVersion(import.meta.url);
  const shards = searchShards(index, config.language, options.splitAbove);
  // Hashed once per bundle: placeFiles asks again for every file of a rebuilt bundle (hundreds each).
  const shardKeys = new Map(shards.map((s) => [s, hashOf(s.id, s.lang, code, ...s.articles.map((i) => keys[i] ?? ''))]));
  const shardKey = (s: SearchShard) => shardKeys.get(s)!;
  const runtimeKey = hashOf('runtime', code);
  const previous = byKey(options.previous);
  const stale = shards.filter((s) => !previous.has(shardKey(s)));
  // Pagefind's scripts sit once at the top; they come from any bundle it builds.
  if (!previous.has(runtimeKey) && !stale.length && shards.length) stale.push(shards[0]!);
  const stats: SearchStats = { ...NO_SEARCH, bundles: shards.length, rebuilt: stale.length, kept: !stale.length };
  const out: OutputFile[] = [];
  for (const s of shards) {
    if (stale.includes(s)) continue;
    for (const f of previous.get(shardKey(s))!) out.push({ kind: 'keep', path: f.path, inputKey: f.key! });
  }
  if (stale.length) {
    const started = performance.now();
    const made = await indexShards(stale, index, html).catch((error: unknown) => {
      options.warn(createProblem('SEARCH_INDEX_FAILED', { reason: (error as Error).message }, { cause: error, severity: 'warning' }));
      return undefined;
    });
    stats.ms = Math.round(performance.now() - started);
    if (!made) return { files: [], stats };
    stats.indexed = stale.reduce((n, s) => n + s.articles.length, 0);
    out.push(...placeFiles(stale, made, shardKey, previous.has(runtimeKey) ? undefined : runtimeKey));
  }
  if (previous.has(runtimeKey)) for (const f of previous.get(runtimeKey)!) out.push({ kind: 'keep', path: f.path, inputKey: runtimeKey });
  const script = bundlesScript(shards);
  out.push({ path: `${PAGEFIND_DIR}/${BUNDLES_FILE}`, contents: script, inputKey: hashOf(script) });
  out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  stats.files = out.length;
  return { files: out, stats };
}

/** Files of the last build by the input key they were written for. */
function byKey(files: { path: string; key?: string }[]): Map<string, { path: string; key?: string }[]> {
  const map = new Map<string, { path: string; key?: string }[]>();
  for (const f of files) {
    if (!f.key) continue;
    const list = map.get(f.key);
    if (list) list.push(f);
    else map.set(f.key, [f]);
  }
  return map;
}

/** Each rebuilt bundle's index files in its folder; Pagefind's scripts once at the top when `runtimeKey` asks for them. */
function placeFiles(
  stale: SearchShard[],
  made: { path: string; content: Uint8Array }[][],
  shardKey: (s: SearchShard) => string,
  runtimeKey: string | undefined,
): OutputFile[] {
  const out: OutputFile[] = [];
  for (const [i, s] of stale.entries()) {
    for (const f of made[i]!) {
      if (isRuntime(f.path) && i === 0 && runtimeKey)
        out.push({ path: `${PAGEFIND_DIR}/${f.path}`, contents: f.content, inputKey: runtimeKey });
      if (!isRuntime(f.path) || BUNDLE_SCRIPTS.has(f.path))
        out.push({ path: `${shardDir(s)}/${f.path}`, contents: f.content, inputKey: shardKey(s) });
    }
  }
  return out;
}

/** Pagefind's scripts and styles, the same for every bundle: everything but the index itself. */
const isRuntime = (file: string) => /^pagefind[-.\w]*\.(js|css)$/.test(file);
/** Scripts each bundle keeps, since Pagefind loads them from the folder of the bundle it starts with. */
const BUNDLE_SCRIPTS = new Set(['pagefind.js', 'pagefind-worker.js']);

async function indexShards(stale: SearchShard[], index: SiteIndex, html: (i: number) => string) {
  const service: PagefindService = await startPagefind();
  try {
    const made: { path: string; content: Uint8Array }[][] = [];
    for (const s of stale) {
      const session = await service.open(s.lang);
      for (const i of s.articles) await session.add(index.articles[i]!.url, markWordsInHtml(html(i)));
      made.push(await session.files());
      // One bundle at a time in Pagefind's process: at 100,000 articles all of them at once took gigabytes.
      await session.close();
    }
    return made;
  } finally {
    await service.close();
  }
}
