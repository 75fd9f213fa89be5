// Build progress on stderr, only for builds that last: a redrawn bar on a terminal, a plain line
// every few seconds elsewhere (CI logs keep every line, so no bars there).
import type { BuildProgress } from '../index.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** Nothing is shown before the build has run this long (ms). */
  delayMs: number;
  /** Without a terminal, at most one line per this many ms (and one per stage). */
  intervalMs: number;
  /** The clock, in ms; injectable for tests. */
  now?: () => number;
}

export interface ProgressReporter {
  onProgress(progress: BuildProgress): void;
  /** Clear the bar (on a terminal) so what follows starts on a clean line. */
  finish(): void;
}

/** Progress starts once a build has run a second, then a plain line at most every two seconds. */
export const PROGRESS_TIMING = { delayMs: 1000, intervalMs: 2000 } as const;

const REDRAW_MS = 100;
const BAR = 24;

export function createProgressReporter(options: ProgressOptions): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const tty = options.stream.isTTY === true;
  const started = now();
  let last = -Infinity;
  let lastStage: BuildProgress['stage'] | undefined;
  let drawn = false;
  return {
    onProgress(p) {
      const t = now();
      if (t - started < options.delayMs) return;
      const stageChanged = p.stage !== lastStage;
      if (!stageChanged && t - last < (tty ? REDRAW_MS : options.intervalMs)) return;
      last = t;
      lastStage = p.stage;
      const seconds = `${((t - started) / 1000).toFixed(1)} s`;
      if (tty) {
        // A line longer than the terminal would wrap, and \r would then redraw only its last part.
        // (Pseudo-terminals may report 0 columns: assume 80.)
        const line = `${describe(p, true)}  ${seconds}`.slice(0, Math.max(20, (options.stream.columns || 80) - 1));
        options.stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else {
        options.stream.write(`broadsheet: ${describe(p, false)}, ${seconds}\n`);
      }
    },
    finish() {
      if (drawn) options.stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** "loading 120/500 articles", "rendering [#####...] 40/500 articles, 40 files". */
function describe(p: BuildProgress, bar: boolean): string {
  if (p.stage === 'load') return `loading ${count(p.loaded)} articles`;
  if (p.stage === 'index') return `indexing ${p.loaded.total} articles`;
  const { done, total } = p.articles;
  const share = total ? done / total : 1;
  const meter = bar ? `${'█'.repeat(Math.round(share * BAR)).padEnd(BAR, '░')} ` : '';
  return `rendering ${meter}${count(p.articles)} articles (${Math.floor(share * 100)}%), ${p.files} files`;
}

function count({ done, total }: { done: number; total: number }): string {
  return `${done}/${total}`;
}
