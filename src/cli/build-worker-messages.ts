// What the CLI's main thread and its build worker (build-worker.ts) say to each other: plain data only,
// since config (plugins, helpers) and errors do not cross threads; each side rebuilds its own.
import type { PlainProblem } from '../errors/index.js';
import type { BuildProgress, BuildStats, PausePoint } from '../index.js';
import type { FlagValues } from './command.js';

/** What the worker is started with: the command's flags and folder, from which it resolves the config again. */
export interface BuildWorkerData {
  values: FlagValues;
  cwd: string;
  threads?: number;
  keepGoing: boolean;
  progress: boolean;
  /** The caller holds the build at pause points (a test): ask the main thread at each. */
  pause: boolean;
}

/** A build's stats with its warnings as plain problems. */
export type PlainStats = Omit<BuildStats, 'warnings'> & { warnings: PlainProblem[] };

/** One problem that stopped the build; a bug's stack comes along for BROADSHEET_DEBUG. */
export type PlainFailureProblem = PlainProblem & { stage?: string; causeStack?: string };

export type FromWorker =
  | { kind: 'progress'; progress: BuildProgress }
  /** Held at a pause point: the worker waits for 'resume' with the same id, or, at 'commit', for the flag to turn 1. */
  | { kind: 'pause'; point: PausePoint; id: number; flag?: Int32Array }
  | { kind: 'done'; stats: PlainStats }
  /** failure: a BuildFailure (several problems) rather than one error. */
  | { kind: 'failed'; problems: PlainFailureProblem[]; failure: boolean };

export type ToWorker = { kind: 'stop'; reason: string } | { kind: 'resume'; id: number };
