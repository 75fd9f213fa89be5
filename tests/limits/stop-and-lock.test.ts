// Issue 13: a body that passes the limits but parses slowly is stopped by its time budget or by
// SIGTERM; two builds into one folder never leave a site that differs from a clean build.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliPath, listFiles, runCli, writeFiles, writeSite } from '../helpers/site.js';

const head = (title: string, day: number) => `---\ntitle: ${title}\ndate: 2020-01-${String(day).padStart(2, '0')}\n---\n`;
// Quadratic for micromark: minutes at this size once limits.inlineMarks is raised past it.
const slowBody = `${'*_'.repeat(60_000)}a\n`;
const env = { SOURCE_DATE_EPOCH: '1700000000' };

function site(articles: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 1; i <= articles; i++)
    files[`content/s${i}.md`] = head(`Story ${i}`, (i % 28) + 1) + `Report number ${i} on the *harbour*.\n`;
  return files;
}

/** Every output file and its bytes, the bookkeeping folder left out. */
function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(listFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f)).toString('base64')]));
}

describe('stopping a slow body', () => {
  it('limits.renderSeconds stops it with RENDER_TIMEOUT and --keep-going publishes the rest', () => {
    const root = writeSite({
      ...site(3),
      'content/slow.md': head('Slow', 20) + slowBody,
      'broadsheet.config.json': JSON.stringify({ limits: { inlineMarks: 1_000_000, renderSeconds: 3 } }),
    });
    const r = runCli(['build', '--keep-going', '--no-cache'], root, env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/content\/slow\.md:\d+ +warning RENDER_TIMEOUT/);
    expect(r.stderr).toContain('broadsheet: 1 warning: 1 RENDER_TIMEOUT');
    expect(fs.existsSync(path.join(root, 'dist/2020/01/s3/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(root, 'dist/2020/01/slow/index.html'))).toBe(false);
  }, 120_000);

  it('SIGTERM during the parse exits 143 at once and leaves the old output as it was', async () => {
    const root = writeSite({
      ...site(3),
      'broadsheet.config.json': JSON.stringify({ limits: { inlineMarks: 1_000_000, renderSeconds: 3600 } }),
    });
    expect(runCli(['build', '--no-cache'], root, env).code).toBe(0);
    const before = snapshot(path.join(root, 'dist'));
    writeFiles(root, { 'content/slow.md': head('Slow', 20) + slowBody });
    const child = spawn(process.execPath, [cliPath, 'build', '--no-cache', '--workers', '1'], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // The staging folder appears when rendering starts; the slow body is the newest page's.
    const staging = path.join(root, 'dist/.broadsheet/staging');
    while (!fs.existsSync(staging)) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    // Without the stop the parse would run for minutes: ending at all within the test's time is the check.
    expect(await exited).toBe(143);
    expect(stderr).toContain('build stopped by SIGTERM');
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    expect(fs.existsSync(staging)).toBe(false);
  }, 120_000);
});

describe('one build at a time per output folder', () => {
  it('two concurrent builds end with a site byte-identical to a clean build, and the next build agrees', async () => {
    const root = writeSite(site(120));
    const run = () =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const c = spawn(process.execPath, [cliPath, 'build', '--no-cache', '--workers', '1'], {
          cwd: root,
          env: { ...process.env, ...env },
        });
        let stderr = '';
        c.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        c.on('exit', (code) => resolve({ code, stderr }));
      });
    const results = await Promise.all([run(), run()]);
    // Each either built or was refused naming the other; never an internal error.
    for (const r of results) {
      expect(r.stderr).not.toMatch(/internal error|INTERNAL_ERROR/);
      if (r.code !== 0) expect(r.stderr).toMatch(/OUTPUT_LOCKED[\s\S]*in use by another build \(process \d+ on /);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    const clean = runCli(['build', '--no-cache', '--out', 'clean'], root, env);
    expect(clean.code).toBe(0);
    expect(snapshot(path.join(root, 'dist'))).toEqual(snapshot(path.join(root, 'clean')));
    const again = runCli(['build', '--no-cache'], root, env);
    expect(again.stdout).toMatch(/\(0 written, \d+ unchanged, 0 removed/);
  }, 120_000);

  it('a lock left by a killed build is taken over', () => {
    const root = writeSite(site(2));
    // A pid that has certainly exited: a child we waited for.
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    fs.mkdirSync(path.join(root, 'dist/.broadsheet'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'dist/.broadsheet/lock'),
      JSON.stringify({ pid: dead, host: os.hostname(), started: '2020-01-01T00:00:00Z' }),
    );
    const r = runCli(['build', '--no-cache'], root, env);
    expect(r.code).toBe(0);
    expect(fs.existsSync(path.join(root, 'dist/.broadsheet/lock'))).toBe(false);
  }, 60_000);

  it('a live holder is named: pid, host and start time', () => {
    const root = writeSite(site(1));
    fs.mkdirSync(path.join(root, 'dist/.broadsheet'), { recursive: true });
    fs.writeFileSync(
      path.join(root, 'dist/.broadsheet/lock'),
      JSON.stringify({ pid: process.pid, host: os.hostname(), started: '2020-01-01T00:00:00Z' }),
    );
    const r = runCli(['build', '--no-cache'], root, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`error OUTPUT_LOCKED`);
    expect(r.stderr).toContain(`(process ${process.pid} on ${os.hostname()}, started 2020-01-01T00:00:00Z)`);
  }, 60_000);
});
