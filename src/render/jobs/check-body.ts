// The bounds every body meets before it reaches the Markdown parser, in a worker or in-process.
import { createProblem } from '../../errors/index.js';
import { scanBodyLimits, type BodyLimits } from '../markdown/body-limits.js';
import type { BodyRef } from './job-types.js';

/** The body as text, or ARTICLE_TOO_LARGE / MARKDOWN_TOO_COMPLEX naming the file and line. */
export function checkBody(bytes: Buffer, ref: BodyRef, limits: BodyLimits & { bodyBytes: number }): string {
  if (bytes.length > limits.bodyBytes) {
    const data = { kind: 'body', file: ref.file, size: kib(bytes.length), limit: kib(limits.bodyBytes) } as const;
    throw createProblem('ARTICLE_TOO_LARGE', data, { location: { file: ref.file, line: ref.line } });
  }
  const markdown = bytes.toString('utf8');
  const verdict = scanBodyLimits(markdown, limits);
  if (verdict.kind === 'ok') return markdown;
  const line = ref.line + verdict.line - 1;
  const found =
    verdict.kind === 'nesting'
      ? ({ kind: 'nesting', depth: verdict.depth, limit: limits.nesting } as const)
      : verdict.kind === 'marks'
        ? ({ kind: 'marks', marks: verdict.marks, limit: limits.inlineMarks } as const)
        : ({ kind: 'cells', cells: verdict.cells, limit: limits.tableCells } as const);
  throw createProblem('MARKDOWN_TOO_COMPLEX', { file: ref.file, line, found }, { location: { file: ref.file, line } });
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
