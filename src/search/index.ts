// Stage 5 of 6, search: article pages pass through on their way to the writer and are indexed by
// Pagefind; its files join the same stream, so dist/pagefind/ is written, kept or removed by the
// writer like every other file. When no article page changed, the last index is kept as it is.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ResolvedConfig } from '../config/index.js';
import { type Warn, createProblem } from '../errors/index.js';
import { codeVersion } from '../cache/code-version.js';
import { hashOf } from '../shared/hash.js';
import type { OutputFile, SiteIndex } from '../types.js';
import { PAGEFIND_DIR } from '../index/routes.js';
import { openPagefind } from './pagefind.js';

export interface SearchStageOptions {
  outDir: string;
  /** Files under pagefind/ that the last build wrote, with the input key they were written for. */
  previous: { path: string; key?: string }[];
  warn: Warn;
  /** Article pages indexed, files in the index, and whether the last build's index was kept as it was. */
  stats: { indexed: number; files: number; kept: boolean; ms: number };
}

/** Pass every file through; index the article pages and add Pagefind's files after the last one. */
export async function* withSearchIndex(
  files: AsyncIterable<OutputFile>,
  index: SiteIndex,
  config: ResolvedConfig,
  options: SearchStageOptions,
): AsyncGenerator<OutputFile> {
  if (config.search === 'none') return yield* files;
  const order = new Map(index.articles.map((a, i) => [a.outPath, i]));
  const keys: string[] = [];
  // Pages arrive in the order workers finish them, but Pagefind's bytes depend on the order pages
  // are added: rendered pages wait in a temporary folder and everything is added in index order.
  let spill: string | undefined;
  const fresh = new Set<number>();
  try {
    for await (const file of files) {
      const i = order.get(file.path);
      if (i !== undefined) {
        // Article pages are rendered bytes, or kept from the last build (whose bytes are in outDir).
        const rendered = file.kind === 'keep' || file.kind === 'copy' ? undefined : file.contents;
        keys.push(`${file.path}\u0001${file.inputKey ?? (rendered === undefined ? '' : hashOf(rendered))}`);
        if (rendered !== undefined) {
          spill ??= fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-search-'));
          fs.writeFileSync(path.join(spill, `${i}.html`), rendered);
          fresh.add(i);
        }
      }
      yield file;
    }
    // The index is rebuilt when the pages or the code that indexes them (this module's graph) change.
    const key = hashOf(...keys.sort(), config.language, codeVersion(import.meta.url));
    if (!fresh.size && options.previous.length && options.previous.every((f) => f.key === key)) {
      options.stats.kept = true;
      options.stats.files = options.previous.length;
      for (const f of options.previous) yield { kind: 'keep', path: f.path, inputKey: key };
      return;
    }
    const started = performance.now();
    const made = await indexPages(index, config, (i, outPath) =>
      fs.readFileSync(fresh.has(i) ? path.join(spill!, `${i}.html`) : path.join(options.outDir, outPath), 'utf8'),
    ).catch((error: unknown) => {
      options.warn(createProblem('SEARCH_INDEX_FAILED', { reason: (error as Error).message }, { cause: error, severity: 'warning' }));
      return [];
    });
    options.stats.ms = Math.round(performance.now() - started);
    options.stats.indexed = made.length ? index.articles.length : 0;
    options.stats.files = made.length;
    for (const f of made) yield { path: `${PAGEFIND_DIR}/${f.path}`, contents: f.content, inputKey: key };
  } finally {
    if (spill) fs.rmSync(spill, { recursive: true, force: true });
  }
}

async function indexPages(index: SiteIndex, config: ResolvedConfig, html: (i: number, outPath: string) => string) {
  const session = await openPagefind(config.language);
  try {
    for (let i = 0; i < index.articles.length; i++) {
      const a = index.articles[i]!;
      await session.add(a.url, html(i, a.outPath));
    }
    return await session.files();
  } finally {
    await session.close();
  }
}
