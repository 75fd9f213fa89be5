// Stopping a build on request (Ctrl-C, a CI job cancelled): the stages check an AbortSignal at
// points where stopping leaves nothing half-done. The same points can be handed to a pause hook,
// an option of build() and of the writer, never an environment switch.
import { createProblem } from '../errors/index.js';

/** Throw BUILD_INTERRUPTED if the signal was aborted. */
export function throwIfInterrupted(signal: AbortSignal | undefined): void {
  if (!signal?.aborted) return;
  const reason = typeof signal.reason === 'string' ? signal.reason : 'a stop request';
  throw createProblem('BUILD_INTERRUPTED', { reason });
}

/** Points where a caller of build() can hold the build: after load, after each staged file, before each commit step. */
export type PausePoint = 'load' | 'staging' | 'commit';

/**
 * Called at every pause point (crash tests kill the build there instead of guessing with timers).
 * A returned promise is awaited, except at 'commit', which runs synchronously: to hold it, block.
 */
export type PauseHook = (point: PausePoint, signal?: AbortSignal) => void | Promise<void>;
