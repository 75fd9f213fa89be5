#!/usr/bin/env node
// What the per-article limits (issue 13) cost on a corpus folder:
//   node scripts/bench/limits.mjs CORPUS_DIR [--baseline PATH/lib/cli/main.js] [--rounds 3]
// 1. The checks alone: the front matter guard and the body pre-scan over every article, timed
//    in this process (what every cold build pays on top of parsing).
// 2. End to end: cold --no-cache builds of this checkout and, with --baseline, of another
//    checkout without the limits, alternating round by round so load on the machine hits both.
// Run `npm run compile` first: this reads lib/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { baseline: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
const corpus = positionals[0];
if (!corpus || !fs.existsSync(corpus)) {
  console.error('usage: node scripts/bench/limits.mjs CORPUS_DIR [--baseline PATH/lib/cli/main.js] [--rounds 3]');
  process.exit(2);
}
const { scanBodyLimits } = await import(path.join(root, 'lib/render/markdown/body-limits.js'));
const { checkFrontMatterLimits } = await import(path.join(root, 'lib/load/front-matter-limits.js'));
const { DEFAULT_LIMITS } = await import(path.join(root, 'lib/config/schema.js'));

const files = fs.readdirSync(corpus, { recursive: true }).filter((f) => /\.(md|markdown)$/.test(String(f)));
const texts = files.map((f) => fs.readFileSync(path.join(corpus, String(f)), 'utf8'));
let bytes = 0;
// CPU time as well as wall time: on a shared machine the wall time mostly measures the others.
const cpu = process.cpuUsage();
const started = performance.now();
for (const [i, text] of texts.entries()) {
  bytes += text.length;
  const close = text.indexOf('\n---', 3);
  const head = close > 0 ? text.slice(0, close + 4) : '';
  checkFrontMatterLimits(head, String(files[i]), DEFAULT_LIMITS, true);
  const verdict = scanBodyLimits(text.slice(head.length), DEFAULT_LIMITS);
  if (verdict.kind !== 'ok') console.log(`refused: ${files[i]} ${JSON.stringify(verdict)}`);
}
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
console.log(
  `checks alone: ${files.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms CPU ` +
    `(${((cpuMs * 1000) / files.length).toFixed(1)} µs CPU per article; load average ${os.loadavg()[0].toFixed(2)})`,
);

const config = path.join(root, 'scripts/bench/bench-config.json');
const builds = { ours: path.join(root, 'lib/cli/main.js'), ...(values.baseline ? { baseline: path.resolve(values.baseline) } : {}) };
const walls = Object.fromEntries(Object.keys(builds).map((k) => [k, []]));
for (let round = 1; round <= Number(values.rounds); round++) {
  for (const [name, cli] of Object.entries(builds)) {
    const out = fs.mkdtempSync(path.join(fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir(), 'bench-limits-'));
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [cli, 'build', '--no-cache', '--content', corpus, '--out', path.join(out, 'dist'), '--config', config, '--quiet'],
      { encoding: 'utf8' },
    );
    const wall = (performance.now() - t) / 1000;
    fs.rmSync(out, { recursive: true, force: true });
    if (r.status !== 0) throw new Error(`${name} build failed: ${r.stderr}`);
    walls[name].push(wall);
    console.log(`round ${round} ${name}: ${wall.toFixed(2)} s (load average ${os.loadavg()[0].toFixed(2)})`);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(walls).filter(([, xs]) => xs.length))
  console.log(`${name}: median ${median(xs).toFixed(2)} s, min ${Math.min(...xs).toFixed(2)} s, max ${Math.max(...xs).toFixed(2)} s`);
