// Errors: one type (broadsheet-error.ts), a catalogue of codes (codes.ts) worded from their data
// (wording/), and one serialiser for every way a problem is shown (serialize.ts).
export { ERROR_CODES, type ErrorCode } from './codes.js';
export {
  createError,
  createProblem,
  createProblemFrom,
  problemMessage,
  restated,
  revive,
  toPlainProblem,
  inStage,
  createWarning,
  createBuildFailure,
  collectErrors,
  isBroadsheetError,
  isBuildFailure,
  type BroadsheetError,
  type BuildFailure,
  type PlainProblem,
  type ProblemSpec,
  type SourceLocation,
  type Warn,
} from './broadsheet-error.js';
export type { AfterFailure } from './wording/write.js';
export { WORDING, type UnsafePathData, type WordedCode, type WordingData } from './wording.js';
export {
  formatBlock,
  formatLine,
  githubAnnotation,
  problemFrame,
  problemsOf,
  shownPath,
  sourceOf,
  toOverlayEntry,
  toRecord,
  type OverlayEntry,
  type ProblemRecord,
  type ShowContext,
} from './serialize.js';
export { codeFrame, formatError, formatPlace, type FormatStyle } from './format-error.js';
