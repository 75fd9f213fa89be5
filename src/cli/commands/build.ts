// broadsheet build: the whole pipeline once, then a summary line.
import { build } from '../../build.js';
import type { BuildStats } from '../../types.js';
import type { Command } from '../command.js';
import { formatProblem } from '../report.js';
import { BUILD_OPTIONS, BUILD_OPTIONS_HELP, siteConfig, workersFlag } from '../site-options.js';

export const buildCommand: Command = {
  name: 'build',
  summary: 'build the archive into a static site',
  usage: `Usage: broadsheet build [options]

Builds the news archive in the content folder into a static site.

Options:
${BUILD_OPTIONS_HELP}
  -h, --help        show this help`,
  options: BUILD_OPTIONS,
  positionals: { min: 0, max: 0, hint: 'Pass folders with --content and --out.' },
  async run({ values, cwd, setContentDir }) {
    const config = siteConfig(values, cwd);
    setContentDir(config.contentDir);
    const workers = workersFlag(values);
    const stats = await build(config, workers === undefined ? {} : { threads: workers });
    for (const warning of stats.warnings) process.stderr.write(`${formatProblem(warning, config.contentDir, cwd)}\n\n`);
    if (values.quiet !== true) {
      process.stdout.write(`${summaryLine(stats)}\n`);
      if (values.timings === true) process.stdout.write(`${timingsLine(stats)}\n`);
    }
    return 0;
  },
};

export function summaryLine(stats: BuildStats): string {
  const skipped = [stats.drafts && `${stats.drafts} drafts`, stats.future && `${stats.future} scheduled`].filter(Boolean).join(', ');
  return (
    `broadsheet: ${stats.articles} articles${skipped ? ` (${skipped} not published)` : ''}, ${stats.pages} pages, ${stats.files} files ` +
    `(${stats.write.written} written, ${stats.write.unchanged} unchanged, ${stats.write.deleted} removed; ` +
    `${stats.rendered} bodies rendered, ${stats.cachedBodies} from cache) in ${(stats.ms / 1000).toFixed(2)} s`
  );
}

export function timingsLine(stats: BuildStats): string {
  return `timings (ms): ${Object.entries(stats.timings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`;
}
