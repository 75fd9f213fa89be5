// Converting post HTML is most of an import's time (~6-10 ms a post). It can run in worker threads
// (--workers N); by default it runs in this thread: on a shared two-core machine threads were
// measured slower (scripts/bench/import-wordpress.mjs), and each costs its own heap.
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createHtmlConverter, runConvertTask, type ConvertOptions, type ConvertTask, type Converted } from './html-to-markdown.js';

export interface ConvertPool {
  /** Convert tasks, results in the same order. */
  convert(tasks: ConvertTask[]): Promise<Converted[]>;
  close(): Promise<void>;
}

/** A pool of `threads` worker threads; 0 converts in this thread. */
export async function createConvertPool(options: ConvertOptions, threads = 0): Promise<ConvertPool> {
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
