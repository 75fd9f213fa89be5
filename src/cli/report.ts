// How problems reach the terminal: code, message, code frame of the offending lines, hint.
import fs from 'node:fs';
import path from 'node:path';
import { collectErrors, escapeControls, formatError, type BroadsheetError, type FormatStyle } from '../index.js';
import { styleFor } from './colors.js';

/** Print what went wrong: every BroadsheetError with its code frame, or a short note for a crash. */
export function reportFailure(error: unknown, contentDir: string, cwd: string, command?: string): void {
  const style = styleFor(process.stderr);
  const errors = collectErrors(error);
  // A bug wrapped by the build (INTERNAL_ERROR) keeps its stack in the cause.
  const internal = errors.length === 1 && errors[0]!.code === 'INTERNAL_ERROR' ? errors[0]!.cause : undefined;
  if (internal !== undefined && process.env.BROADSHEET_DEBUG) process.stderr.write(`${(internal as Error)?.stack ?? String(internal)}\n`);
  if (!errors.length) {
    process.stderr.write(`broadsheet: ${style.error('internal error')}: ${escapeControls((error as Error)?.message ?? String(error))}\n`);
    process.stderr.write(
      process.env.BROADSHEET_DEBUG
        ? `${(error as Error)?.stack}\n`
        : 'Set BROADSHEET_DEBUG=1 to see where it happened, and please report it.\n',
    );
    return;
  }
  for (const e of errors.slice(0, 50)) process.stderr.write(`${formatProblem(e, contentDir, cwd, style)}\n\n`);
  if (errors.length > 50) process.stderr.write(`... and ${errors.length - 50} more problems.\n`);
  process.stderr.write(
    `broadsheet: ${command ? `${command} ` : ''}failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}.\n`,
  );
}

/** One error or warning with its code frame, its file shown relative to where the user is. */
export function formatProblem(problem: BroadsheetError, contentDir: string, cwd: string, style?: FormatStyle): string {
  return formatError(problem, sourceOf(problem, contentDir), displayPath(problem, contentDir, cwd), style);
}

/** Article errors name files relative to the content folder; show them relative to where the user is (POSIX). */
export function displayPath(error: BroadsheetError, contentDir: string, cwd: string): string | undefined {
  const file = error.location?.file;
  if (!file) return undefined;
  const abs = path.isAbsolute(file) ? file : path.join(contentDir, file);
  if (!fs.existsSync(abs)) return undefined;
  return path.relative(cwd, abs).split(path.sep).join('/');
}

/** The text of the file a problem is in, when it names a line (for code frames). */
export function sourceOf(error: BroadsheetError, contentDir: string): string | undefined {
  const file = error.location?.file;
  if (!file || !error.location?.line) return undefined;
  try {
    return fs.readFileSync(path.resolve(contentDir, file), 'utf8');
  } catch {
    return undefined;
  }
}
