import type { BroadsheetError } from './broadsheet-error.js';

/** Render an error for the terminal: "file:line:col  CODE  title", the message, a code frame and the hint. */
export function formatError(error: BroadsheetError, source?: string, displayFile?: string): string {
  const where = error.location
    ? `${displayFile ?? error.location.file}${error.location.line ? `:${error.location.line}` : ''}${error.location.column ? `:${error.location.column}` : ''}`
    : '';
  const lines = [`${where ? `${where}  ` : ''}${error.severity} ${error.code}: ${error.title}`, `  ${error.message}`];
  const frame = source && error.location?.line ? codeFrame(source, error.location.line) : '';
  if (frame) lines.push(frame);
  if (error.hint) lines.push(`  hint: ${error.hint}`);
  return lines.join('\n');
}

/** The lines around line (1-based) of source, the line itself marked with >. */
export function codeFrame(source: string, line: number): string {
  const all = source.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(all.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const text = (all[n - 1] ?? '').slice(0, 160);
    out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
  }
  return out.join('\n');
}
