// Every HTML page of the example archive passes the Nu HTML Checker (the W3C validator) with
// no errors and no warnings. Needs Java; .ci/run installs it when missing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/site.js';
import { vnuProblems } from '../helpers/vnu.js';

const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-vnu-')), 'dist');

describe('HTML validity of the example archive', () => {
  beforeAll(() => {
    const built = runCli(['build', '--out', out, '--no-cache', '--quiet'], repoRoot, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(built.code, built.stderr).toBe(0);
  });

  it('has no errors or warnings in any page', () => {
    const problems = vnuProblems(out, ['.'], ['--skip-non-html']);
    expect(problems).toEqual([]);
    const pages = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    // The example's Khmer pages (issue 16) made it ~260 pages: one checker run over all of them can pass a minute on a loaded machine.
  }, 180_000);
});
