// Lighthouse (mobile) on the example archive's article, home and search pages (empty, and with a query from the address), in Debian's
// Chromium (never a downloaded browser). Builds the example into a temporary folder, serves it
// on localhost with the site's own _headers CSP, and prints one Markdown table of the four
// category scores per page, for docs/benchmarks.md.
// Run: npm run compile && node scripts/bench/lighthouse.mjs   (needs the lighthouse devDependency)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES = [
  ['article', '/2019/10/officials-blamed-for-kingdoms-watch-list-placing/'],
  ['home', '/'],
  ['search', '/search/'],
  // A shared search: query and filter restored from the address, results loading after the page.
  ['search ?q=court&section=National', '/search/?q=court&section=National'],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

let lighthouse;
let launch;
try {
  ({ default: lighthouse } = await import('lighthouse'));
  ({ launch } = await import('chrome-launcher'));
} catch {
  console.error('lighthouse is not installed: npm i -D -E lighthouse@12.2.3 (it uses the Chromium at CHROMIUM_PATH, downloads none)');
  process.exit(2);
}

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-lighthouse-')), 'dist');
execFileSync(process.execPath, [path.join(root, 'lib/cli/main.js'), 'build', '--out', out, '--quiet'], { cwd: root, stdio: 'inherit' });
// The site's _headers rules (Netlify / Cloudflare Pages syntax: a path pattern, then indented
// "Name: value" lines), applied as those hosts do: every matching rule's headers, later ones winning.
const headerRules = [];
for (const line of fs.readFileSync(path.join(out, '_headers'), 'utf8').split('\n')) {
  if (!line.trim() || line.trim().startsWith('#')) continue;
  if (!/^\s/.test(line)) {
    const pattern = line
      .trim()
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/:\w+/g, '[^/]+');
    headerRules.push({ test: new RegExp(`^${pattern}$`), headers: {} });
  } else if (headerRules.length) {
    const [name, ...value] = line.trim().split(':');
    headerRules.at(-1).headers[name.trim().toLowerCase()] = value.join(':').trim();
  }
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let file = path.join(out, decodeURIComponent(url.pathname));
  if (!file.startsWith(out)) return void res.writeHead(403).end();
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  const status = fs.existsSync(file) ? 200 : 404;
  if (status === 404) file = path.join(out, '404.html');
  // As a CDN would serve it: the site's _headers (CSP, a year for hashed files and Pagefind's chunks), else 10 minutes; text compressed.
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'max-age=600' };
  for (const rule of headerRules) if (rule.test.test(url.pathname)) Object.assign(headers, rule.headers);
  const compress = /^(text\/|application\/(json|javascript)|image\/svg)/.test(type) && /gzip/.test(req.headers['accept-encoding'] ?? '');
  if (compress) headers['content-encoding'] = 'gzip';
  res.writeHead(status, headers);
  const body = fs.createReadStream(file);
  (compress ? body.pipe(zlib.createGzip()) : body).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const chrome = await launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const rows = [];
try {
  // LIGHTHOUSE_PAGES=search runs only the pages whose name contains it.
  for (const [name, url] of PAGES.filter(([n]) => n.includes(process.env.LIGHTHOUSE_PAGES ?? ''))) {
    const result = await lighthouse(`${origin}${url}`, { port: chrome.port, output: 'json', logLevel: 'error' }, undefined);
    const c = result.lhr.categories;
    if (process.env.LIGHTHOUSE_JSON)
      fs.writeFileSync(path.join(process.env.LIGHTHOUSE_JSON, `${name.replace(/\W+/g, '-')}.json`), result.report);
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100);
    rows.push(`| ${name} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`);
    // The metrics behind the performance score, and what the largest paint was: what to look at when it drops.
    const a = result.lhr.audits;
    const ms = (id) => `${Math.round(a[id]?.numericValue ?? 0)} ms`;
    const lcpNode = a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    console.error(
      `${name}: FCP ${ms('first-contentful-paint')}, LCP ${ms('largest-contentful-paint')}, TBT ${ms('total-blocking-time')}, ` +
        `SI ${ms('speed-index')}, CLS ${(a['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)}; LCP element ${lcpNode?.selector ?? 'none'}`,
    );
    for (const [k, cat] of Object.entries(c)) {
      if ((cat.score ?? 0) < 1) {
        const failing = cat.auditRefs
          .map((r) => result.lhr.audits[r.id])
          .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative');
        console.error(`${name} ${k}: ${failing.map((a) => a.id).join(', ')}`);
        for (const a of failing) {
          const nodes = (a.details?.items ?? [])
            .slice(0, 5)
            .map((i) => i.node && `${i.node.snippet} (${i.node.selector}: ${i.node.explanation ?? ''})`)
            .filter(Boolean);
          if (nodes.length) console.error(`  ${a.id}: ${nodes.join(' | ')}`);
        }
      }
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(
  `# lighthouse ${new Date().toISOString()} (mobile, default throttling), Chromium at ${chromePath}, load ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('| page | performance | accessibility | best practices | SEO |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) console.log(r);
