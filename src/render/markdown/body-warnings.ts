// What a body lost on its way to HTML (elements the sanitiser removed, template syntax shown as
// text), as warnings worded one way for build, check and a build that kept the page as it was.
import { createProblem, type BroadsheetError, type SourceLocation, type WordingData } from '../../errors/index.js';
import { syntaxWarnings } from './migrate/syntax-warnings.js';
import type { SyntaxNote } from './migrate/types.js';
import type { Removal } from './removed-html.js';

/** Warnings for one body; bodyLine is the file line of the body's first line. */
export function bodyWarnings(
  file: string,
  bodyLine: number,
  body: { removed: readonly Removal[]; notes: readonly SyntaxNote[] },
): BroadsheetError[] {
  return [...syntaxWarnings(file, bodyLine, body.notes), ...removalWarnings(file, bodyLine, body.removed)];
}

/** Shown for one body: the first few removals by line, then how many more. */
const REMOVALS_SHOWN = 20;

function removalWarnings(file: string, bodyLine: number, removed: readonly Removal[]): BroadsheetError[] {
  const warning = (data: WordingData<'HTML_REMOVED'>, location: SourceLocation) =>
    createProblem('HTML_REMOVED', data, { location, severity: 'warning' });
  const warnings = removed
    .slice(0, REMOVALS_SHOWN)
    .map((r) =>
      warning(
        { kind: 'removed', what: r.what, file },
        { file, ...(r.line ? { line: bodyLine + r.line - 1 } : {}), ...(r.column ? { column: r.column } : {}) },
      ),
    );
  if (removed.length > REMOVALS_SHOWN) {
    warnings.push(warning({ kind: 'more', count: removed.length - REMOVALS_SHOWN, file }, { file, line: bodyLine }));
  }
  return warnings;
}
