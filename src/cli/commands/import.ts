// broadsheet import wordpress FILE: a WordPress export (WXR) into Markdown articles.
import path from 'node:path';
import { createProblem } from '../../errors/index.js';
import type { Command } from '../command.js';
import { formatProblem } from '../report.js';
import { siteConfig, workersFlag } from '../site-options.js';

export const importCommand: Command = {
  name: 'import',
  summary: 'bring an archive in from another system (WordPress)',
  usage: `Usage: broadsheet import wordpress FILE [options]

Writes one Markdown article per published post of a WordPress export (Tools > Export >
All content) into the content folder, then prints what it did and every post that needs a
look. Running it again rewrites only posts that changed in WordPress, and never a file
edited since the last import.

Options:
  --out DIR         folder to write articles into (default: the site's content folder)
  --config FILE     site configuration; its timeZone dates the articles
  --drafts          also write drafts, pending and private posts, marked draft: true
  --pages           also write pages, under pages/, marked draft: true
  --local-media     link images as /wp-content/uploads/... (copy that folder into the
                    content folder) instead of on the old site
  --force           overwrite files that were edited since the last import
  --workers N       convert posts in N worker threads (default 0: in the main
                    thread); may help on a machine with idle cores
  --quiet           print only warnings, not the report
  -h, --help        show this help`,
  options: {
    out: { type: 'string' },
    config: { type: 'string' },
    drafts: { type: 'boolean', default: false },
    pages: { type: 'boolean', default: false },
    'local-media': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
    workers: { type: 'string' },
    quiet: { type: 'boolean', default: false },
  },
  positionals: { min: 2, max: 2, hint: 'Write: broadsheet import wordpress export.xml' },
  async run({ values, positionals, cwd, setContentDir }) {
    const [source, file] = positionals as [string, string];
    if (source !== 'wordpress') {
      throw createProblem('CLI_USAGE', { kind: 'import-source', source: String(source) });
    }
    const config = await siteConfig(typeof values.config === 'string' ? { config: values.config } : {}, cwd);
    const contentDir = typeof values.out === 'string' ? path.resolve(cwd, values.out) : config.contentDir;
    setContentDir(contentDir);
    const threads = workersFlag(values);
    const { formatImportReport, importWordPress } = await import('../../index.js');
    const report = await importWordPress({
      ...(threads === undefined ? {} : { threads }),
      file: path.resolve(cwd, file),
      contentDir,
      timeZone: config.timeZone,
      drafts: values.drafts === true,
      pages: values.pages === true,
      force: values.force === true,
      localMedia: values['local-media'] === true,
    });
    for (const warning of report.warnings) process.stderr.write(`${formatProblem(warning, contentDir, cwd)}\n\n`);
    if (values.quiet !== true) process.stdout.write(`${formatImportReport(report, config.timeZone)}\n`);
    return 0;
  },
};
