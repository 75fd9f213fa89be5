// Problems found after loading name the front matter key they are about; find its line, so that
// every problem check reports has a file:line:col.
import { createError, createWarning, type BroadsheetError } from '../errors/index.js';
import { lineOfFrontMatterKey } from '../load/index.js';

/** The same problem with line (of its front matter key, else 1) and column (else 1) filled in. */
export async function locateKey(problem: BroadsheetError, contentDir: string): Promise<BroadsheetError> {
  const location = problem.location;
  if (!location || (location.line !== undefined && location.column !== undefined)) return problem;
  // Reports say file:line:col: a problem about a whole line starts at its first column.
  const line = location.line ?? (location.key ? await lineOfFrontMatterKey(contentDir, location.file, location.key) : undefined) ?? 1;
  const make = problem.severity === 'warning' ? createWarning : createError;
  return make(problem.code, {
    message: problem.message,
    ...(problem.hint !== undefined ? { hint: problem.hint } : {}),
    location: { file: location.file, line, column: 1 },
  });
}
