// Issue 17: a large archive builds in a worker thread with a heap limit of its own. The test hook
// ownHeapFrom: 0 sends a small site down that path; everything the user sees must be what the
// in-thread build gives: output bytes, summary, warnings, errors, exit codes, a stop by SIGINT.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, hookedCliPath, QUIET_PROGRESS, runCli, snapshot, writeSite } from '../helpers/site.js';

const ENV = { SOURCE_DATE_EPOCH: '1717200000' };
const IN_WORKER = { ownHeapFrom: 0 };

/** A config module that notes the thread loading it, so a test can tell which path a build took. */
const CONFIG = `import fs from 'node:fs';
import { threadId } from 'node:worker_threads';
fs.appendFileSync(new URL('./threads.log', import.meta.url), threadId + '\\n');
export default { title: 'Test Times', baseUrl: 'https://news.example.org/', timeZone: 'Asia/Phnom_Penh', search: 'none' };
`;

function site(extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = { 'broadsheet.config.mjs': CONFIG };
  for (let i = 1; i <= 12; i++)
    files[`content/2020/s${i}.md`] = article({
      title: `Story ${i}`,
      date: `2020-01-${String(i + 10)}T10:00:00+07:00`,
      tags: `[t${i % 3}]`,
    });
  return { ...files, ...extra };
}

/** The same site built twice, in this thread and in a worker; the thread ids that loaded the config each time. */
function buildBoth(files: Record<string, string>, args: string[] = []) {
  return [{}, IN_WORKER].map((hooks) => {
    const root = writeSite(files);
    const r = runCli(['build', ...args], root, ENV, hooks);
    const threads = fs.readFileSync(path.join(root, 'threads.log'), 'utf8').trim().split('\n');
    // The summary ends with the build's duration, the one thing that may differ.
    const stdout = r.stdout.replace(/ in \d+\.\d+ s$/m, ' in <t> s');
    return { ...r, stdout, root, threads };
  });
}

describe('broadsheet build in a worker thread with its own heap (issue 17)', () => {
  it('writes the same bytes and prints the same summary and warnings as a build in the main thread', () => {
    const [here, worker] = buildBoth(site({ 'content/bad.md': '---\ntitle: T\ndate: yesterday\n---\nB\n' }), ['--keep-going']);
    // The main thread reads the config once; the worker path reads it again in a thread of its own.
    expect(here!.threads).toEqual(['0']);
    expect(worker!.threads).toHaveLength(2);
    expect(worker!.threads[1]).not.toBe('0');
    expect(worker!.code).toBe(0);
    expect(here!.code).toBe(0);
    expect(worker!.stderr).toContain('content/bad.md:3  warning FRONT_MATTER_INVALID: Invalid front matter');
    expect(worker!.stderr).toBe(here!.stderr);
    expect(worker!.stdout).toMatch(/^broadsheet: 12 articles, 1 left out with errors, /);
    expect(worker!.stdout).toBe(here!.stdout);
    expect(snapshot(path.join(worker!.root, 'dist'))).toEqual(snapshot(path.join(here!.root, 'dist')));
  });

  it('reports bad content with the same text, exit code and JSON', () => {
    const bad = site({ 'content/bad.md': '---\ntitle: T\ndate: yesterday\n---\nB\n', 'content/empty.md': '' });
    const [here, worker] = buildBoth(bad);
    expect(worker!.threads).toHaveLength(2);
    expect(worker!.code).toBe(1);
    expect(worker!.stderr).toContain('content/bad.md:3  error FRONT_MATTER_INVALID');
    expect([worker!.code, worker!.stdout, worker!.stderr]).toEqual([here!.code, here!.stdout, here!.stderr]);
    const [hereJson, workerJson] = buildBoth(bad, ['--format', 'json']);
    expect(workerJson!.code).toBe(1);
    expect(JSON.parse(workerJson!.stdout)).toEqual(JSON.parse(hereJson!.stdout));
    expect(workerJson!.stderr).toBe(hereJson!.stderr);
  });

  it('stops on SIGINT with exit 130 and one line, leaving dist/ as it was', async () => {
    const root = writeSite(site());
    expect(runCli(['build'], root, ENV).code).toBe(0);
    const before = snapshot(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'content/2020/s1.md'), article({ title: 'Edited' }));
    const hooks = { ...IN_WORKER, progress: QUIET_PROGRESS, pause: 'staging:3' };
    const child = spawn(process.execPath, [hookedCliPath, JSON.stringify(hooks), 'build'], { cwd: root, env: { ...process.env, ...ENV } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      const paused = stderr.includes('paused at staging');
      stderr += chunk.toString();
      // Once: a second signal after the build stopped would meet no handler and kill the process.
      if (!paused && stderr.includes('paused at staging')) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(stderr).toContain('paused at staging');
    expect(code).toBe(130);
    const lines = stderr.split('\n').filter((l) => l && !l.startsWith('broadsheet: paused at'));
    expect(lines).toEqual(['broadsheet: build stopped by SIGINT; dist was left as it was.']);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
  });
});
