// Converting post HTML is most of an import's time (~10 ms a post), so large exports convert in
// worker threads; small ones, where starting threads costs more than it saves, in this one.
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createHtmlConverter, runConvertTask, type ConvertOptions, type ConvertTask, type Converted } from './html-to-markdown.js';

export interface ConvertPool {
  /** Convert tasks, results in the same order. */
  convert(tasks: ConvertTask[]): Promise<Converted[]>;
  close(): Promise<void>;
}

/** Below this many posts, conversion stays in this thread. */
const THREADED_FROM = 300;

/**
 * A pool of `threads` workers (default: one per core, at most 8, when there are enough posts);
 * 0 converts in this thread.
 */
export async function createConvertPool(options: ConvertOptions, posts: number, requested?: number): Promise<ConvertPool> {
  const auto = posts < THREADED_FROM ? 0 : Math.min(8, os.availableParallelism());
  const threads = requested ?? (auto < 2 ? 0 : auto);
  if (threads === 0) {
    const converter = createHtmlConverter(options);
    return { convert: async (tasks) => tasks.map((t) => runConvertTask(converter, t)), close: async () => {} };
  }
  const { Piscina } = await import('piscina');
  const pool: Piscina = new Piscina({
    filename: fileURLToPath(new URL('./convert-worker.js', import.meta.url)),
    workerData: options,
    minThreads: threads,
    maxThreads: threads,
  });
  return {
    async convert(tasks) {
      // One chunk per thread, so every thread works on the batch at once.
      const size = Math.ceil(tasks.length / threads);
      const chunks: ConvertTask[][] = [];
      for (let i = 0; i < tasks.length; i += size) chunks.push(tasks.slice(i, i + size));
      return (await Promise.all(chunks.map((c) => pool.run(c) as Promise<Converted[]>))).flat();
    },
    close: () => pool.destroy(),
  };
}
