// The per-article time budget: each batch in a worker writes the index of the job it is on into
// shared memory; a timer here notices a job that has not moved on for too long and aborts its
// task, which makes piscina terminate that worker (a busy parse cannot be interrupted otherwise).

export interface WatchedTask {
  /** Shared with the worker: the index of the job it is running (-1 before it starts, and while it sets up). */
  progress: Int32Array;
  /** Aborted when the running job passes the budget, or when every task is stopped. */
  signal: AbortSignal;
  /** The index of the job that ran out of time, if that is why the task was aborted. */
  timedOut(): number | undefined;
  done(): void;
}

export interface Watchdog {
  watch(): WatchedTask;
  /** Abort every task (a stop signal): their workers are terminated at once. */
  abortAll(): void;
  dispose(): void;
}

interface Entry {
  progress: Int32Array;
  controller: AbortController;
  index: number;
  since: number;
  timedOut?: number;
}

const TICK_MS = 100;

/** Watch tasks against a budget in milliseconds per job. */
export function createWatchdog(budgetMs: number): Watchdog {
  const entries = new Set<Entry>();
  let timer: NodeJS.Timeout | undefined;
  const tick = () => {
    const now = Date.now();
    for (const e of entries) {
      const index = Atomics.load(e.progress, 0);
      if (index !== e.index) {
        e.index = index;
        e.since = now;
      } else if (index >= 0 && now - e.since > budgetMs && e.timedOut === undefined) {
        e.timedOut = index;
        e.controller.abort('time-out');
      }
    }
  };
  return {
    watch() {
      const progress = new Int32Array(new SharedArrayBuffer(4));
      progress[0] = -1;
      const entry: Entry = { progress, controller: new AbortController(), index: -1, since: Date.now() };
      entries.add(entry);
      // The timer runs only while tasks do, and never keeps the process alive.
      timer ??= setInterval(tick, TICK_MS).unref();
      return {
        progress,
        signal: entry.controller.signal,
        timedOut: () => entry.timedOut,
        done: () => {
          entries.delete(entry);
          if (!entries.size && timer) {
            clearInterval(timer);
            timer = undefined;
          }
        },
      };
    },
    abortAll() {
      for (const e of entries) e.controller.abort('stopped');
    },
    dispose() {
      if (timer) clearInterval(timer);
      timer = undefined;
      entries.clear();
    },
  };
}
