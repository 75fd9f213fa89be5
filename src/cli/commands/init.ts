// broadsheet init [dir]: start a new site (config, a first article, .gitignore, the CI workflow).
import path from 'node:path';
import { buildTime } from '../../shared/clock.js';
import type { Command } from '../command.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'start a new site in a folder (config, first article, CI workflow)',
  usage: `Usage: broadsheet init [dir] [options]

Starts a new site in dir (default: the current folder): broadsheet.config.json,
a first article under content/, an About page under pages/, a .gitignore, a package.json that lists
broadsheet, and .github/workflows/publish.yml (checks pull requests, publishes
main to GitHub Pages). Never replaces a file: what exists is kept and listed.

Options:
  --title TITLE     the site's title (default: "Daily Planet")
  --base-url URL    public address of the site (default: https://news.example.org/)
  --quiet           print nothing
  -h, --help        show this help

Then:
  npx broadsheet dev      preview on localhost while you write
  npx broadsheet build    build the site into dist/
  npx broadsheet serve    serve dist/ as the CDN will`,
  options: { title: { type: 'string' }, 'base-url': { type: 'string' }, quiet: { type: 'boolean', default: false } },
  positionals: { min: 0, max: 1, hint: 'Give at most one folder: broadsheet init my-site.' },
  async run({ values, positionals, cwd }) {
    const dir = path.resolve(cwd, positionals[0] ?? '.');
    const { initSite } = await import('../../index.js');
    const outcomes = initSite({
      dir,
      now: buildTime(),
      ...(typeof values.title === 'string' ? { title: values.title } : {}),
      ...(typeof values['base-url'] === 'string' ? { baseUrl: values['base-url'] } : {}),
    });
    if (values.quiet === true) return 0;
    const shown = path.relative(cwd, dir) || '.';
    const lines = outcomes.map((o) => (o.status === 'written' ? `  wrote ${o.file}` : `  kept  ${o.file}: ${o.reason}`));
    process.stdout.write(`broadsheet init: ${shown}\n${lines.join('\n')}\n`);
    return 0;
  },
};
