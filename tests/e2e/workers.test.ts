// Worker threads and the main thread must render identical sites; the generated corpus is big
// enough that most pages go through the pool.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli, snapshot } from '../helpers/site.js';

const generator = path.resolve(repoRoot, '../shared/bench/gen-corpus.mjs');

describe('parallel rendering', () => {
  it('builds the same bytes with 2 worker threads as in one thread', () => {
    expect(fs.existsSync(generator), `the shared corpus generator is expected at ${generator}`).toBe(true);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-workers-'));
    execFileSync(
      process.execPath,
      [generator, '--count', '400', '--seed', '3', '--khmer-fraction', '0.05', '--out', path.join(root, 'content')],
      {
        stdio: 'ignore',
      },
    );
    const build = (workers: string, out: string) => {
      const r = runCli(
        ['build', '--content', 'content', '--out', out, '--no-cache', '--workers', workers, '--base-url', 'https://example.org/'],
        root,
        {
          SOURCE_DATE_EPOCH: '1700000000',
        },
      );
      expect(r.code, r.stderr).toBe(0);
      return r.stdout;
    };
    const parallel = build('2', 'parallel');
    build('0', 'single');
    expect(parallel).toMatch(/^broadsheet: 3\d\d articles/);
    expect(snapshot(path.join(root, 'parallel'))).toEqual(snapshot(path.join(root, 'single')));
    // Two cold builds of 400 articles with their Pagefind index: slow on a busy shared machine.
  }, 180_000);
});
