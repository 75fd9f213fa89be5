// The warnings of a body's unconverted template syntax, the same from build and check.
import { createProblem, type BroadsheetError } from '../../../errors/index.js';
import type { SyntaxNote } from './types.js';

/** Shown per body: the first few by line, then how many more. */
const SHOWN = 20;

/** SYNTAX_NOT_CONVERTED warnings for one body; bodyLine is the file line of the body's first line. */
export function syntaxWarnings(file: string, bodyLine: number, notes: readonly SyntaxNote[]): BroadsheetError[] {
  const warnings = notes
    .slice(0, SHOWN)
    .map((n) =>
      createProblem(
        'SYNTAX_NOT_CONVERTED',
        { kind: 'one', file, syntax: shorten(n.syntax), outcome: n.outcome, why: n.why },
        { severity: 'warning', location: { file, line: bodyLine + n.line - 1, column: n.column } },
      ),
    );
  if (notes.length > SHOWN) {
    warnings.push(
      createProblem(
        'SYNTAX_NOT_CONVERTED',
        { kind: 'more', file, count: notes.length - SHOWN },
        { severity: 'warning', location: { file, line: bodyLine } },
      ),
    );
  }
  return warnings;
}

function shorten(syntax: string): string {
  const one = syntax.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}
