// Progress: nothing for quick builds, a redrawn bar on a terminal, plain lines elsewhere. Builds
// are made "slow" by lowering the thresholds (environment or a fake clock), never by sleeping.
import { describe, expect, it } from 'vitest';
import type { BuildProgress } from '../../src/build.js';
import { createProgressReporter } from '../../src/cli/progress.js';
import { article, runCli, writeSite } from '../helpers/site.js';
import { runMain } from './run-main.js';

const rendering = (done: number, total: number, files = done): BuildProgress => ({
  stage: 'render',
  loaded: { done: total, total },
  articles: { done, total },
  files,
});

function fakeTerminal(isTTY: boolean) {
  const writes: string[] = [];
  let clock = 0;
  return {
    writes,
    tick: (ms: number) => void (clock += ms),
    options: { stream: { isTTY, columns: 120, write: (t: string) => writes.push(t) }, delayMs: 1000, intervalMs: 2000, now: () => clock },
  };
}

describe('progress reporter', () => {
  it('on a terminal: nothing in the first second, then one redrawn line (at most every 100 ms), cleared at the end', () => {
    const t = fakeTerminal(true);
    const progress = createProgressReporter(t.options);
    progress.onProgress(rendering(1, 10));
    t.tick(999);
    progress.onProgress(rendering(2, 10));
    expect(t.writes).toEqual([]);
    t.tick(1);
    progress.onProgress(rendering(5, 10));
    t.tick(50);
    progress.onProgress(rendering(6, 10));
    t.tick(50);
    progress.onProgress(rendering(10, 10, 14));
    expect(t.writes).toEqual([
      `\r\x1b[2Krendering ${'█'.repeat(12)}${'░'.repeat(12)} 5/10 articles (50%), 5 files  1.0 s`,
      `\r\x1b[2Krendering ${'█'.repeat(24)} 10/10 articles (100%), 14 files  1.1 s`,
    ]);
    progress.finish();
    expect(t.writes.at(-1)).toBe('\r\x1b[2K');
  });

  it('without a terminal: plain lines, one per stage and at most one per interval, nothing to clear', () => {
    const t = fakeTerminal(false);
    const progress = createProgressReporter(t.options);
    t.tick(1500);
    progress.onProgress({ stage: 'load', loaded: { done: 3, total: 10 }, articles: { done: 0, total: 0 }, files: 0 });
    progress.onProgress(rendering(0, 9, 0));
    t.tick(1000);
    progress.onProgress(rendering(3, 9));
    t.tick(1000);
    progress.onProgress(rendering(4, 9));
    progress.finish();
    expect(t.writes).toEqual([
      'broadsheet: loading 3/10 articles, 1.5 s\n',
      'broadsheet: rendering 0/9 articles (0%), 0 files, 1.5 s\n',
      'broadsheet: rendering 4/9 articles (44%), 4 files, 3.5 s\n',
    ]);
  });
});

describe('build progress from the command line', () => {
  const site = () =>
    writeSite({
      'content/a.md': article({ title: 'A' }),
      'content/b.md': article({ title: 'B' }),
      'content/c.md': article({ title: 'C' }),
    });

  it('a build slower than the threshold prints plain progress lines on stderr when it is not a terminal', () => {
    const r = runCli(['build', '--workers', '0'], site(), {}, { progress: { delayMs: 0, intervalMs: 0 } });
    expect(r.code).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^broadsheet: loading 1\/3 articles, \d+\.\d s$/);
    expect(lines).toContainEqual(expect.stringMatching(/^broadsheet: indexing 3 articles, /));
    expect(lines).toContainEqual(expect.stringMatching(/^broadsheet: rendering 3\/3 articles \(100%\), \d+ files, /));
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).not.toContain(String.fromCharCode(27));
    expect(r.stdout).toMatch(/^broadsheet: 3 articles, /);
  });

  it('prints nothing for builds under the threshold, or with --quiet', async () => {
    expect((await runMain(['build', '--workers', '0'], site())).stderr).toBe('');
    const quiet = await runMain(['build', '--workers', '0', '--quiet'], site(), {}, {}, { progress: { delayMs: 0, intervalMs: 0 } });
    expect(quiet.stderr).toBe('');
  });
});
