// Issue 13: a commit that cannot finish leaves the old site whole and says why; damaged
// bookkeeping and odd file names get coded errors with hints that fit.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliPath, listFiles, repoRoot, runCli, writeFiles, writeSite } from '../helpers/site.js';

const head = (title: string, day: number) => `---\ntitle: ${title}\ndate: 2020-01-${String(day).padStart(2, '0')}\n---\n`;
const env = { SOURCE_DATE_EPOCH: '1700000000' };

// Permissions do not bind root: as root the build runs as "nobody" over a folder it owns.
const asRoot = process.getuid?.() === 0;
const NOBODY = 65534;

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/**
 * The CLI as "nobody" can run it. A clone inside a folder only root may enter (mktemp -d, /root)
 * is out of its reach, so it then runs a copy in a world-readable temporary folder (hard links
 * where the file system allows, so the copy is cheap).
 */
function cliForNobody(): string {
  const probe = `require('fs').accessSync(${JSON.stringify(cliPath)}, require('fs').constants.R_OK)`;
  if (spawnSync(process.execPath, ['-e', probe], { uid: NOBODY, gid: NOBODY }).status === 0) return cliPath;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-as-nobody-'));
  copies.push(dir);
  fs.chmodSync(dir, 0o755);
  for (const part of ['package.json', 'lib', 'templates', 'node_modules']) {
    const from = path.join(repoRoot, part);
    if (spawnSync('cp', ['-al', from, dir]).status !== 0) spawnSync('cp', ['-a', from, dir]);
  }
  return path.join(dir, 'lib/cli/main.js');
}

let nobodyCli: string | undefined;

function runAsUser(args: string[], cwd: string) {
  nobodyCli ??= asRoot ? cliForNobody() : cliPath;
  const r = spawnSync(process.execPath, [nobodyCli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function snapshot(out: string): Record<string, string> {
  return Object.fromEntries(listFiles(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]));
}

describe('a commit that cannot finish', () => {
  it('a read-only subfolder: WRITE_FAILED naming it, the old site intact, a later build completes', () => {
    const root = writeSite({ 'content/a.md': head('A', 1) + 'First.\n', 'content/b.md': head('B', 2) + 'Second.\n' });
    if (asRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root]);
    expect(runAsUser(['build', '--no-cache'], root).code).toBe(0);
    const before = snapshot(path.join(root, 'dist'));
    writeFiles(root, { 'content/a.md': head('A', 1) + 'First, edited.\n', 'content/b.md': head('B', 2) + 'Second, edited.\n' });
    if (asRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, path.join(root, 'content')]);
    const locked = path.join(root, 'dist/2020/01/b');
    fs.chmodSync(locked, 0o555);
    const r = runAsUser(['build', '--no-cache'], root);
    fs.chmodSync(locked, 0o755);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error WRITE_FAILED');
    expect(r.stderr).toContain('EACCES');
    expect(r.stderr).toContain(`may not write in ${locked}`);
    expect(r.stderr).not.toMatch(/internal error|INTERNAL_ERROR/);
    expect(snapshot(path.join(root, 'dist'))).toEqual(before);
    const later = runAsUser(['build', '--no-cache'], root);
    expect(later.code).toBe(0);
    expect(fs.readFileSync(path.join(root, 'dist/2020/01/a/index.html'), 'utf8')).toContain('First, edited.');
    expect(fs.readFileSync(path.join(root, 'dist/2020/01/b/index.html'), 'utf8')).toContain('Second, edited.');
  }, 60_000);

  it('an output folder that cannot be created: WRITE_FAILED with a permissions hint, not an internal error', () => {
    const root = writeSite({ 'content/a.md': head('A', 1) + 'First.\n' });
    if (asRoot) spawnSync('chown', ['-R', `${NOBODY}:${NOBODY}`, root]);
    fs.mkdirSync(path.join(root, 'readonly'));
    fs.chmodSync(path.join(root, 'readonly'), 0o555);
    const r = runAsUser(['build', '--no-cache', '--out', 'readonly/dist'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error WRITE_FAILED');
    expect(r.stderr).toContain(`may not write in ${path.join(root, 'readonly')}`);
    expect(r.stderr).not.toMatch(/internal error|INTERNAL_ERROR/);
  }, 60_000);
});

describe('damaged bookkeeping and odd names', () => {
  it('a damaged manifest is MANIFEST_DAMAGED, not OUTPUT_NOT_EMPTY', () => {
    const root = writeSite({ 'content/a.md': head('A', 1) + 'First.\n' });
    expect(runCli(['build', '--no-cache'], root, env).code).toBe(0);
    fs.writeFileSync(path.join(root, 'dist/.broadsheet/manifest.json'), '{"version": 1, "fil');
    const r = runCli(['build', '--no-cache'], root, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('error MANIFEST_DAMAGED');
    expect(r.stderr).toContain('manifest.json is damaged');
    expect(r.stderr).not.toContain('OUTPUT_NOT_EMPTY');
  }, 60_000);

  it('a file name that is not UTF-8 is INVALID_UTF8 with a rename hint', () => {
    const root = writeSite({ 'content/a.md': head('A', 1) + 'First.\n' });
    const name = Buffer.concat([Buffer.from(path.join(root, 'content/caf')), Buffer.from([0xe9]), Buffer.from('.md')]);
    fs.writeFileSync(name, head('Cafe', 2) + 'Latin-1 name.\n');
    const r = runCli(['build', '--no-cache', '--keep-going'], root, env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('warning INVALID_UTF8');
    expect(r.stderr).toContain('Rename the file with a UTF-8 name');
    expect(r.stderr).not.toContain('check the file permissions');
  }, 60_000);
});
