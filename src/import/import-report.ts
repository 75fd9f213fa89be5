// What an import did: items read per kind and status, what happened to each file, and every item
// that could not be converted cleanly, so an editor can check those by hand.
import { escapeLine } from '../shared/terminal-text.js';
import type { BroadsheetError } from '../errors/index.js';
import type { WriteOutcome } from './import-writer.js';

export interface ItemProblem {
  id: string;
  title: string;
  /** The file written for the item, relative to the content folder, if one was. */
  file?: string;
  message: string;
}

export interface ImportReport {
  /** wp:post_type -> wp:status -> items read. */
  items: Map<string, Map<string, number>>;
  outcomes: Record<WriteOutcome, number>;
  /** Reasons items were not written ("page", "post (draft)", "attachment") -> count. */
  skipped: Map<string, number>;
  comments: number;
  problems: ItemProblem[];
  /** Files left alone because they were changed since the last import; XML problems read past. */
  warnings: BroadsheetError[];
  /** Posts WordPress dated with another offset than the site's timeZone gives: offset in minutes -> count. */
  zoneMismatches: Map<number, number>;
}

export function createImportReport(): ImportReport {
  return {
    items: new Map(),
    outcomes: { created: 0, updated: 0, unchanged: 0, edited: 0, deleted: 0, forced: 0 },
    skipped: new Map(),
    comments: 0,
    problems: [],
    warnings: [],
    zoneMismatches: new Map(),
  };
}

export function countItem(report: ImportReport, type: string, status: string): void {
  const statuses = report.items.get(type) ?? new Map<string, number>();
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  report.items.set(type, statuses);
}

export function increment<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** The report as lines for the terminal. */
export function formatImportReport(report: ImportReport, timeZone: string): string {
  const lines: string[] = [];
  const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || (String(a[0]) < String(b[0]) ? -1 : 1));
  const items = [...report.items].sort(([a], [b]) => (a < b ? -1 : 1));
  const total = items.reduce((n, [, s]) => n + [...s.values()].reduce((x, y) => x + y, 0), 0);
  lines.push(`Read ${total} items:`);
  for (const [type, statuses] of items) {
    const n = [...statuses.values()].reduce((x, y) => x + y, 0);
    lines.push(
      `  ${type}: ${n} (${byCount(statuses)
        .map(([s, c]) => `${s} ${c}`)
        .join(', ')})`,
    );
  }
  if (report.comments) lines.push(`  comments: ${report.comments} (not imported)`);
  const o = report.outcomes;
  lines.push(
    `Wrote ${o.created} new and ${o.updated} updated articles, ${o.unchanged} unchanged` +
      (o.forced ? `, ${o.forced} overwritten with --force` : '') +
      (o.edited + o.deleted ? `; left ${o.edited + o.deleted} alone that were edited or deleted since the last import` : '') +
      '.',
  );
  if (report.skipped.size)
    lines.push(
      `Not imported: ${byCount(report.skipped)
        .map(([r, c]) => `${c} ${r}`)
        .join(', ')}.`,
    );
  for (const [offset, count] of report.zoneMismatches) {
    lines.push(
      `Note: ${count} posts were dated by WordPress at UTC${formatOffset(offset)}, but the site's timeZone is ${timeZone}. ` +
        'The moments are exact; set "timeZone" in broadsheet.config.json to show them in the old zone.',
    );
  }
  if (report.problems.length) {
    lines.push(`${report.problems.length} items need a look:`);
    for (const p of report.problems) lines.push(escapeLine(`  ${p.id} "${p.title}"${p.file ? ` (${p.file})` : ''}: ${p.message}`));
  }
  return lines.join('\n');
}

function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
