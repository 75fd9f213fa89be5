// broadsheet serve [dir]: the built site on localhost as the CDN will serve it.
import fs from 'node:fs';
import path from 'node:path';
import { findConfigFile, loadConfig } from '../../config/index.js';
import { createProblem } from '../../errors/index.js';
import type { Command, FlagValues } from '../command.js';

export const DEFAULT_SERVE_PORT = 8080;

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the built site on localhost as the CDN will (_headers, _redirects, 404 page)',
  usage: `Usage: broadsheet serve [dir] [options]

Serves a built site (dir, default: the output folder of the config, dist/) on
localhost the way Netlify and Cloudflare Pages serve it: /x/ is /x/index.html,
the headers of _headers (security policy, caching) on every answer, the
redirects of _redirects (old addresses) where no file is, and 404.html for
the rest. Under the path of "baseUrl" when it has one. Stop it with Ctrl-C.

Options:
  --port N          port to listen on (default: ${DEFAULT_SERVE_PORT}; 0 for any free port)
  --host HOST       address to listen on (default: 127.0.0.1)
  --config FILE     site configuration (default: ./broadsheet.config.* when present)
  --quiet           print only errors
  -h, --help        show this help`,
  options: { port: { type: 'string' }, host: { type: 'string' }, config: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  positionals: { min: 0, max: 1, hint: 'Give at most one folder: broadsheet serve dist.' },
  async run({ values, positionals, cwd }) {
    const site = await siteToServe(values, positionals[0], cwd);
    if (!fs.existsSync(path.join(site.dir, 'index.html')) && !fs.existsSync(site.dir)) {
      throw createProblem('SERVE_FAILED', { kind: 'no-site', dir: site.dir }, { location: { file: site.dir } });
    }
    const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
    const port = portOf(values);
    const { createSiteServer } = await import('../../index.js');
    const server = createSiteServer(site);
    let bound: number;
    try {
      bound = (await server.listen(host, port)).port;
    } catch (cause) {
      throw createProblem('SERVE_FAILED', { kind: 'listen', host, port, reason: (cause as Error).message, anyPort: true }, { cause });
    }
    if (values.quiet !== true) {
      const shownHost = host.includes(':') ? `[${host}]` : host;
      process.stdout.write(
        `broadsheet serve: http://${shownHost}:${bound}${site.basePath}/ from ${path.relative(cwd, site.dir) || '.'} (Ctrl-C to stop)\n`,
      );
    }
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  },
};

/** The folder and base path: from the config when the site has one, dir overriding its output folder. */
async function siteToServe(values: FlagValues, dir: string | undefined, cwd: string): Promise<{ dir: string; basePath: string }> {
  const explicit = typeof values.config === 'string' ? values.config : undefined;
  if (explicit === undefined && !findConfigFile(cwd)) return { dir: path.resolve(cwd, dir ?? 'dist'), basePath: '' };
  const config = await loadConfig({ cwd, ...(explicit ? { configFile: explicit } : {}) });
  return { dir: dir ? path.resolve(cwd, dir) : config.outDir, basePath: config.basePath };
}

function portOf(values: FlagValues): number {
  const raw = values.port;
  if (typeof raw !== 'string') return DEFAULT_SERVE_PORT;
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port > 65535) {
    throw createProblem('CLI_USAGE', { kind: 'port', raw: String(raw), defaultPort: DEFAULT_SERVE_PORT });
  }
  return port;
}
