// Server-sent events that tell open tabs a new build is ready, and the script that listens to them.
import type http from 'node:http';

/** The reserved path of the event stream; no site page can live under /__broadsheet/. */
export const EVENTS_PATH = '/__broadsheet/events';

export interface LiveReload {
  /** Answer a request for EVENTS_PATH: keep it open and send the current build number now. */
  connect(req: http.IncomingMessage, res: http.ServerResponse): void;
  /** Tell every open tab which build is current; tabs showing another one reload. */
  announce(build: string): void;
  close(): void;
}

/** Keep-alive comments stop proxies and browsers from dropping an idle stream. */
const KEEP_ALIVE_MS = 25_000;

export function createLiveReload(currentBuild: () => string): LiveReload {
  const clients = new Set<http.ServerResponse>();
  const send = (res: http.ServerResponse, build: string) => res.write(`event: build\ndata: ${build}\n\n`);
  const keepAlive = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, KEEP_ALIVE_MS);
  keepAlive.unref();
  return {
    connect(req, res) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      clients.add(res);
      req.on('close', () => clients.delete(res));
      // A build may have finished between serving the page and opening this stream.
      send(res, currentBuild());
    },
    announce(build) {
      for (const res of clients) send(res, build);
    },
    close() {
      clearInterval(keepAlive);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}

/** Where dev serves its page script: a file, not inline, so the site's Content-Security-Policy allows it. */
export const RELOAD_SCRIPT_PATH = '/__broadsheet/reload.js';

/** The tag injected into every HTML page dev serves: reload when the build it shows is no longer current. */
export function reloadScript(build: string): string {
  return `<script src="${RELOAD_SCRIPT_PATH}" data-build="${build.replace(/[^a-z0-9.]/gi, '')}"></script>`;
}

/** The script behind RELOAD_SCRIPT_PATH; it also closes the error overlay (no inline handler either). */
export const RELOAD_SCRIPT_SOURCE =
  `(() => { const shown = document.currentScript.dataset.build; const events = new EventSource(${JSON.stringify(EVENTS_PATH)});` +
  " events.addEventListener('build', (e) => { if (e.data !== shown) { events.close(); location.reload(); } });" +
  " document.addEventListener('click', (e) => { const button = e.target.closest && e.target.closest('[data-broadsheet-close]');" +
  ' if (button) button.parentNode.remove(); }); })();\n';
