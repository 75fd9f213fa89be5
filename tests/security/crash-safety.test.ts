// Issue 6, crash safety: a build killed at any moment (SIGKILL, SIGINT, SIGTERM) leaves the
// previous dist/ and the cache usable, and the next build is the same as a clean one. Kill points
// are deterministic where possible (a pause hook, through tests/helpers/cli-with-hooks.mjs), plus a few kills at arbitrary times
// whose outcome is checked whatever moment they hit; nothing asserts on timing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { hookedCliPath, runCli, snapshot, writeFiles, writeSite } from '../helpers/site.js';

const ARTICLES = 40;

function corpus(version: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = version; i < ARTICLES + version; i++) {
    const date = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString();
    files[`content/s${i}.md`] =
      `---\ntitle: Story ${i} v${version}\ndate: ${date}\nsection: S${i % 5}\ntags: [t${i % 7}, t${i % 11}]\n---\nBody ${i}, version ${version}.\n`;
  }
  return files;
}

const ARGS = ['build', '--base-url', 'https://news.example.org/'];
const ENV = { SOURCE_DATE_EPOCH: '1717200000' };

/** Start a build; resolves once it printed "paused at <point>" (or at once without a point). */
function startBuild(cwd: string, pause?: string) {
  const hooks = pause ? { pause } : {};
  const child = spawn(process.execPath, [hookedCliPath, JSON.stringify(hooks), ...ARGS], { cwd, env: { ...process.env, ...ENV } });
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
  );
  const paused = new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes('paused at')) resolve();
    });
    void exited.then(() => reject(new Error(`build exited before pausing at ${pause}:\n${stderr}`)));
  });
  // Without a pause point nobody waits for it.
  if (!pause) paused.catch(() => {});
  return { child, paused, exited };
}

describe('crash safety', () => {
  let root: string;
  let before: Map<string, string>;
  let expected: Map<string, string>;
  const dist = () => path.join(root, 'dist');
  const backup = () => path.join(root, 'dist-before');

  beforeAll(() => {
    // The expected result: a clean build of the new content, without any cache.
    const clean = writeSite(corpus(2));
    expect(runCli([...ARGS, '--no-cache', '--workers', '0'], clean, ENV).code).toBe(0);
    expected = snapshot(path.join(clean, 'dist'));
    // The site as published before: version 1, built with a cache, then edited to version 2.
    root = writeSite(corpus(1));
    expect(runCli(ARGS, root, ENV).code).toBe(0);
    before = snapshot(dist());
    fs.cpSync(dist(), backup(), { recursive: true });
    for (const f of Object.keys(corpus(1))) fs.rmSync(path.join(root, f));
    writeFiles(root, corpus(2));
  });

  /** Put back the previous output folder (its manifest too) before each kill. */
  const restore = () => {
    fs.rmSync(dist(), { recursive: true, force: true });
    fs.cpSync(backup(), dist(), { recursive: true });
  };

  const rebuildMatchesCleanBuild = () => {
    // In one thread: the same output (tests/e2e/workers checks that), less start-up per run.
    const again = runCli([...ARGS, '--workers', '0'], root, ENV);
    expect(again.code, again.stderr).toBe(0);
    expect(snapshot(dist())).toEqual(expected);
    expect(fs.readdirSync(path.join(dist(), '.broadsheet'))).toEqual(['manifest.json']);
  };

  it('SIGKILL while staging: dist/ is still the previous site; the next build is correct', async () => {
    restore();
    const build = startBuild(root, 'staging:20');
    await build.paused;
    build.child.kill('SIGKILL');
    expect((await build.exited).signal).toBe('SIGKILL');
    expect(snapshot(dist())).toEqual(before);
    rebuildMatchesCleanBuild();
  });

  it('SIGKILL half way through the commit: the next build finishes it and is correct', async () => {
    restore();
    const build = startBuild(root, 'commit:4');
    await build.paused;
    build.child.kill('SIGKILL');
    await build.exited;
    expect(fs.existsSync(path.join(dist(), '.broadsheet/journal.json'))).toBe(true);
    rebuildMatchesCleanBuild();
  });

  it.each([
    ['SIGINT', 130, 'staging:20'],
    ['SIGTERM', 143, 'load'],
  ] as const)('%s stops the build with one line and exit %s, leaving dist/ as it was', async (signal, code, point) => {
    restore();
    const build = startBuild(root, point);
    await build.paused;
    build.child.kill(signal);
    const result = await build.exited;
    expect(result.code).toBe(code);
    // Besides the test's pause line and progress lines (stderr is not a terminal here), one line says what happened.
    const lines = result.stderr.split('\n').filter((l) => l && !/^broadsheet: (paused at|loading|indexing|rendering) /.test(l));
    expect(lines).toEqual([`broadsheet: build stopped by ${signal}; dist was left as it was.`]);
    expect(snapshot(dist())).toEqual(before);
    expect(fs.readdirSync(path.join(dist(), '.broadsheet'))).toEqual(['manifest.json']);
    rebuildMatchesCleanBuild();
  });

  it('SIGKILL at arbitrary moments: dist/ is the old site, the new one, or a commit the next build finishes', async () => {
    for (const delay of [100, 700]) {
      restore();
      const build = startBuild(root);
      await new Promise((resolve) => setTimeout(resolve, delay));
      build.child.kill('SIGKILL');
      await build.exited;
      const now = snapshot(dist());
      const committing = fs.existsSync(path.join(dist(), '.broadsheet/journal.json'));
      expect(committing || isEqual(now, before) || isEqual(now, expected), `killed after ${delay} ms`).toBe(true);
      rebuildMatchesCleanBuild();
    }
  });
});

function isEqual(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}
