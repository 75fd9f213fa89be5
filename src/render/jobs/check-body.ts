// The bounds every body meets before it reaches the Markdown parser, in a worker or in-process,
// and what a body that fails to render becomes.
import { createProblem, type BroadsheetError } from '../../errors/index.js';
import type { PluginFailure } from '../markdown/create-markdown-renderer.js';
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

/** What a body that failed to render becomes, in build and check alike: PLUGIN_FAILED naming the plugin, else MARKDOWN_ERROR. */
export function renderFailure(cause: unknown, ref: Pick<BodyRef, 'file' | 'line'>): BroadsheetError {
  const location = { file: ref.file, line: ref.line };
  if (cause instanceof Error && cause.name === 'PluginFailure') {
    const failure = cause as PluginFailure;
    const data = { kind: 'article', stage: failure.kind, plugin: failure.plugin, file: ref.file, reason: failure.message } as const;
    return createProblem('PLUGIN_FAILED', data, { location, cause: failure.original });
  }
  const data = { kind: 'article', file: ref.file, reason: (cause as Error).message } as const;
  return createProblem('MARKDOWN_ERROR', data, { location, cause });
}
