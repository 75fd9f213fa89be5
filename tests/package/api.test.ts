// The CLI is a client of the library: everything it uses from outside src/cli/ comes through src/index.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { repoRoot } from '../helpers/site.js';

function sourcesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

const START_UP_MODULES = [
  'cache/unchanged-build.js',
  'config/index.js',
  'dev/dev-port.js',
  'errors/index.js',
  // Which folders the loader walks: build counts the Markdown files with it before choosing a thread (cli/build-heap.ts).
  'load/publish-rule.js',
  'shared/clock.js',
  'shared/package-root.js',
  'shared/terminal-text.js',
];

describe('the library API', () => {
  it('is what the CLI imports from: no CLI module reaches past src/index.ts, but for the light modules it starts with', () => {
    const cliDir = path.join(repoRoot, 'src/cli');
    const files = sourcesUnder(cliDir);
    expect(files.length).toBeGreaterThan(5);
    const offenders: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\()\s*'(\.[^']+)'/g)) {
        const target = path.resolve(path.dirname(file), m[1]!);
        if (target.startsWith(cliDir + path.sep)) continue;
        if (target === path.join(repoRoot, 'src/index.js')) continue;
        // What every command needs before it knows whether the pipeline must run (issue 17: a rebuild with
        // nothing changed answers from cache/unchanged-build.ts without loading it); src/index.ts exports the same.
        if (START_UP_MODULES.includes(path.relative(path.join(repoRoot, 'src'), target))) continue;
        offenders.push(`${path.relative(repoRoot, file)} imports ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('exports the pipeline, its stages, config loading and the dev server as functions', () => {
    for (const name of [
      'loadConfig',
      'defineConfig',
      'resolveConfig',
      'build',
      'check',
      'createDevServer',
      'loadContent',
      'buildIndex',
      'preparePhotos',
      'renderSite',
      'withSearchIndex',
      'openOutput',
      'initSite',
      'createError',
    ] as const)
      expect(typeof api[name], name).toBe('function');
  });
});
