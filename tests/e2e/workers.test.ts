// Worker threads and the main thread must render identical sites; the generated corpus is big
// enough that most pages go through the pool: 136 published articles make 753 pages, two dozen
// batches of 32 shared between the two threads.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/gen-corpus.mjs';
import { runCli, snapshot } from '../helpers/site.js';

describe('parallel rendering', () => {
  it('builds the same bytes with 2 worker threads as in one thread', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-workers-'));
    writeCorpus(path.join(root, 'content'), { count: 150, seed: 3, khmerFraction: 0.05 });
    // Search is off: this compares rendering, and Pagefind would double the time.
    fs.writeFileSync(path.join(root, 'site.json'), JSON.stringify({ title: 'Workers', search: 'none' }));
    const build = (workers: string, out: string) => {
      const r = runCli(
        [
          'build',
          '--content',
          'content',
          '--config',
          'site.json',
          '--out',
          out,
          '--no-cache',
          '--workers',
          workers,
          '--base-url',
          'https://example.org/',
        ],
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
    expect(parallel).toMatch(/^broadsheet: 136 articles/);
    expect(snapshot(path.join(root, 'parallel'))).toEqual(snapshot(path.join(root, 'single')));
    // Two cold builds: slow on a busy shared machine.
  }, 180_000);
});
