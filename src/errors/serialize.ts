// Every way a problem is written out, in one place: the terminal's text (a block per failure for
// build, a line per problem for check), the JSON record tools read, GitHub Actions annotations and
// the dev overlay's entries. Each starts from the same place (the file as the user would open it,
// line, column) and the same catalogue wording, so a problem reads the same wherever it is shown.
import fs from 'node:fs';
import path from 'node:path';
import { escapeControls } from '../shared/terminal-text.js';
import { collectErrors, inStage, type BroadsheetError } from './broadsheet-error.js';
import { codeFrame, formatError, formatPlace, type FormatStyle } from './format-error.js';

/** Where files named by problems are found (article files are relative to the content folder) and shown from. */
export interface ShowContext {
  contentDir: string;
  cwd: string;
}

/** One problem as data: what build --format json and check --format json print, and what dev overlays. */
export interface ProblemRecord {
  file: string | null;
  line: number | null;
  column: number | null;
  severity: 'error' | 'warning';
  code: string;
  title: string;
  message: string;
  hint: string | null;
}

const PLAIN: FormatStyle = { error: (t) => t, warning: (t) => t, strong: (t) => t, dim: (t) => t };

/** Every problem a failure carries; anything that is not Broadsheet's own becomes one INTERNAL_ERROR of the stage. */
export function problemsOf(error: unknown, stage: string): BroadsheetError[] {
  const errors = collectErrors(error);
  return errors.length ? errors : collectErrors(inStage(stage, error));
}

/** The problem's file relative to where the user is (POSIX), when it exists; undefined otherwise. */
export function shownPath(problem: BroadsheetError, ctx: ShowContext): string | undefined {
  const file = problem.location?.file;
  if (!file) return undefined;
  const abs = path.isAbsolute(file) ? file : path.join(ctx.contentDir, file);
  if (!fs.existsSync(abs)) return undefined;
  return path.relative(ctx.cwd, abs).split(path.sep).join('/');
}

/** The text of the file a problem is in, when it names a line (for code frames). */
export function sourceOf(problem: BroadsheetError, contentDir: string): string | undefined {
  const file = problem.location?.file;
  if (!file || !problem.location?.line) return undefined;
  try {
    return fs.readFileSync(path.resolve(contentDir, file), 'utf8');
  } catch {
    return undefined;
  }
}

/** The lines around the problem, the bad one marked, or undefined when it names no line. */
export function problemFrame(problem: BroadsheetError, ctx: ShowContext): string | undefined {
  const source = sourceOf(problem, ctx.contentDir);
  const loc = problem.location;
  return source && loc?.line ? codeFrame(source, loc.line, loc.column) : undefined;
}

/** The problem as a record (its file shown as the user would open it, else as the stage named it). */
export function toRecord(problem: BroadsheetError, ctx: ShowContext): ProblemRecord {
  return {
    file: shownPath(problem, ctx) ?? problem.location?.file ?? null,
    line: problem.location?.line ?? null,
    column: problem.location?.column ?? null,
    severity: problem.severity,
    code: problem.code,
    title: problem.title,
    message: problem.message,
    hint: problem.hint ?? null,
  };
}

/** "file:line:col  severity CODE: title", the message, the code frame and the hint (a failed build, a warning). */
export function formatBlock(problem: BroadsheetError, ctx: ShowContext, style: FormatStyle = PLAIN): string {
  return formatError(problem, sourceOf(problem, ctx.contentDir), shownPath(problem, ctx), style);
}

/** "file:line:col  severity CODE  message", the frame when asked for, then the hint (one entry of check's list). */
export function formatLine(problem: BroadsheetError, ctx: ShowContext, style: FormatStyle = PLAIN, withFrame = false): string {
  const where = formatPlace(problem, shownPath(problem, ctx)) || '(site)';
  const paint = problem.severity === 'warning' ? style.warning : style.error;
  const lines = [`${style.strong(where)}  ${paint(`${problem.severity} ${problem.code}`)}  ${escapeControls(problem.message, '  ')}`];
  const frame = withFrame ? problemFrame(problem, ctx) : undefined;
  if (frame) lines.push(style.dim(frame));
  if (problem.hint) lines.push(`  ${style.dim('hint:')} ${escapeControls(problem.hint, '  ')}`);
  return lines.join('\n');
}

/** A GitHub Actions workflow command: ::error file=...,line=...,col=...,title=...::message. */
export function githubAnnotation(problem: BroadsheetError, ctx: ShowContext): string {
  const r = toRecord(problem, ctx);
  const props: string[] = [];
  if (r.file) props.push(`file=${escapeProperty(r.file)}`);
  if (r.line) props.push(`line=${r.line}`);
  if (r.line && r.column) props.push(`col=${r.column}`);
  props.push(`title=${escapeProperty(`${r.code}: ${r.title}`)}`);
  const text = r.hint ? `${r.message}\nhint: ${r.hint}` : r.message;
  return `::${r.severity} ${props.join(',')}::${escapeData(text)}`;
}

/** One entry of the dev overlay: the record's fields, its place as one string and the code frame. */
export interface OverlayEntry {
  where?: string;
  code: string;
  title: string;
  message: string;
  hint?: string;
  frame?: string;
}

export function toOverlayEntry(problem: BroadsheetError, ctx: ShowContext): OverlayEntry {
  const r = toRecord(problem, ctx);
  const entry: OverlayEntry = { code: r.code, title: r.title, message: r.message };
  if (r.hint) entry.hint = r.hint;
  if (r.file) entry.where = `${r.file}${r.line ? `:${r.line}` : ''}${r.line && r.column ? `:${r.column}` : ''}`;
  const frame = problemFrame(problem, ctx);
  if (frame) entry.frame = frame;
  return entry;
}

// GitHub's escaping rules for workflow commands: data escapes %, CR and LF; properties also : and ,.
function escapeData(s: string): string {
  return escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
