// broadsheet check: every problem of the archive at once, for writers and for CI.
import { createProblem } from '../../errors/index.js';
import { buildTime } from '../../shared/clock.js';
import { CHECK_FORMATS, formatCheck, type CheckFormat } from '../check-output.js';
import { styleFor } from '../colors.js';
import type { Command } from '../command.js';
import { SITE_OPTIONS, SITE_OPTIONS_HELP, siteConfig } from '../site-options.js';

export const checkCommand: Command = {
  name: 'check',
  summary: 'report every problem in the archive (front matter, links, images)',
  usage: `Usage: broadsheet check [options]

Checks every article and reports all problems at once: front matter errors, two
articles at one URL, prev/next and alias problems, links in article bodies to
pages the site does not have, missing images, and photos without alt text
(a warning). Checks the site as "broadsheet build" with the same flags would
publish it; the output folder is not touched.

Exits 1 if there are errors, 0 if there are only warnings or nothing.

Options:
${SITE_OPTIONS_HELP}
  --base-url URL    public address of the site (links to it count as internal)
  --drafts          also check articles marked draft: true
  --future          also check articles dated in the future
  --format FORMAT   text (default), json, or github (GitHub Actions annotations)
                    (with --verbose, text shows the lines around each problem)
  -h, --help        show this help

Example:
  broadsheet check --format github   # in a GitHub Actions step`,
  options: {
    ...SITE_OPTIONS,
    'base-url': { type: 'string' },
    drafts: { type: 'boolean', default: false },
    future: { type: 'boolean', default: false },
    format: { type: 'string', default: 'text' },
  },
  positionals: { min: 0, max: 0, hint: 'Pass the articles folder with --content.' },
  async run({ values, cwd, setContentDir }) {
    const format = checkFormat(values.format);
    const config = await siteConfig(values, cwd);
    setContentDir(config.contentDir);
    const { check } = await import('../../index.js');
    const result = await check(config, { now: buildTime() });
    const shown =
      format === 'text' && values.quiet === true ? { ...result, problems: result.problems.filter((p) => p.severity === 'error') } : result;
    if (!(format === 'text' && values.quiet === true && !shown.problems.length)) {
      const ctx = { contentDir: config.contentDir, cwd };
      process.stdout.write(formatCheck(shown, format, ctx, styleFor(process.stdout), values.verbose === true));
    }
    return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
  },
};

function checkFormat(value: unknown): CheckFormat {
  if (CHECK_FORMATS.includes(value as CheckFormat)) return value as CheckFormat;
  throw createProblem('CLI_USAGE', { kind: 'check-format', value: String(value), formats: CHECK_FORMATS });
}
