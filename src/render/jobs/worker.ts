// Worker thread entry (piscina): one batch runner per thread, set up from workerData.
import { workerData } from 'node:worker_threads';
import { collectErrors } from '../../errors/index.js';
import type { Job, JobBatchResult, WorkerInit } from './job-types.js';
import { createBatchRunner, toPlainError } from './run-batch.js';

const runner = createBatchRunner(workerData as WorkerInit);

/** Errors cross the thread boundary as plain data; the main thread turns them back into errors. */
export default async function runJobs(task: { jobs: Job[]; progress: Int32Array }): Promise<JobBatchResult | { error: object }> {
  try {
    return await runner.run(task.jobs, task.progress);
  } catch (error) {
    const [known] = collectErrors(error);
    if (!known) throw error;
    return { error: toPlainError(known) };
  }
}
