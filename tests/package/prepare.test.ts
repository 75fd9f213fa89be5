// npm runs "prepare" after `npm ci`, also with --omit=dev, where there is no TypeScript compiler.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/site.js';

/** A copy of the prepare script in a folder without node_modules, as a production install has no typescript. */
function runPrepareWithoutTypeScript(withLib: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-prepare-'));
  fs.mkdirSync(path.join(dir, 'scripts'));
  fs.copyFileSync(path.join(repoRoot, 'scripts/prepare.mjs'), path.join(dir, 'scripts/prepare.mjs'));
  if (withLib) {
    fs.mkdirSync(path.join(dir, 'lib/cli'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'lib/cli/main.js'), '');
  }
  return spawnSync(process.execPath, [path.join(dir, 'scripts/prepare.mjs')], { cwd: dir, encoding: 'utf8' });
}

describe('npm run prepare', () => {
  it('is the prepare script of the package', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).toBe('node scripts/prepare.mjs');
  });

  it('succeeds without TypeScript, using the compiled lib/', () => {
    const r = runPrepareWithoutTypeScript(true);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('TypeScript is not installed (production install); using the compiled lib/');
  });

  it('succeeds without TypeScript or lib/, saying how to compile', () => {
    const r = runPrepareWithoutTypeScript(false);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('run `npm install` with dev dependencies, then `npm run compile`');
  });
});
