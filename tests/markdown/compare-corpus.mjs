// Child process of gfm-equivalence.test.ts: renders one shard of the corpus with
// gfm 'auto' and 'always' and prints what differs, as JSON on stdout.
//   node --conditions production compare-corpus.mjs BUILD_DIR CORPUS_DIR SHARD SHARDS
// It exists because vitest runs tests under the `development` condition, which
// loads micromark's debug builds: 2-3x slower, too slow for 3000 bodies twice.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [buildDir, corpusDir, shard, shards] = process.argv.slice(2);
const load = (file) => import(pathToFileURL(path.join(buildDir, 'render/markdown', file)).href);
const { createMarkdownPipelines, createMarkdownRenderer } = await load('create-markdown-renderer.js');
const { needsGfm } = await load('needs-gfm.js');

const auto = createMarkdownRenderer();
const always = { render: createMarkdownPipelines().withGfm };
const files = readdirSync(corpusDir, { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.md'))
  .sort()
  .filter((_, index) => index % Number(shards) === Number(shard));

const result = { compared: 0, fast: 0, differing: [] };
for (const file of files) {
  // The body is what follows the second `---` line, which closes the front matter.
  const lines = readFileSync(path.join(corpusDir, file), 'utf8').split('\n');
  const body = lines.slice(lines.indexOf('---', lines.indexOf('---') + 1) + 1).join('\n');
  result.compared++;
  if (!needsGfm(body)) result.fast++;
  if (auto.render(body) !== always.render(body)) result.differing.push(file);
}
process.stdout.write(JSON.stringify(result));
