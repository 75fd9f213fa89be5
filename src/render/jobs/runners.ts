import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { createProblemFrom, revive, toPlainProblem, type ProblemSpec } from '../../errors/index.js';
import { throwIfInterrupted } from '../../shared/interrupt.js';
import type { Job, JobBatchResult, JobFailure, PlainError, WorkerInit } from './job-types.js';
import type { BatchRunner } from './run-batch.js';
import { forWorkers, workersCanLoad } from '../extensions/index.js';
import { createWatchdog } from './watchdog.js';

export interface JobRunner {
  run(jobs: Job[]): Promise<JobBatchResult>;
  readonly threads: number;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Stops every worker at once (SIGINT, SIGTERM); running batches end with BUILD_INTERRUPTED. */
  signal?: AbortSignal;
  /** A job running longer than this in a worker is stopped and its article reported (RENDER_TIMEOUT). */
  timeoutMs: number;
}

type WorkerResult = JobBatchResult | { error: PlainError };

const WORKER_HEAP_MB = 160;
/** A batch that outgrew WORKER_HEAP_MB is retried one job at a time in a worker with this much. */
const LARGE_HEAP_MB = 1024;

/**
 * Jobs run in this thread before worker threads start. Starting a pool costs a few hundred
 * milliseconds of CPU, more than rendering a handful of edited pages, so a rebuild after a
 * small edit never pays for it. In-process work cannot be stopped by a signal or a time-out,
 * so only small bodies qualify: with the body limits (check-body.ts) each renders in
 * milliseconds whatever it holds. This is the one place that decides where a job runs.
 */
const IN_PROCESS_JOBS = 64;
const IN_PROCESS_BODY_BYTES = 32 * 1024;

/** Worker threads to use by default: one per core, since the main thread mostly waits on them. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/** Run jobs in worker threads (after the first few small ones), or all in this thread when threads is 0. */
export function createJobRunner(init: WorkerInit, threads: number, options: RunnerOptions): JobRunner {
  // Loaded on first use, so a rebuild with nothing to render never loads the template engine.
  let local: Promise<BatchRunner> | undefined;
  const runLocally = async (jobs: Job[]) => (await (local ??= import('./run-batch.js').then((m) => m.createBatchRunner(init)))).run(jobs);
  // Extensions given as objects in code (no config file) exist only in this thread.
  if (threads <= 0 || !workersCanLoad(init.extensions)) return { run: runLocally, threads: 0, close: async () => {} };

  const filename = fileURLToPath(new URL('./worker.js', import.meta.url));
  const pools = new Map<number, Promise<Piscina>>();
  // A promise, set synchronously: batches run concurrently, and each must find the same pool.
  const poolOf = (heapMb: number) => {
    let pool = pools.get(heapMb);
    if (!pool) {
      pool = import('piscina').then(
        ({ Piscina }) =>
          new Piscina({
            filename,
            // Functions cannot cross threads: workers load the site's extensions from its config file.
            workerData: { ...init, extensions: forWorkers(init.extensions) },
            minThreads: heapMb === WORKER_HEAP_MB ? threads : 0,
            maxThreads: heapMb === WORKER_HEAP_MB ? threads : 1,
            idleTimeout: 1000,
            // A worker holds one batch at a time; a firm heap limit makes V8 collect instead of
            // growing each thread's heap lazily, which keeps the build's memory near its metadata.
            resourceLimits: { maxOldGenerationSizeMb: heapMb },
          }),
      );
      pools.set(heapMb, pool);
    }
    return pool;
  };
  const watchdog = createWatchdog(options.timeoutMs);
  const stopAll = () => watchdog.abortAll();
  options.signal?.addEventListener('abort', stopAll, { once: true });
  let localJobs = 0;

  const runInPool = async (jobs: Job[], heapMb: number): Promise<JobBatchResult> => {
    const workers = await poolOf(heapMb);
    const task = watchdog.watch();
    let result: WorkerResult;
    try {
      throwIfInterrupted(options.signal);
      result = (await workers.run({ jobs, progress: task.progress }, { signal: task.signal })) as WorkerResult;
    } catch (error) {
      throwIfInterrupted(options.signal);
      const timedOut = task.timedOut();
      if (timedOut !== undefined) return afterTimeout(jobs, timedOut, heapMb);
      if ((error as { code?: string }).code !== 'ERR_WORKER_OUT_OF_MEMORY') throw error;
      return afterOutOfMemory(jobs, heapMb);
    } finally {
      task.done();
    }
    return unwrap(result);
  };

  /** The job that ran too long is reported; the others of its batch run again. */
  const afterTimeout = async (jobs: Job[], index: number, heapMb: number): Promise<JobBatchResult> => {
    const job = jobs[index]!;
    const failure = failureOf(job, { code: 'RENDER_TIMEOUT', data: { what: jobName(job), seconds: options.timeoutMs / 1000 } });
    const rest = jobs.filter((_, i) => i !== index);
    const others = rest.length ? await runInPool(rest, heapMb) : emptyResult();
    return { ...others, failures: [failure, ...others.failures] };
  };

  const afterOutOfMemory = async (jobs: Job[], heapMb: number): Promise<JobBatchResult> => {
    if (jobs.length > 1 || heapMb < LARGE_HEAP_MB) {
      let merged = emptyResult();
      for (const job of jobs) merged = mergeResults(merged, await runInPool([job], LARGE_HEAP_MB));
      return merged;
    }
    const job = jobs[0]!;
    return {
      ...emptyResult(),
      failures: [failureOf(job, { code: 'ARTICLE_TOO_LARGE', data: { kind: 'memory', what: jobName(job), limitMb: LARGE_HEAP_MB } })],
    };
  };

  return {
    threads,
    async run(jobs) {
      if (!pools.size && localJobs + jobs.length <= IN_PROCESS_JOBS && jobs.every((j) => smallEnough(init.contentDir, j))) {
        localJobs += jobs.length;
        return runLocally(jobs);
      }
      return runInPool(jobs, WORKER_HEAP_MB);
    },
    close: async () => {
      options.signal?.removeEventListener('abort', stopAll);
      watchdog.dispose();
      for (const pool of pools.values()) await (await pool).destroy();
    },
  };
}

/** Only pages whose body is small (or that have none) may render in this thread. */
function smallEnough(contentDir: string, job: Job): boolean {
  if (job.kind === 'feed') return job.channel.items.every((item) => !item.body);
  if (!job.body) return true;
  try {
    return fs.statSync(path.join(contentDir, job.body.file)).size - job.body.offset <= IN_PROCESS_BODY_BYTES;
  } catch {
    return false;
  }
}

function jobName(job: Job): string {
  return job.kind === 'page' ? (job.source ?? job.path) : 'a feed';
}

function failureOf(job: Job, problem: ProblemSpec): JobFailure {
  const source = job.kind === 'page' ? job.source : undefined;
  if (!source) throw createProblemFrom(problem);
  const line = job.kind === 'page' ? job.body?.line : undefined;
  return { source, error: toPlainProblem(createProblemFrom(problem, { location: { file: source, ...(line ? { line } : {}) } })) };
}

function emptyResult(): JobBatchResult {
  return { files: [], renderedBodies: 0, cachedBodies: 0, failures: [], warnings: [] };
}

function mergeResults(a: JobBatchResult, b: JobBatchResult): JobBatchResult {
  return {
    files: [...a.files, ...b.files],
    renderedBodies: a.renderedBodies + b.renderedBodies,
    cachedBodies: a.cachedBodies + b.cachedBodies,
    failures: [...a.failures, ...b.failures],
    warnings: [...a.warnings, ...b.warnings],
  };
}

/** Errors cross from workers as plain data; turn them back into BroadsheetErrors. */
function unwrap(result: WorkerResult): JobBatchResult {
  if (!('error' in result)) return result;
  const e = result.error;
  throw revive(e);
}
