import type { OutputFile, RenderStats } from '../../types.js';
import type { Job, JobFailure, PlainError, PlannedJob } from './job-types.js';
import type { JobRunner } from './runners.js';

export interface ExecuteOptions {
  runner: JobRunner;
  /** True when a file with this input key was already written by an earlier build. */
  isFresh(path: string, inputKey: string): boolean;
  /** The warnings recorded when a kept file was made, reported again so a rebuild says what a clean build says. */
  problemsOf?(path: string): readonly PlainError[];
  batchSize: number;
  /** An article whose page could not be made; the other jobs go on. */
  onFailure(failure: JobFailure): void;
  /** Problems found while rendering that did not stop a page. */
  onWarning(warning: PlainError): void;
}

export const noJobs = (): RenderStats => ({ rendered: 0, cached: 0, skipped: 0 });

export function addCounts(a: RenderStats, b: RenderStats): RenderStats {
  return { rendered: a.rendered + b.rendered, cached: a.cached + b.cached, skipped: a.skipped + b.skipped };
}

/**
 * Feed jobs to the runner in batches, a few in flight per thread so no worker waits, and yield
 * the files as batches finish; return what was rendered. Jobs whose inputs are unchanged never
 * leave this thread.
 */
export async function* executeJobs(jobs: Iterable<PlannedJob>, options: ExecuteOptions): AsyncGenerator<OutputFile, RenderStats> {
  const { runner } = options;
  const stats = noJobs();
  const inFlight = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  const limit = Math.max(2, runner.threads * 3);
  const finished: OutputFile[][] = [];
  let batch: Job[] = [];
  const launch = () => {
    const jobsOfBatch = batch;
    batch = [];
    // Every batch settles into inFlight bookkeeping; the first failure is rethrown in order.
    const p: Promise<void> = runner.run(jobsOfBatch).then(
      (r) => {
        stats.rendered += r.renderedBodies;
        stats.cached += r.cachedBodies;
        r.failures.forEach(options.onFailure);
        r.warnings.forEach(options.onWarning);
        finished.push(r.files);
      },
      (error: unknown) => {
        failure ??= { error };
      },
    );
    inFlight.add(p);
    void p.then(() => inFlight.delete(p));
  };
  const check = () => {
    if (failure) throw failure.error;
  };
  for (const planned of jobs) {
    if (planned.paths.every((p) => options.isFresh(p, planned.inputKey))) {
      stats.skipped++;
      for (const path of planned.paths) options.problemsOf?.(path).forEach(options.onWarning);
      const source = planned.source === undefined ? {} : { source: planned.source };
      for (const path of planned.paths) yield { kind: 'keep', path, inputKey: planned.inputKey, ...source };
      continue;
    }
    batch.push(planned.make());
    if (batch.length >= options.batchSize) launch();
    while (inFlight.size >= limit) await Promise.race(inFlight);
    check();
    while (finished.length) yield* finished.shift()!;
  }
  if (batch.length) launch();
  while (inFlight.size) {
    await Promise.race(inFlight);
    check();
    while (finished.length) yield* finished.shift()!;
  }
  check();
  while (finished.length) yield* finished.shift()!;
  return stats;
}
