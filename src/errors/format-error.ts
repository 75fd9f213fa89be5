import { escapeControls, escapeLine } from '../shared/terminal-text.js';
import type { BroadsheetError } from './broadsheet-error.js';

/** How the terminal wants parts of a message painted (colours); plain text by default. */
export interface FormatStyle {
  error(text: string): string;
  warning(text: string): string;
  strong(text: string): string;
  dim(text: string): string;
}

const PLAIN: FormatStyle = { error: (t) => t, warning: (t) => t, strong: (t) => t, dim: (t) => t };

/** "file:line:col" of a problem, or '' when it has no place. */
export function formatPlace(error: BroadsheetError, displayFile?: string): string {
  const loc = error.location;
  if (!loc) return '';
  return `${escapeLine(displayFile ?? loc.file)}${loc.line ? `:${loc.line}` : ''}${loc.line && loc.column ? `:${loc.column}` : ''}`;
}

/** Render an error for the terminal: "file:line:col  CODE  title", the message, a code frame and the hint. */
export function formatError(error: BroadsheetError, source?: string, displayFile?: string, style: FormatStyle = PLAIN): string {
  const where = formatPlace(error, displayFile);
  const severity = error.severity === 'warning' ? style.warning : style.error;
  const lines = [
    `${where ? `${style.strong(where)}  ` : ''}${severity(`${error.severity} ${error.code}`)}: ${error.title}`,
    `  ${escapeControls(error.message, '  ')}`,
  ];
  const frame = source && error.location?.line ? codeFrame(source, error.location.line, error.location.column) : '';
  if (frame) lines.push(style.dim(frame));
  if (error.hint) lines.push(`  ${style.dim('hint:')} ${escapeControls(error.hint, '  ')}`);
  return lines.join('\n');
}

/** The lines around line (1-based) of source, the line itself marked with > and the column (if known) with ^. */
export function codeFrame(source: string, line: number, column?: number): string {
  const all = source.split(/\r?\n/);
  const from = Math.max(1, line - 1);
  const to = Math.min(all.length, line + 1);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const text = escapeLine((all[n - 1] ?? '').slice(0, 160));
    out.push(`  ${n === line ? '>' : ' '} ${String(n).padStart(width)} | ${text}`);
    // A caret under the column, when it is known and on screen.
    if (n === line && column && column > 1 && column <= 160) out.push(`    ${' '.repeat(width)} | ${' '.repeat(column - 1)}^`);
  }
  return out.join('\n');
}
