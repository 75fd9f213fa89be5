export { ERROR_CODES, type ErrorCode } from './codes.js';
export {
  createError,
  createProblem,
  inStage,
  createWarning,
  createBuildFailure,
  collectErrors,
  isBroadsheetError,
  isBuildFailure,
  type BroadsheetError,
  type BuildFailure,
  type SourceLocation,
  type Warn,
} from './broadsheet-error.js';
export { WORDING, type UnsafePathData, type WordedCode, type WordingData } from './wording.js';
export { codeFrame, formatError, formatPlace, type FormatStyle } from './format-error.js';
