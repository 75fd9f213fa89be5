// A build of a large archive in one worker thread with a heap limit of its own (see build-heap.ts).
// To the command it looks like build(): the same stats, the same errors, progress as it goes, and
// a stop signal or pause hook that act in the worker. The worker is a thread of this process, so
// killing the CLI (even with SIGKILL) stops it too: nothing can go on writing the output folder.
import { Worker } from 'node:worker_threads';
import { createBuildFailure, inStage, revive, type BroadsheetError } from '../errors/index.js';
import type { BuildOptions, BuildStats } from '../index.js';
import type { BuildWorkerData, FromWorker, PlainFailureProblem, ToWorker } from './build-worker-messages.js';
import type { FlagValues } from './command.js';

export interface WorkerBuildInput {
  values: FlagValues;
  cwd: string;
  heapMb: number;
  options: Pick<BuildOptions, 'threads' | 'keepGoing' | 'signal' | 'onProgress' | 'pause'>;
}

/** Build in a worker thread; resolves once the build is done and the thread has ended. */
export function buildInWorker({ values, cwd, heapMb, options }: WorkerBuildInput): Promise<BuildStats> {
  const data: BuildWorkerData = {
    values,
    cwd,
    keepGoing: options.keepGoing === true,
    progress: options.onProgress !== undefined,
    pause: options.pause !== undefined,
    ...(options.threads === undefined ? {} : { threads: options.threads }),
  };
  const worker = new Worker(new URL('./build-worker.js', import.meta.url), {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  const send = (message: ToWorker) => worker.postMessage(message);
  const { signal } = options;
  const onStop = () => send({ kind: 'stop', reason: String(signal?.reason) });
  if (signal?.aborted) onStop();
  else signal?.addEventListener('abort', onStop, { once: true });

  return new Promise<BuildStats>((resolve, reject) => {
    let outcome: { ok: true; stats: BuildStats } | { ok: false; error: unknown } | undefined;
    worker.on('message', (message: FromWorker) => {
      if (message.kind === 'progress') options.onProgress?.(message.progress);
      else if (message.kind === 'pause') void holdAt(message, options.pause, signal, send);
      else if (message.kind === 'done') outcome = { ok: true, stats: { ...message.stats, warnings: message.stats.warnings.map(revive) } };
      else outcome = { ok: false, error: failureOf(message.problems, message.failure) };
    });
    // An uncaught error in the worker (a bug, or the heap limit reached) is an INTERNAL_ERROR of the build.
    worker.on('error', (error) => (outcome ??= { ok: false, error: inStage('build', error) }));
    worker.on('exit', (code) => {
      signal?.removeEventListener('abort', onStop);
      const result = outcome ?? {
        ok: false,
        error: inStage('build', new Error(`the build thread ended (exit code ${code}) without a result`)),
      };
      if (result.ok) resolve(result.stats);
      else reject(result.error);
    });
  });
}

/** Run the caller's pause hook for the worker, then let it go on (at 'commit', through the shared flag). */
async function holdAt(
  message: Extract<FromWorker, { kind: 'pause' }>,
  pause: BuildOptions['pause'],
  signal: AbortSignal | undefined,
  send: (message: ToWorker) => void,
): Promise<void> {
  try {
    await pause?.(message.point, ...(message.point === 'commit' ? [] : [signal]));
  } finally {
    if (message.flag) {
      Atomics.store(message.flag, 0, 1);
      Atomics.notify(message.flag, 0);
    } else send({ kind: 'resume', id: message.id });
  }
}

/** The worker's problems as the error build() would have thrown here. */
function failureOf(problems: PlainFailureProblem[], failure: boolean): unknown {
  const errors = problems.map(reviveFailure);
  return failure ? createBuildFailure(errors) : errors[0];
}

function reviveFailure({ stage, causeStack, ...plain }: PlainFailureProblem): BroadsheetError {
  const error = revive(plain) as BroadsheetError & { stage?: string; cause?: unknown };
  if (stage !== undefined) error.stage = stage;
  if (causeStack !== undefined) error.cause = Object.assign(new Error(plain.message), { stack: causeStack });
  return error;
}
