import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createError, type ErrorCode } from '../../errors/index.js';
import type { Job, JobBatchResult, WorkerInit } from './job-types.js';
import type { BatchRunner } from './run-batch.js';

export interface JobRunner {
  run(jobs: Job[]): Promise<JobBatchResult>;
  readonly threads: number;
  close(): Promise<void>;
}

/** Worker threads to use by default: one per core, since the main thread mostly waits on them. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/** Run jobs in worker threads, or in this thread when threads is 0 (tests, tiny sites). */
export function createJobRunner(init: WorkerInit, threads: number): JobRunner {
  if (threads <= 0) {
    // Loaded on first use, so a rebuild with nothing to render never loads the template engine.
    let runner: Promise<BatchRunner> | undefined;
    const start = async () => (await import('./run-batch.js')).createBatchRunner(init);
    return { run: async (jobs) => (await (runner ??= start())).run(jobs), threads: 0, close: async () => {} };
  }
  const filename = fileURLToPath(new URL('./worker.js', import.meta.url));
  // Threads start on the first batch: a rebuild where every page is fresh starts none.
  let pool: Piscina | undefined;
  return {
    threads,
    async run(jobs) {
      pool ??= new (await import('piscina')).Piscina({
        filename,
        workerData: init,
        minThreads: threads,
        maxThreads: threads,
        idleTimeout: 1000,
      });
      const result = (await pool.run(jobs)) as
        JobBatchResult | { error: { code: ErrorCode; message: string; hint?: string; location?: { file: string; line?: number } } };
      if ('error' in result) {
        const e = result.error;
        throw createError(e.code, {
          message: e.message,
          ...(e.hint ? { hint: e.hint } : {}),
          ...(e.location ? { location: e.location } : {}),
        });
      }
      return result;
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
