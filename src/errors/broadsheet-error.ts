import { ERROR_CODES, type ErrorCode } from './codes.js';
import { WORDING, type WordedCode, type WordingData } from './wording.js';

export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** The front matter key the problem is about, when the line is not known yet (check finds it). */
  key?: string;
}

export interface ErrorDetails {
  /** What happened and why. */
  message: string;
  /** What to do about it. */
  hint?: string;
  location?: SourceLocation;
  cause?: unknown;
}

/** The one error type of Broadsheet: a catalogued code, a message, a hint and where it happened. */
export interface BroadsheetError extends Error {
  readonly code: ErrorCode;
  readonly title: string;
  readonly hint?: string;
  readonly location?: SourceLocation;
  /** Errors stop the build; warnings are reported and the build goes on. */
  readonly severity: 'error' | 'warning';
  readonly isBroadsheetError: true;
  /** The pipeline stage it came from (load, index, photos, render+search+write), once it left it. */
  readonly stage?: string;
}

/** Create a BroadsheetError with a code from the catalogue. */
export function createError(code: ErrorCode, details: ErrorDetails): BroadsheetError {
  const error = new Error(details.message, { cause: details.cause }) as Error & {
    -readonly [K in keyof BroadsheetError]: BroadsheetError[K];
  };
  error.name = 'BroadsheetError';
  error.code = code;
  error.title = ERROR_CODES[code];
  error.isBroadsheetError = true;
  error.severity = 'error';
  if (details.hint !== undefined) error.hint = details.hint;
  if (details.location !== undefined) error.location = details.location;
  return error;
}

/** Create a BroadsheetError whose message and hint the catalogue words from its data (see wording.ts). */
export function createProblem<C extends WordedCode>(
  code: C,
  data: WordingData<C>,
  extra: { location?: SourceLocation; cause?: unknown; severity?: 'error' | 'warning' } = {},
): BroadsheetError {
  const wording = WORDING[code] as { message(d: WordingData<C>): string; hint(d: WordingData<C>): string };
  const details: ErrorDetails = { message: wording.message(data), hint: wording.hint(data) };
  if (extra.location) details.location = extra.location;
  if (extra.cause !== undefined) details.cause = extra.cause;
  return (extra.severity === 'warning' ? createWarning : createError)(code, details);
}

/** A catalogued code with its data, made into an error once its place is known. */
export type ProblemSpec = { [C in WordedCode]: { code: C; data: WordingData<C> } }[WordedCode];

/** createProblem for a code and data held together (as a stage collects them before it knows the line). */
export function createProblemFrom(spec: ProblemSpec, extra: Parameters<typeof createProblem>[2] = {}): BroadsheetError {
  return createProblem(spec.code, spec.data as never, extra);
}

/** The catalogue's message for a code and its data, for text that quotes a problem (the import report). */
export function problemMessage(spec: ProblemSpec): string {
  return (WORDING[spec.code] as { message(d: unknown): string }).message(spec.data);
}

/** A problem as plain data: how it crosses to and from worker threads and the caches. */
export interface PlainProblem {
  code: ErrorCode;
  message: string;
  hint?: string;
  location?: SourceLocation;
  severity?: 'error' | 'warning';
}

/** The plain data of a problem (its wording as the catalogue made it). */
export function toPlainProblem(error: BroadsheetError): PlainProblem {
  return {
    code: error.code,
    message: error.message,
    severity: error.severity,
    ...(error.hint ? { hint: error.hint } : {}),
    ...(error.location ? { location: error.location } : {}),
  };
}

/** A problem back from its plain data; the wording is the catalogue's, made where it was found. */
export function revive(plain: PlainProblem): BroadsheetError {
  const details: ErrorDetails = { message: plain.message };
  if (plain.hint !== undefined) details.hint = plain.hint;
  if (plain.location !== undefined) details.location = plain.location;
  return (plain.severity === 'warning' ? createWarning : createError)(plain.code, details);
}

/** The same problem at another place, or as a warning with a sentence added (an article left out). */
export function restated(
  error: BroadsheetError,
  change: { location?: SourceLocation; severity?: 'error' | 'warning'; addendum?: string },
): BroadsheetError {
  const plain = toPlainProblem(error);
  return revive({
    ...plain,
    ...(change.location ? { location: change.location } : {}),
    ...(change.severity ? { severity: change.severity } : {}),
    ...(change.addendum ? { message: `${plain.message} ${change.addendum}` } : {}),
  });
}

/** Where a stage reports problems that do not stop the build. */
export type Warn = (warning: BroadsheetError) => void;

/** A problem worth reporting that does not stop the build (a missing photo, a replaced byte). */
export function createWarning(code: ErrorCode, details: ErrorDetails): BroadsheetError {
  return Object.assign(createError(code, details), { severity: 'warning' as const });
}

export function isBroadsheetError(value: unknown): value is BroadsheetError {
  return typeof value === 'object' && value !== null && (value as BroadsheetError).isBroadsheetError === true;
}

/** Several problems found in one pass (every bad article, not just the first). */
export interface BuildFailure extends Error {
  readonly errors: BroadsheetError[];
  readonly isBuildFailure: true;
}

export function createBuildFailure(errors: BroadsheetError[]): BuildFailure {
  const failure = new Error(`${errors.length} problem${errors.length === 1 ? '' : 's'} stopped the build`) as Error & {
    errors: BroadsheetError[];
    isBuildFailure: true;
  };
  failure.name = 'BuildFailure';
  failure.errors = errors;
  failure.isBuildFailure = true;
  return failure;
}

export function isBuildFailure(value: unknown): value is BuildFailure {
  return typeof value === 'object' && value !== null && (value as BuildFailure).isBuildFailure === true;
}

/** Flatten any thrown value into the BroadsheetErrors it carries (empty for a plain crash). */
export function collectErrors(value: unknown): BroadsheetError[] {
  if (isBuildFailure(value)) return value.errors;
  if (isBroadsheetError(value)) return [value];
  return [];
}

/**
 * What leaves a stage: Broadsheet's own errors marked with the stage they came from, and anything
 * else (a bug, never the user's input) as an INTERNAL_ERROR naming the stage, its cause kept.
 */
export function inStage(stage: string, error: unknown): BroadsheetError | BuildFailure {
  const known = isBuildFailure(error) ? error.errors : isBroadsheetError(error) ? [error] : undefined;
  if (!known) {
    const message = error instanceof Error ? error.message : String(error);
    return Object.assign(createProblem('INTERNAL_ERROR', { stage, message }, { cause: error }), { stage });
  }
  for (const e of known) if (e.stage === undefined) (e as { stage?: string }).stage = stage;
  return error as BroadsheetError | BuildFailure;
}
