// The migration report: what `check` finds in an archive from another generator, grouped by
// code, with counts and the first few files, so a migrating user sees what is left to fix.
import type { CheckResult } from '../check/index.js';
import { ERROR_CODES, type ErrorCode } from '../errors/index.js';
import type { SourceSite } from './source-site.js';

/** How many files each code names before it only counts. */
const NAMED = 5;

export interface MigrationGroup {
  code: ErrorCode;
  title: string;
  severity: 'error' | 'warning';
  count: number;
  /** Distinct files with this problem. */
  files: number;
  /** The first few, as file:line, in file order. */
  examples: string[];
  /** The hint of the first problem of this code. */
  hint?: string;
}

export interface MigrationReport {
  /** The generator the archive came from, and the config file that told. */
  source?: { generator: string; configFile: string; authorsFile?: string };
  /** Markdown files read, and the articles a build would publish. */
  files: number;
  articles: number;
  /** Files left out as pages of the source site (NOT_AN_ARTICLE). */
  pages: number;
  groups: MigrationGroup[];
}

/** Group check's problems by code: errors first, then the most frequent. */
export function migrationReport(result: CheckResult, source: SourceSite | undefined): MigrationReport {
  const byCode = new Map<ErrorCode, MigrationGroup & { seen: Set<string> }>();
  for (const p of result.problems) {
    let group = byCode.get(p.code);
    if (!group) {
      group = { code: p.code, title: ERROR_CODES[p.code], severity: p.severity, count: 0, files: 0, examples: [], seen: new Set() };
      if (p.hint) group.hint = p.hint;
      byCode.set(p.code, group);
    }
    group.count++;
    if (p.severity === 'error') group.severity = 'error';
    const file = p.location?.file ?? '';
    if (!group.seen.has(file)) {
      group.seen.add(file);
      if (group.examples.length < NAMED) group.examples.push(p.location?.line ? `${file}:${p.location.line}` : file);
    }
  }
  const groups = [...byCode.values()]
    .map(({ seen, ...g }) => ({ ...g, files: seen.size }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count || (a.code < b.code ? -1 : 1) : a.severity === 'error' ? -1 : 1));
  const report: MigrationReport = {
    files: result.files + (byCode.get('NOT_AN_ARTICLE')?.count ?? 0),
    articles: result.checked,
    pages: byCode.get('NOT_AN_ARTICLE')?.count ?? 0,
    groups,
  };
  if (source) {
    report.source = { generator: source.generator, configFile: source.configFile };
    if (source.authorsFile) report.source.authorsFile = source.authorsFile;
  }
  return report;
}

/** The report as text for a terminal. */
export function formatMigrationReport(report: MigrationReport): string {
  const lines: string[] = [];
  lines.push(
    report.source
      ? `Source: ${report.source.generator} (${report.source.configFile}${report.source.authorsFile ? `; author names from ${report.source.authorsFile}` : ''})`
      : 'Source: no Jekyll, Hugo, Zola or Eleventy config found near the content folder; read as a Broadsheet archive.',
  );
  lines.push(
    `${report.files} Markdown files: ${report.articles} articles would be published, ${report.pages} pages of the old site are not articles.`,
  );
  if (!report.groups.length) {
    lines.push('Nothing left to fix.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('', 'Left to fix, by code:');
  for (const g of report.groups) {
    const more = g.files > g.examples.length ? `, and ${g.files - g.examples.length} more files` : '';
    lines.push(`  ${g.severity} ${g.code} (${g.title}): ${g.count} in ${g.files} file${g.files === 1 ? '' : 's'}`);
    lines.push(`    ${g.examples.join(', ')}${more}`);
    if (g.hint) lines.push(`    hint: ${g.hint}`);
  }
  return `${lines.join('\n')}\n`;
}
