// broadsheet dev from the command line: falls back to a free port and says so, serves the site,
// and stops cleanly on SIGINT/SIGTERM with a complete output folder. Runs the compiled CLI.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, listFiles } from '../helpers/site.js';
import { BASE_PATH, fetchBytes, startDev, writeDevSite } from './dev-helpers.js';

/** A port held by another server for the duration of the tests. */
let taken: http.Server;
let takenPort: number;
beforeAll(async () => {
  taken = http.createServer((_req, res) => res.end('someone else'));
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  takenPort = (taken.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

/** Spawn `broadsheet dev` and resolve once it says where it serves. */
function spawnDev(root: string, args: string[]) {
  const child = spawn(process.execPath, [cliPath, 'dev', ...args], { cwd: root, env: { ...process.env, SOURCE_DATE_EPOCH: '1717200000' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const serving = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(stdout);
      if (m) resolve(m[1]!);
    });
    void exited.then(() => reject(new Error(`dev exited early:\n${stdout}\n${stderr}`)));
  });
  return { child, serving, exited, output: () => ({ stdout, stderr }) };
}

describe('broadsheet dev (CLI)', () => {
  it('takes the next free port when the asked one is taken', async () => {
    const started = await startDev(writeDevSite(), { port: takenPort });
    try {
      expect(started.dev.port).not.toBe(takenPort);
      expect((await fetchBytes(`${started.origin}${BASE_PATH}/2020/01/alpha/`)).body.toString()).toContain('<h1>Alpha</h1>');
    } finally {
      await started.dev.close();
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`serves, then stops cleanly on ${signal}`, async () => {
      const root = writeDevSite();
      const dev = spawnDev(root, ['--port', String(takenPort), '--workers', '1']);
      const url = await dev.serving;
      expect(dev.output().stdout).toContain(`port ${takenPort} is in use, using ${new URL(url).port} instead`);
      expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+${BASE_PATH}/$`));
      const home = await fetchBytes(url);
      expect(home.status).toBe(200);
      expect(home.type).toBe('text/html; charset=utf-8');
      expect(home.body.toString()).toContain('Dev Times');
      const css = /href="([^"]+\.css)"/.exec(home.body.toString())![1]!;
      expect((await fetchBytes(new URL(css, url).href)).type).toBe('text/css; charset=utf-8');

      dev.child.kill(signal);
      const { code } = await dev.exited;
      expect(code).toBe(0);
      const { stderr } = dev.output();
      expect(stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
      expect(stderr).toBe('');
      // The dev output is complete, committed and not in dist/.
      const out = path.join(root, '.broadsheet-cache/dev-site');
      expect(listFiles(out)).toContain('2020/01/alpha/index.html');
      expect(fs.existsSync(path.join(out, '.broadsheet/manifest.json'))).toBe(true);
      expect(fs.existsSync(path.join(out, '.broadsheet/staging'))).toBe(false);
      expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
    });
  }

  it('SIGINT during the first build leaves no half-written output', async () => {
    const root = writeDevSite();
    for (let i = 0; i < 300; i++) {
      fs.writeFileSync(
        path.join(root, `content/2020/01/more-${i}.md`),
        `---\ntitle: More ${i}\ndate: 2020-01-0${1 + (i % 9)}\n---\nText ${i}.\n`,
      );
    }
    const dev = spawnDev(root, ['--port', '0', '--workers', '1']);
    // Stop as soon as the build has begun writing (its staging folder exists), or whenever it has finished.
    const out = path.join(root, '.broadsheet-cache/dev-site');
    const served = dev.serving.then(
      () => true,
      () => false,
    );
    let done = false;
    void served.then(() => (done = true));
    while (!done && !fs.existsSync(path.join(out, '.broadsheet/staging'))) await new Promise((r) => setTimeout(r, 5));
    dev.child.kill('SIGINT');
    expect((await dev.exited).code).toBe(0);
    expect(fs.existsSync(path.join(out, '.broadsheet/staging'))).toBe(false);
    // Either no output at all (dev's own .broadsheet/ mark aside), or a complete one.
    if (fs.existsSync(out) && listFiles(out).length) expect(listFiles(out)).toContain('2020/01/more-299/index.html');
  });
});
