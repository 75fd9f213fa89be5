// Stopping a build on request (Ctrl-C, a CI job cancelled): the stages check an AbortSignal at
// points where stopping leaves nothing half-done, and crash tests can pause the build at a
// named point to kill it there instead of guessing with timers.
import { createError } from '../errors/index.js';

/** Throw BUILD_INTERRUPTED if the signal was aborted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason = typeof signal.reason === 'string' ? signal.reason : 'a stop request';
  throw createError('BUILD_INTERRUPTED', {
    message: `The build was stopped by ${reason} before it finished; the output folder was left as it was.`,
    hint: 'Run the build again; it picks up where the cache left off.',
  });
}

// BROADSHEET_TEST_PAUSE=<point>[:<count>]: at the count-th time the build passes <point>, it
// prints "broadsheet: paused at <point>" on stderr and waits (at most a minute). Tests only.
const [pausePoint, pauseCount] = (process.env.BROADSHEET_TEST_PAUSE ?? '').split(':');
const passes = new Map<string, number>();

function shouldPause(point: string): boolean {
  if (pausePoint !== point) return false;
  const n = (passes.get(point) ?? 0) + 1;
  passes.set(point, n);
  return n === Number(pauseCount ?? 1);
}

/** Pause at a point in async code; a signal (SIGINT, SIGTERM) ends the pause. */
export async function testPause(point: string, signal?: AbortSignal): Promise<void> {
  if (!shouldPause(point)) return;
  process.stderr.write(`broadsheet: paused at ${point}\n`);
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 60_000);
    signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });
}

/** Pause in synchronous code (the commit): only SIGKILL ends it early. */
export function testPauseSync(point: string): void {
  if (!shouldPause(point)) return;
  process.stderr.write(`broadsheet: paused at ${point}\n`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
}
