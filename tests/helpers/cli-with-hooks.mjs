#!/usr/bin/env node
// The compiled CLI with test hooks, which the real command line has no switch for:
//   node tests/helpers/cli-with-hooks.mjs '<hooks JSON>' build --out dist ...
// hooks: { "pause": "<point>[:<count>]", "progress": { "delayMs": 0, "intervalMs": 0 }, "ownHeapFrom": 0 }
// ownHeapFrom: build in a worker thread with its own heap limit from this many Markdown files on
// (0: always), as a large archive does.
// With a pause, the count-th time (default 1) the build passes <point> ('load', 'staging' or
// 'commit') this prints "broadsheet: paused at <point>" on stderr and holds the build for at most a
// minute, so a test can kill it there. A stop signal ends an async pause; 'commit' runs
// synchronously, so only SIGKILL ends that one early.
import { clearTimeout, setTimeout } from 'node:timers';
import { main } from '../../lib/cli/main.js';

const [hooksJson, ...argv] = process.argv.slice(2);
const { pause, progress, ownHeapFrom } = JSON.parse(hooksJson ?? '{}');
const hooks = progress ? { progress } : {};
if (ownHeapFrom !== undefined) hooks.ownHeapFrom = ownHeapFrom;
if (pause) {
  const [point, count] = pause.split(':');
  let passes = 0;
  const reached = (at) => at === point && ++passes === Number(count ?? 1);
  hooks.build = {
    pause(at, signal) {
      if (!reached(at)) return undefined;
      process.stderr.write(`broadsheet: paused at ${at}\n`);
      if (at === 'commit') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
        return undefined;
      }
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, 60_000);
        signal?.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    },
  };
}
process.exitCode = await main(argv, process.cwd(), hooks);
