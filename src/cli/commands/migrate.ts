// broadsheet migrate: what is left to fix in an archive brought from Jekyll, Hugo, Zola or Eleventy.
import os from 'node:os';
import path from 'node:path';
import { createProblem } from '../../errors/index.js';
import { buildTime } from '../../shared/clock.js';
import type { Command } from '../command.js';
import { SITE_OPTIONS, SITE_OPTIONS_HELP, siteConfig } from '../site-options.js';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'report what an archive from Jekyll, Hugo, Zola or Eleventy still needs',
  usage: `Usage: broadsheet migrate [DIR] [options]

Reads an archive from another generator as "broadsheet build" would (DIR, or
--content, is the folder to read: a Jekyll site root, a Hugo or Zola content
folder, an Eleventy input folder) and lists, per problem code, how many
articles have it and the first few files, with the hint for fixing it. Names
the generator found (by its config file near the folder) and how many files are
pages of the old site rather than articles. Writes nothing.

Exits 1 if a build would fail, 0 otherwise.

Options:
${SITE_OPTIONS_HELP}
  --format FORMAT   text (default) or json
  -h, --help        show this help

Example:
  broadsheet migrate ../old-jekyll-site`,
  options: { ...SITE_OPTIONS, format: { type: 'string', default: 'text' } },
  positionals: { min: 0, max: 1, hint: 'Write: broadsheet migrate DIR (the folder of the old site).' },
  async run({ values, positionals, cwd, setContentDir }) {
    const format = values.format;
    if (format !== 'text' && format !== 'json') {
      throw createProblem('CLI_USAGE', { kind: 'check-format', value: String(format), formats: ['text', 'json'] });
    }
    const dir = positionals[0];
    // Nothing is written: an old site's root is often the content folder, and the default dist/
    // inside it must not stop the report, so the output and cache folders point at a spare place.
    const unused = path.join(os.tmpdir(), 'broadsheet-migrate-writes-nothing');
    const flags = { ...values, out: unused, 'no-cache': true, ...(dir === undefined ? {} : { content: dir }) };
    const config = await siteConfig(flags, cwd);
    setContentDir(config.contentDir);
    const { checkMigration, formatMigrationReport } = await import('../../index.js');
    const report = await checkMigration(config, { now: buildTime() });
    process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatMigrationReport(report));
    return report.groups.some((g) => g.severity === 'error') ? 1 : 0;
  },
};
