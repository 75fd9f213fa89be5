// broadsheet new "Headline": start an article file with its front matter filled in.
import path from 'node:path';
import { buildTime } from '../../shared/clock.js';
import type { Command, FlagValues } from '../command.js';
import { SITE_OPTIONS, SITE_OPTIONS_HELP, siteConfig } from '../site-options.js';

export const newCommand: Command = {
  name: 'new',
  summary: 'start a new article: content/YYYY/MM/slug.md',
  usage: `Usage: broadsheet new "Headline" [options]

Creates content/YYYY/MM/slug.md for a new article, dated now in the site's time
zone (SOURCE_DATE_EPOCH fixes "now"), with its front matter filled in and
marked draft: true. Never replaces an existing file. Prints the file's path
(and with --verbose, the front matter written, on stderr).

Options:
  --byline NAME     the writer (default: "newArticle.byline" in the config)
  --section NAME    the section (default: "newArticle.section" in the config)
  --slug SLUG       file name and URL segment (default: made from the headline)
${SITE_OPTIONS_HELP}
  -h, --help        show this help

Example:
  broadsheet new "Rice farmers expect bumper harvest" --byline "Taing Vida" --section Business`,
  options: {
    ...SITE_OPTIONS,
    byline: { type: 'string' },
    section: { type: 'string' },
    slug: { type: 'string' },
  },
  positionals: { min: 1, max: 1, hint: 'Give the headline as one argument, in quotes: broadsheet new "Headline".' },
  async run({ values, positionals, cwd, setContentDir }) {
    const config = await siteConfig(values, cwd);
    setContentDir(config.contentDir);
    const { planNewArticle, writeNewArticle } = await import('../../index.js');
    const article = planNewArticle(config, {
      title: positionals[0]!,
      now: buildTime(),
      ...optional(values, 'byline', 'section', 'slug'),
    });
    writeNewArticle(article);
    // The path alone on stdout, so scripts can open it: $EDITOR "$(broadsheet new "…")".
    // The path alone on stdout, so a script can open it: $EDITOR "$(broadsheet new "...")".
    if (values.quiet !== true) process.stdout.write(`${path.relative(cwd, article.file).split(path.sep).join('/')}\n`);
    if (values.verbose === true && values.quiet !== true) process.stderr.write(article.text);
    return 0;
  },
};

function optional(values: FlagValues, ...keys: ('byline' | 'section' | 'slug')[]) {
  const out: { byline?: string; section?: string; slug?: string } = {};
  for (const key of keys) {
    const value = values[key];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
