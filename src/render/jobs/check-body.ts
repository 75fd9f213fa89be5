// The bounds every body meets before it reaches the Markdown parser, in a worker or in-process.
import { createError } from '../../errors/index.js';
import { scanBodyLimits, type BodyLimits } from '../markdown/body-limits.js';
import type { BodyRef } from './job-types.js';

/** The body as text, or ARTICLE_TOO_LARGE / MARKDOWN_TOO_COMPLEX naming the file and line. */
export function checkBody(bytes: Buffer, ref: BodyRef, limits: BodyLimits & { bodyBytes: number }): string {
  if (bytes.length > limits.bodyBytes) {
    throw createError('ARTICLE_TOO_LARGE', {
      message: `The body of ${ref.file} is ${kib(bytes.length)}, more than the limit of ${kib(limits.bodyBytes)}.`,
      hint: 'Split the article into parts, move data tables or transcripts to files of their own, or raise "limits.bodyBytes" in the config.',
      location: { file: ref.file, line: ref.line },
    });
  }
  const markdown = bytes.toString('utf8');
  const verdict = scanBodyLimits(markdown, limits);
  if (verdict.kind === 'ok') return markdown;
  const line = ref.line + verdict.line - 1;
  const what =
    verdict.kind === 'nesting'
      ? [`nests ${verdict.depth} levels deep (lists, quotes or indentation) where the limit is ${limits.nesting}`, 'limits.nesting']
      : verdict.kind === 'marks'
        ? [
            `has ${verdict.marks} emphasis or bracket marks (*, _, ~, [, ]) in one paragraph where the limit is ${limits.inlineMarks}`,
            'limits.inlineMarks',
          ]
        : [`has a table of ${verdict.cells} cells where the limit is ${limits.tableCells}`, 'limits.tableCells'];
  throw createError('MARKDOWN_TOO_COMPLEX', {
    message: `The body of ${ref.file} ${what[0]}; parsing it could take minutes, so it is not rendered.`,
    hint: `This is usually damaged or generated text: fix or remove the text from line ${line} on. If it is meant, raise "${what[1]}" in the config.`,
    location: { file: ref.file, line },
  });
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
