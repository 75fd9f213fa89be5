// How problems reach the terminal: code, message, code frame of the offending lines, hint
// (written by the one serialiser, src/errors/serialize.ts).
import { formatBlock, problemsOf, type BroadsheetError, type FormatStyle } from '../errors/index.js';
import { styleFor } from './colors.js';

const SHOWN = 50;

/** Print what went wrong: every problem with its code frame; a crash is an INTERNAL_ERROR like any other. */
export function reportFailure(error: unknown, contentDir: string, cwd: string, command?: string): void {
  const style = styleFor(process.stderr);
  const errors = problemsOf(error, command ?? 'cli');
  // A bug (INTERNAL_ERROR) keeps its stack in the cause.
  const internal = errors.find((e) => e.code === 'INTERNAL_ERROR')?.cause;
  if (internal !== undefined && process.env.BROADSHEET_DEBUG) process.stderr.write(`${(internal as Error)?.stack ?? String(internal)}\n`);
  for (const e of errors.slice(0, SHOWN)) process.stderr.write(`${formatProblem(e, contentDir, cwd, style)}\n\n`);
  if (errors.length > SHOWN) process.stderr.write(`... and ${errors.length - SHOWN} more problems.\n`);
  process.stderr.write(
    `broadsheet: ${command ? `${command} ` : ''}failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n`,
  );
}

/** One error or warning with its code frame, its file shown relative to where the user is. */
export function formatProblem(problem: BroadsheetError, contentDir: string, cwd: string, style?: FormatStyle): string {
  return formatBlock(problem, { contentDir, cwd }, style);
}
