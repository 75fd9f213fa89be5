// The three ways check prints its problems: text for people, JSON for tools, GitHub annotations for CI.
// Each problem is written by the one serialiser (src/errors/serialize.ts); this adds check's counts.
import type { CheckResult } from '../index.js';
import { formatLine, githubAnnotation, toRecord, type ShowContext } from '../errors/index.js';
import type { Style } from './colors.js';

export const CHECK_FORMATS = ['text', 'json', 'github'] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

/** The whole report of one check run in a format; ends with a newline. With verbose, text shows each problem's lines. */
export function formatCheck(result: CheckResult, format: CheckFormat, ctx: ShowContext, style: Style, verbose = false): string {
  if (format === 'json') return `${JSON.stringify(jsonReport(result, ctx), null, 2)}\n`;
  if (format === 'github') return result.problems.map((p) => `${githubAnnotation(p, ctx)}\n`).join('');
  return textReport(result, ctx, style, verbose);
}

function counts(result: CheckResult) {
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: result.problems.length - errors };
}

/** One "file:line:col  error CODE  message" line per problem, its hint under it, then a count. */
function textReport(result: CheckResult, ctx: ShowContext, style: Style, verbose: boolean): string {
  const lines = result.problems.map((p) => formatLine(p, ctx, style, verbose));
  const { errors, warnings } = counts(result);
  const found = errors || warnings ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}` : style.ok('no problems');
  if (lines.length) lines.push('');
  lines.push(`broadsheet check: ${found} in ${plural(result.files, 'article')} (${result.checked} checked for links and images).`);
  return `${lines.join('\n')}\n`;
}

/** The JSON report: counts, then every problem (build --format json prints the same shape). */
export function jsonReport(result: CheckResult, ctx: ShowContext) {
  return { ...counts(result), articles: result.files, problems: result.problems.map((p) => toRecord(p, ctx)) };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
