#!/usr/bin/env node
// What a reader's first search downloads: serves a built site, runs Pagefind's own script in Node
// with the bundles merged as the search page merges them, and counts the bytes of every request.
//   node scripts/bench/search-download.mjs DIST QUERY [LANG,LANG|all]
// Prints one line per request and the totals; the search page's own files (pagefind-ui.js and .css,
// broadsheet-bundles.js, search.js) are listed with their sizes, as the browser loads them too.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

const [dist, query, langArg = 'all'] = process.argv.slice(2);
if (!dist || !query) {
  console.error('usage: node scripts/bench/search-download.mjs DIST QUERY [LANG,LANG|all]');
  process.exit(2);
}
const root = path.resolve(dist);
const sandbox = { window: {} };
vm.runInNewContext(fs.readFileSync(path.join(root, 'pagefind/broadsheet-bundles.js'), 'utf8'), sandbox);
const site = sandbox.window.broadsheetSearch;
const langs = langArg === 'all' ? undefined : langArg.split(',');
const chosen = site.bundles.filter((b) => !langs || langs.includes(b.lang));
const requests = [];
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = path.join(root, rel);
  if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.statusCode = 404;
    return res.end();
  }
  const bytes = fs.readFileSync(file);
  requests.push([rel, bytes.length]);
  res.end(bytes);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const base = (b) => `${origin}/pagefind/${b.id}/`;
const pagefind = await import(pathToFileURL(path.join(root, 'pagefind', chosen[0].id, 'pagefind.js')).href);
await pagefind.options({ basePath: base(chosen[0]), baseUrl: '/' });
for (const b of chosen.slice(1)) await pagefind.mergeIndex(base(b), { baseUrl: '/', language: b.lang });
const found = await pagefind.search(site.markWords(query, ' '));
// The UI shows five results first, each loading its fragment.
await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
await pagefind.filters();
server.close();
const page = ['pagefind/pagefind-ui.js', 'pagefind/pagefind-ui.css', 'pagefind/broadsheet-bundles.js'].map((p) => [
  `/${p}`,
  fs.statSync(path.join(root, p)).size,
]);
let total = 0;
for (const [rel, size] of [...page, ...requests]) {
  total += size;
  console.log(`${String(size).padStart(9)}  ${rel}`);
}
const wasm = requests.filter(([rel]) => rel.includes('/wasm.')).reduce((n, [, s]) => n + s, 0);
console.log(
  `# ${chosen.length} bundles (${chosen.map((b) => b.id).join(' ')}), ${found.results.length} results for ${JSON.stringify(query)}`,
);
console.log(
  `# ${requests.length} index requests; total ${total} bytes (${(total / 1024).toFixed(0)} KiB), of which WebAssembly ${wasm} bytes; not counted: pagefind.js, pagefind-worker.js`,
);
