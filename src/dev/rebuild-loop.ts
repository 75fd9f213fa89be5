// Turns a stream of file change notices into rebuilds: a burst of changes (a git checkout touching
// hundreds of files) becomes one rebuild once the files have been quiet for a moment, and changes
// that arrive during a rebuild queue exactly one follow-up rebuild.

export interface RebuildLoop {
  /** A file changed (absolute path). */
  notify(file: string): void;
  /** Rebuild now, without waiting for a change (the first build). */
  runNow(): Promise<void>;
  /** Resolves once no rebuild is running, waiting or queued. */
  whenIdle(): Promise<void>;
  /** Stop taking changes; resolves when the running rebuild (if any) has finished. */
  close(): Promise<void>;
}

export interface RebuildLoopOptions {
  /** Milliseconds without changes before a rebuild starts. */
  quietMs: number;
  /** Do one rebuild; changed holds the files noticed since the last one. Must not reject. */
  rebuild(changed: string[]): Promise<void>;
}

/** Create the loop; nothing runs until notify() or runNow(). */
export function createRebuildLoop(options: RebuildLoopOptions): RebuildLoop {
  let changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let closed = false;
  let idleWaiters: (() => void)[] = [];

  const settleIfIdle = () => {
    if (running || timer || changed.size) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };
  const start = (): Promise<void> => {
    const batch = [...changed].sort();
    changed = new Set();
    const run = options.rebuild(batch).finally(() => {
      running = undefined;
      // Changes that came in while this ran and are already quiet: one follow-up for all of them.
      if (!closed && changed.size && !timer) void start();
      else settleIfIdle();
    });
    running = run;
    return run;
  };
  const fire = () => {
    timer = undefined;
    if (closed) return settleIfIdle();
    // A rebuild is running: it picks these changes up when it finishes.
    if (!running) void start();
  };

  return {
    notify(file) {
      if (closed) return;
      changed.add(file);
      clearTimeout(timer);
      timer = setTimeout(fire, options.quietMs);
    },
    async runNow() {
      while (running) await running;
      await start();
    },
    whenIdle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve);
        settleIfIdle();
      });
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      changed.clear();
      await running;
      settleIfIdle();
    },
  };
}
