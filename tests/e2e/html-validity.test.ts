// Every HTML page of the example archive passes the Nu HTML Checker (the W3C validator) with
// no errors and no warnings. Needs Java; .ci/run installs it when missing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/site.js';

const require = createRequire(import.meta.url);
const vnu = require('vnu-jar') as string;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-vnu-')), 'dist');

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('HTML validity of the example archive', () => {
  beforeAll(() => {
    const built = runCli(['build', '--out', out, '--no-cache', '--quiet'], repoRoot, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(built.code, built.stderr).toBe(0);
  });

  it('has no errors or warnings in any page', () => {
    const run = spawnSync('java', ['-Xss4m', '-jar', vnu, '--format', 'json', '--skip-non-html', out], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.error, 'java must be installed (see .ci/run)').toBeUndefined();
    const messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
    const problems = messages.map(
      (m) =>
        `${m.type}${m.subType ? `/${m.subType}` : ''} ${path.relative(out, new URL(m.url).pathname)}:${m.lastLine ?? '?'} ${m.message}`,
    );
    expect(problems).toEqual([]);
    const pages = fs.readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('.html'));
    expect(pages.length).toBeGreaterThan(150);
    // The example's Khmer pages (issue 16) made it ~260 pages: one checker run over all of them can pass a minute on a loaded machine.
  }, 180_000);
});
