import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createError, type ErrorCode } from '../../errors/index.js';
import type { Job, JobBatchResult, WorkerInit } from './job-types.js';
import type { BatchRunner } from './run-batch.js';
import { forWorkers, workersCanLoad } from '../extensions/index.js';

export interface JobRunner {
  run(jobs: Job[]): Promise<JobBatchResult>;
  readonly threads: number;
  close(): Promise<void>;
}

type WorkerResult =
  JobBatchResult | { error: { code: ErrorCode; message: string; hint?: string; location?: { file: string; line?: number } } };

const WORKER_HEAP_MB = 160;

/**
 * Jobs run in this thread before worker threads start. Starting a pool costs a few hundred
 * milliseconds of CPU, more than rendering a handful of edited pages, so a rebuild after a
 * small edit never pays for it; a full build hands everything past these to the workers.
 */
const IN_PROCESS_JOBS = 64;

/** Worker threads to use by default: one per core, since the main thread mostly waits on them. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/** Run jobs in worker threads (after the first few), or all in this thread when threads is 0. */
export function createJobRunner(init: WorkerInit, threads: number): JobRunner {
  // Loaded on first use, so a rebuild with nothing to render never loads the template engine.
  let local: Promise<BatchRunner> | undefined;
  const runLocally = async (jobs: Job[]) => (await (local ??= import('./run-batch.js').then((m) => m.createBatchRunner(init)))).run(jobs);
  // Extensions given as objects in code (no config file) exist only in this thread.
  if (threads <= 0 || !workersCanLoad(init.extensions)) return { run: runLocally, threads: 0, close: async () => {} };

  const filename = fileURLToPath(new URL('./worker.js', import.meta.url));
  // A promise, set synchronously: batches run concurrently, and each must find the same pool.
  let pool: Promise<Piscina> | undefined;
  let localJobs = 0;
  return {
    threads,
    async run(jobs) {
      if (!pool && localJobs + jobs.length <= IN_PROCESS_JOBS) {
        localJobs += jobs.length;
        return runLocally(jobs);
      }
      pool ??= import('piscina').then(
        ({ Piscina }) =>
          new Piscina({
            filename,
            // Functions cannot cross threads: workers load the site's extensions from its config file.
            workerData: { ...init, extensions: forWorkers(init.extensions) },
            minThreads: threads,
            maxThreads: threads,
            idleTimeout: 1000,
            // A worker holds one batch at a time; a firm heap limit makes V8 collect instead of
            // growing each thread's heap lazily, which keeps the build's memory near its metadata.
            resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
          }),
      );
      const workers = await pool;
      let result: WorkerResult;
      try {
        result = (await workers.run(jobs)) as WorkerResult;
      } catch (error) {
        // A huge body (a 10 MB article) can outgrow a worker's capped heap: this thread has no
        // such cap, so the batch is rendered here instead of failing the build.
        if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
        return runLocally(jobs);
      }
      return unwrap(result);
    },
    close: async () => {
      await (await pool)?.destroy();
    },
  };
}

/** Errors cross from workers as plain data; turn them back into BroadsheetErrors. */
function unwrap(result: WorkerResult): JobBatchResult {
  if (!('error' in result)) return result;
  const e = result.error;
  throw createError(e.code, { message: e.message, ...(e.hint ? { hint: e.hint } : {}), ...(e.location ? { location: e.location } : {}) });
}
