// broadsheet serve: a built site over HTTP as a static host (Netlify, Cloudflare Pages) serves it:
// /x/ -> /x/index.html, `_headers` on every answer, `_redirects` where no file is, the site's
// 404.html for the rest. Loopback by default; it reads only files under the site folder.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { STATE_DIR } from '../cache/output-manifest.js';
import { contentType, statOf } from './file-info.js';
import { SITE_FILES } from '../index/routes.js';
import { parseHeadersFile, type HeaderRules } from './headers-rules.js';
import { safeDecode } from './path-pattern.js';
import { parseRedirectsFile, type RedirectRules } from './redirect-rules.js';

export interface SiteServerOptions {
  /** The built site (an output folder). */
  dir: string;
  /** The site's base path ('' or '/news'): the folder is served under it. */
  basePath?: string;
}

export interface SiteServer {
  listen(host: string, port: number): Promise<{ port: number }>;
  close(): Promise<void>;
}

/** Files that configure the host and are never served. */
const HOST_FILES = new Set<string>([SITE_FILES.headers, SITE_FILES.redirects]);

/** Serve a built site; `_headers` and `_redirects` are read again on every request, so a rebuild applies at once. */
export function createSiteServer(options: SiteServerOptions): SiteServer {
  const dir = path.resolve(options.dir);
  const basePath = options.basePath ?? '';
  const server = http.createServer((req, res) => {
    try {
      handle(
        {
          dir,
          basePath,
          headers: readRules(dir, SITE_FILES.headers, parseHeadersFile),
          redirects: readRules(dir, SITE_FILES.redirects, parseRedirectsFile),
        },
        req,
        res,
      );
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`broadsheet serve: ${(error as Error).message}\n`);
    }
  });
  return {
    listen: (host, port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve({ port: (server.address() as AddressInfo).port }));
      }),
    close: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

interface Site {
  dir: string;
  basePath: string;
  headers?: HeaderRules;
  redirects?: RedirectRules;
}

function readRules<T>(dir: string, name: string, parse: (text: string) => T): T | undefined {
  try {
    return parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    return undefined;
  }
}

function handle(site: Site, req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const pathname = safeDecode(url.pathname);
  const extra = site.headers?.headersFor(pathname) ?? {};
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { ...extra, allow: 'GET, HEAD' }).end();
  // Redirects are followed even where a file exists (Cloudflare Pages; on Netlify a file wins unless
  // the rule is forced): an alias's HTML redirect page then never hides its 301.
  const redirect = site.redirects?.match(pathname, url.searchParams);
  if (redirect && redirect.status >= 300 && redirect.status < 400) {
    return void res.writeHead(redirect.status, { ...extra, location: redirect.to }).end();
  }
  const found = redirect?.force ? undefined : fileFor(site, pathname);
  if (found?.kind === 'slash') return void res.writeHead(301, { ...extra, location: `${url.pathname}/${url.search}` }).end();
  if (found?.kind === 'file') return send(req, res, found.file, 200, extra);
  if (redirect) {
    // A rewrite (200) or a custom not-found (404): another file's bytes at this address.
    const target = fileFor(site, safeDecode(new URL(redirect.to, 'http://localhost').pathname));
    if (target?.kind === 'file') return send(req, res, target.file, redirect.status, extra);
  }
  const notFound = fileFor(site, `${site.basePath}/404.html`);
  if (notFound?.kind === 'file') return send(req, res, notFound.file, 404, extra);
  const body = `Nothing is published at ${pathname}.\n`;
  res.writeHead(404, { ...extra, 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

type Found = { kind: 'file'; file: string } | { kind: 'slash' };

/** The file a decoded site path names, if the site has it (never outside the folder, never bookkeeping). */
function fileFor(site: Site, pathname: string): Found | undefined {
  if (site.basePath && !(pathname === site.basePath || pathname.startsWith(`${site.basePath}/`))) return undefined;
  const rel = pathname.slice(site.basePath.length) || '/';
  if (rel.includes('\0')) return undefined;
  const segments = rel.split('/').filter(Boolean);
  if (segments[0] === STATE_DIR || (segments.length === 1 && HOST_FILES.has(segments[0]!))) return undefined;
  const file = path.resolve(site.dir, ...segments);
  if (file !== site.dir && !file.startsWith(site.dir + path.sep)) return undefined;
  const stat = statOf(file);
  if (stat?.isDirectory()) {
    if (!rel.endsWith('/')) return statOf(path.join(file, 'index.html'))?.isFile() ? { kind: 'slash' } : undefined;
    return statOf(path.join(file, 'index.html'))?.isFile() ? { kind: 'file', file: path.join(file, 'index.html') } : undefined;
  }
  return stat?.isFile() ? { kind: 'file', file } : undefined;
}

function send(req: http.IncomingMessage, res: http.ServerResponse, file: string, status: number, extra: Record<string, string>): void {
  const size = statOf(file)?.size ?? 0;
  res.writeHead(status, { 'content-type': contentType(file), 'content-length': size, ...extra });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
