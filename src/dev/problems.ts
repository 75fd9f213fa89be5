// What dev shows about a failed rebuild, in the browser overlay: each problem with its place and
// code frame, written by the one serialiser (src/errors/serialize.ts).
import { problemsOf, toOverlayEntry, type OverlayEntry } from '../errors/index.js';

/** One problem, as plain text fields ready to be escaped into HTML. */
export type Problem = OverlayEntry;

/** The problems a failed build threw: every BroadsheetError, and anything else as an INTERNAL_ERROR of dev. */
export function describeFailure(error: unknown, contentDir: string, cwd: string): Problem[] {
  return problemsOf(error, 'dev').map((e) => toOverlayEntry(e, { contentDir, cwd }));
}
