// The three ways check prints its problems: text for people, JSON for tools, GitHub annotations for CI.
import { type BroadsheetError, type CheckResult, escapeControls, formatPlace } from '../index.js';
import type { Style } from './colors.js';

export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** How a problem's file is shown (relative to the working folder, POSIX separators). */
export type ShowPath = (problem: BroadsheetError) => string | undefined;

/** The lines of the file around a problem (--verbose), or undefined. */
export type ShowFrame = (problem: BroadsheetError) => string | undefined;

/** The whole report of one check run in a format; ends with a newline. */
export function formatCheck(result: CheckResult, format: CheckFormat, showPath: ShowPath, style: Style, showFrame?: ShowFrame): string {
  if (format === 'json') return `${JSON.stringify(jsonReport(result, showPath), null, 2)}\n`;
  if (format === 'github') return result.problems.map((p) => `${githubAnnotation(p, showPath(p))}\n`).join('');
  return textReport(result, showPath, style, showFrame);
}

function counts(result: CheckResult) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: result.problems.length - errors };
}

/** One "file:line:col  error CODE  message" line per problem, its hint under it, then a count. */
function textReport(result: CheckResult, showPath: ShowPath, style: Style, showFrame?: ShowFrame): string {
  const lines: string[] = [];
  for (const p of result.problems) {
    const where = formatPlace(p, showPath(p)) || '(site)';
    const paint = p.severity === 'warning' ? style.warning : style.error;
    lines.push(`${style.strong(where)}  ${paint(`${p.severity} ${p.code}`)}  ${escapeControls(p.message, '  ')}`);
    const frame = showFrame?.(p);
    if (frame) lines.push(style.dim(frame));
    if (p.hint) lines.push(`  ${style.dim('hint:')} ${escapeControls(p.hint, '  ')}`);
  }
  const { errors, warnings } = counts(result);
  const found = errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : style.ok('no problems');
  if (lines.length) lines.push('');
  lines.push(`broadsheet check: ${found} in ${plural(result.files, 'article')} (${result.checked} checked for links and images).`);
  return `${lines.join('\n')}\n`;
}

/** The JSON report: counts, then every problem (build --format json prints the same shape). */
export function jsonReport(result: CheckResult, showPath: ShowPath) {
  return {
    ...counts(result),
    articles: result.files,
    problems: result.problems.map((p) => ({
      file: showPath(p) ?? p.location?.file ?? null,
      line: p.location?.line ?? null,
      column: p.location?.column ?? null,
      severity: p.severity,
      code: p.code,
      title: p.title,
      message: p.message,
      hint: p.hint ?? null,
    })),
  };
}

/** A GitHub Actions workflow command: ::error file=...,line=...,col=...,title=...::message. */
export function githubAnnotation(p: BroadsheetError, file: string | undefined): string {
  const props: string[] = [];
  const where = file ?? p.location?.file;
  if (where) props.push(`file=${escapeProperty(where)}`);
  if (p.location?.line) props.push(`line=${p.location.line}`);
  if (p.location?.line && p.location.column) props.push(`col=${p.location.column}`);
  props.push(`title=${escapeProperty(`${p.code}: ${p.title}`)}`);
  const text = p.hint ? `${p.message}\nhint: ${p.hint}` : p.message;
  return `::${p.severity} ${props.join(',')}::${escapeData(text)}`;
}

// GitHub's escaping rules for workflow commands: data escapes %, CR and LF; properties also : and ,.
function escapeData(s: string): string {
  return escapeControls(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
