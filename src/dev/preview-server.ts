// The dev HTTP server: serves the dev output folder like a static host (/x/ -> /x/index.html),
// adds the reload script (and error overlay) to HTML as it goes out, and streams reload events.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { STATE_DIR } from '../cache/output-manifest.js';
import { contentType, statOf } from '../serve/file-info.js';
import { escapeHtml } from './error-overlay.js';
import { EVENTS_PATH, RELOAD_SCRIPT_PATH, RELOAD_SCRIPT_SOURCE, type LiveReload } from './live-reload.js';
import { siteHeadersFor } from './site-headers.js';

export interface PreviewSite {
  /** The folder being served (the dev output). */
  outDir: string;
  /** The site's base path ('' or '/news'); pages live under it. */
  basePath: string;
}

export interface PreviewServerOptions {
  site(): PreviewSite;
  /** Add dev's script (and overlay) to an HTML page on its way out. */
  inject(html: string): string;
  liveReload: LiveReload;
}

export interface PreviewServer {
  /** Listen on host:port, or on the next free port when it is taken. */
  listen(host: string, port: number): Promise<{ port: number }>;
  close(): Promise<void>;
}

/** Ports tried after a taken one before asking the system for any free port. */
const NEARBY_PORTS = 10;

export function createPreviewServer(options: PreviewServerOptions): PreviewServer {
  let listenHost = '127.0.0.1';
  const server = http.createServer((req, res) => {
    try {
      // DNS rebinding: a page on evil.example whose name now points at 127.0.0.1 would read drafts.
      if (!isAllowedHost(req.headers.host, listenHost)) return refuseHost(res);
      handle(options, req, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`broadsheet dev: ${(error as Error).message}\n`);
    }
  });
  return {
    async listen(host, port) {
      listenHost = host;
      for (let i = 0; ; i++) {
        const candidate = port === 0 || i > NEARBY_PORTS ? 0 : port + i;
        try {
          return { port: await listenOn(server, host, candidate) };
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || candidate === 0 || candidate >= 65535) throw error;
        }
      }
    },
    close() {
      options.liveReload.close();
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function listenOn(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const fail = (error: Error) => reject(error);
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function handle(options: PreviewServerOptions, req: http.IncomingMessage, res: http.ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === EVENTS_PATH) return options.liveReload.connect(req, res);
  if (url.pathname === RELOAD_SCRIPT_PATH) {
    return void res
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' })
      .end(RELOAD_SCRIPT_SOURCE);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { allow: 'GET, HEAD' }).end();
  const { outDir, basePath } = options.site();
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return notFound(options, res, url.pathname);
  }
  if (basePath && !(pathname === basePath || pathname.startsWith(`${basePath}/`))) {
    if (pathname === '/') return redirect(res, `${encodeURI(basePath)}/`);
    return notFound(options, res, pathname);
  }
  const rel = pathname.slice(basePath.length);
  const file = path.resolve(outDir, `.${rel}`);
  const inside = file === outDir || file.startsWith(outDir + path.sep);
  if (!inside || rel.includes('\0') || rel.split('/').includes(STATE_DIR)) return notFound(options, res, pathname);
  const stat = statOf(file);
  if (stat?.isDirectory()) {
    if (!url.pathname.endsWith('/')) return redirect(res, `${url.pathname}/${url.search}`);
    return sendFile(options, req, res, path.join(file, 'index.html'), pathname);
  }
  return sendFile(options, req, res, file, pathname);
}

function sendFile(options: PreviewServerOptions, req: http.IncomingMessage, res: http.ServerResponse, file: string, shown: string): void {
  const stat = statOf(file);
  if (!stat?.isFile()) return notFound(options, res, shown);
  const type = contentType(file);
  const headers = { ...siteHeadersFor(options.site().outDir, shown), 'content-type': type, 'cache-control': 'no-store' };
  if (type.startsWith('text/html')) {
    let html: string;
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch {
      // Removed by a rebuild between the stat and the read.
      return notFound(options, res, shown);
    }
    const body = Buffer.from(options.inject(html));
    res.writeHead(200, { ...headers, 'content-length': body.length });
    return void res.end(req.method === 'HEAD' ? undefined : body);
  }
  res.writeHead(200, { ...headers, 'content-length': stat.size });
  if (req.method === 'HEAD') return void res.end();
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

function notFound(options: PreviewServerOptions, res: http.ServerResponse, shown: string): void {
  const { basePath } = options.site();
  const page =
    '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Not found</title></head>\n<body>\n' +
    `<h1>Not found</h1>\n<p>Nothing is published at <code>${escapeHtml(shown)}</code>.</p>\n` +
    `<p><a href="${escapeHtml(encodeURI(`${basePath}/`))}">Home page</a></p>\n</body>\n</html>\n`;
  const body = Buffer.from(options.inject(page));
  res.writeHead(404, {
    ...siteHeadersFor(options.site().outDir, shown),
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': body.length,
  });
  res.end(body);
}

/** Always a path on this server: "//2023/" or "/\\evil" would send the browser to another host. */
function redirect(res: http.ServerResponse, location: string): void {
  res.writeHead(302, { location: location.replace(/^[/\\]+/, '/'), 'cache-control': 'no-store' }).end();
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const ANY_ADDRESS = new Set(['0.0.0.0', '::', '[::]']);

/**
 * Host headers naming the address dev listens on: localhost, 127.0.0.1, [::1] or the --host
 * value; listening on every address (0.0.0.0), any IP address too, since rebinding needs a name.
 */
export function isAllowedHost(header: string | undefined, listenHost: string): boolean {
  if (!header) return false;
  const name = header.toLowerCase().replace(/:\d+$/, '');
  const own = listenHost.toLowerCase();
  if (LOOPBACK.has(name) || name === own || name === `[${own}]`) return true;
  if (!ANY_ADDRESS.has(own)) return false;
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name);
}

function refuseHost(res: http.ServerResponse): void {
  const body = 'broadsheet dev serves only its own address (localhost, 127.0.0.1, [::1] or the --host value).\n';
  res.writeHead(421, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(body);
}
