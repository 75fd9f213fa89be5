// Article bytes -> text. Invalid UTF-8 (old CMS exports in Windows-1252, truncated copies)
// is replaced with U+FFFD, and the first bad line is reported so someone can fix the file.
import { isUtf8 } from 'node:buffer';
import { type BroadsheetError, createProblem } from '../errors/index.js';

/** A warning naming the first line holding bytes that are not UTF-8, or undefined when all are. */
export function checkUtf8(bytes: Buffer, file: string): BroadsheetError | undefined {
  if (isUtf8(bytes)) return undefined;
  // 0x0A never occurs inside a multi-byte UTF-8 sequence, so lines can be checked one by one.
  let line = 1;
  let start = 0;
  for (;;) {
    const end = bytes.indexOf(10, start);
    const stop = end < 0 ? bytes.length : end;
    if (!isUtf8(bytes.subarray(start, stop))) break;
    if (end < 0) break;
    start = end + 1;
    line++;
  }
  return createProblem('INVALID_UTF8', { kind: 'text', file, line }, { location: { file, line }, severity: 'warning' });
}

/** True for a file with nothing but whitespace (and maybe a byte order mark). */
export function isBlank(bytes: Buffer): boolean {
  if (bytes.length > 4096) return false;
  return /^\s*$/.test(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}
