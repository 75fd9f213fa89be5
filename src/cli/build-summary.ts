// What build prints when it is done: one summary line, and with --timings each stage's time and counts.
import { UNCHANGED_TIMING } from '../cache/unchanged-build.js';
import type { BroadsheetError, BuildStats } from '../index.js';

/** The one-line summary every build prints. */
export function summaryLine(stats: BuildStats): string {
  const skipped = [stats.drafts && `${stats.drafts} drafts`, stats.future && `${stats.future} scheduled`].filter(Boolean).join(', ');
  const invalid = stats.invalid ? `, ${stats.invalid} left out with errors` : '';
  return (
    `broadsheet: ${stats.articles} articles${skipped ? ` (${skipped} not published)` : ''}${invalid}, ${stats.pages} pages, ${stats.files} files ` +
    `(${stats.write.written} written, ${stats.write.unchanged} unchanged, ${stats.write.deleted} removed; ` +
    `${stats.rendered} bodies rendered, ${stats.cachedBodies} from cache) in ${(stats.ms / 1000).toFixed(2)} s`
  );
}

/** "broadsheet: 12 warnings: 9 PHOTO_MISSING, 3 DUPLICATE_URL" (most frequent first), or '' with none. */
export function warningCounts(warnings: readonly BroadsheetError[]): string {
  if (!warnings.length) return '';
  const counts = new Map<string, number>();
  for (const w of warnings) counts.set(w.code, (counts.get(w.code) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return `broadsheet: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${byCount.map(([code, n]) => `${n} ${code}`).join(', ')}`;
}

/** "timings (ms): load 12, index 3, photos 5, render+search+write 800" (scripts/bench reads this line; dev prints it per rebuild). */
export function timingsLine(stats: Pick<BuildStats, 'timings'>): string {
  return `timings (ms): ${Object.entries(stats.timings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`;
}

/** The timings line, then a table of stages with what each did. */
export function timingsReport(stats: BuildStats): string {
  const line = timingsLine(stats);
  const did: Record<string, string> = {
    load: `${stats.articles + stats.drafts + stats.future} articles read`,
    index: `${stats.articles} published, ${stats.drafts} drafts and ${stats.future} scheduled left out`,
    photos: `${stats.photos.photos} photos: ${stats.photos.encoded} renditions encoded, ${stats.photos.cached} from cache, ${stats.photos.kept} kept`,
    'render+search+write': `${stats.pages} pages, ${stats.files} files; ${stats.rendered} bodies rendered, ${stats.cachedBodies} from cache`,
    'of which pagefind': `${stats.search.indexed} article pages indexed into ${stats.search.files} files`,
    [UNCHANGED_TIMING]: `every input as the last build saw it; ${stats.rendered} bodies rendered, ${stats.photos.encoded} renditions encoded`,
  };
  const rows: [string, number, string][] = [
    ...Object.entries(stats.timings).map(([k, v]): [string, number, string] => [k, v, did[k] ?? '']),
    ['total', stats.ms, ''],
  ];
  const nameWidth = Math.max(...rows.map(([k]) => k.length));
  const msWidth = Math.max(...rows.map(([, v]) => String(v).length));
  const table = rows.map(([k, v, what]) => `  ${k.padEnd(nameWidth)}  ${String(v).padStart(msWidth)} ms${what ? `  ${what}` : ''}`);
  return [line, ...table].join('\n');
}
