// What dev shows about a failed rebuild, in the browser overlay: each problem with its place and code frame.
import fs from 'node:fs';
import path from 'node:path';
import { codeFrame, collectErrors, type BroadsheetError } from '../errors/index.js';

/** One problem, as plain text fields ready to be escaped into HTML. */
export interface Problem {
  /** file:line:col as the user would open it, if known. */
  where?: string;
  code: string;
  title: string;
  message: string;
  hint?: string;
  /** The offending lines, the bad one marked with >. */
  frame?: string;
}

/** The problems a failed build threw: every BroadsheetError, or one "internal error" for anything else. */
export function describeFailure(error: unknown, contentDir: string, cwd: string): Problem[] {
  const errors = collectErrors(error);
  if (!errors.length) {
    return [{ code: 'INTERNAL', title: 'Internal error', message: (error as Error)?.message ?? String(error), hint: 'Please report it.' }];
  }
  return errors.map((e) => describeError(e, contentDir, cwd));
}

function describeError(error: BroadsheetError, contentDir: string, cwd: string): Problem {
  const problem: Problem = { code: error.code, title: error.title, message: error.message };
  if (error.hint) problem.hint = error.hint;
  const loc = error.location;
  if (loc) {
    // Article errors name files relative to the content folder; templates and config are absolute.
    const abs = path.resolve(contentDir, loc.file);
    const shown = fs.existsSync(abs) ? path.relative(cwd, abs) : loc.file;
    problem.where = `${shown}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`;
    if (loc.line) {
      try {
        problem.frame = codeFrame(fs.readFileSync(abs, 'utf8'), loc.line);
      } catch {
        // The file went away since the build read it: no frame, the rest still says what is wrong.
      }
    }
  }
  return problem;
}
