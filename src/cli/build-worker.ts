// The build worker of a large archive (see build-heap.ts for why): resolves the config again from the
// same flags (config files may hold functions, which cannot cross threads), runs build() and posts
// its progress and its outcome, as plain data, to the main thread (build-in-worker.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { collectErrors, isBuildFailure, toPlainProblem, type BroadsheetError } from '../errors/index.js';
import { build, type BuildOptions, type PausePoint } from '../index.js';
import type { BuildWorkerData, FromWorker, PlainFailureProblem, ToWorker } from './build-worker-messages.js';
import { siteConfig } from './site-options.js';

const port = parentPort!;
const data = workerData as BuildWorkerData;
const post = (message: FromWorker) => port.postMessage(message);

const stop = new AbortController();
const resumes = new Map<number, () => void>();
port.on('message', (message: ToWorker) => {
  if (message.kind === 'stop') stop.abort(message.reason);
  else resumes.get(message.id)?.();
});

let pauses = 0;
/** Each pause point is the main thread's to hold: 'commit' runs synchronously, so it blocks on a shared flag. */
function pauseInMain(point: PausePoint): void | Promise<void> {
  const id = ++pauses;
  if (point === 'commit') {
    const flag = new Int32Array(new SharedArrayBuffer(4));
    post({ kind: 'pause', point, id, flag });
    Atomics.wait(flag, 0, 0);
    return undefined;
  }
  return new Promise((resolve) => {
    resumes.set(id, () => (resumes.delete(id), resolve()));
    post({ kind: 'pause', point, id });
  });
}

function plainFailure(error: BroadsheetError): PlainFailureProblem {
  const cause = error.code === 'INTERNAL_ERROR' ? (error.cause as Error | undefined) : undefined;
  return {
    ...toPlainProblem(error),
    ...(error.stage !== undefined ? { stage: error.stage } : {}),
    ...(cause !== undefined ? { causeStack: cause?.stack ?? String(cause) } : {}),
  };
}

async function run(): Promise<void> {
  const options: BuildOptions = {
    keepGoing: data.keepGoing,
    signal: stop.signal,
    ...(data.threads === undefined ? {} : { threads: data.threads }),
    ...(data.progress ? { onProgress: (progress) => post({ kind: 'progress', progress }) } : {}),
    ...(data.pause ? { pause: pauseInMain } : {}),
  };
  try {
    const config = await siteConfig(data.values, data.cwd);
    const { warnings, ...stats } = await build(config, options);
    post({ kind: 'done', stats: { ...stats, warnings: warnings.map(toPlainProblem) } });
  } catch (error) {
    // build() throws only Broadsheet's own errors; anything else leaves as the main thread's INTERNAL_ERROR.
    const problems = collectErrors(error);
    if (!problems.length) throw error;
    post({ kind: 'failed', problems: problems.map(plainFailure), failure: isBuildFailure(error) });
  } finally {
    port.unref(); // with the outcome posted, nothing here is waited for any more
  }
}

await run();
