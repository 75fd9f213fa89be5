// What a newsroom does first: install Broadsheet from its package (here a tarball made by npm pack,
// installed without the network), start a site with init and build it; and use it as a typed library.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, repoRoot } from '../helpers/site.js';
import { installOffline, packRepository } from './offline-install.js';

let project = '';
let tarball = '';

beforeAll(() => {
  // npm test compiles first; the package ships lib/ as compiled, with its type declarations.
  expect(fs.existsSync(path.join(repoRoot, 'lib/index.d.ts')), 'lib/ is not compiled: run npm run compile').toBe(true);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-pack-'));
  tarball = packRepository(repoRoot, dir);
  project = path.join(dir, 'newsroom');
  installOffline(repoRoot, tarball, project);
});

function npx(args: string[]) {
  const r = spawnSync('npx', ['--offline', 'broadsheet', ...args], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false', SOURCE_DATE_EPOCH: '1717200000' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the package', () => {
  it('ships the compiled CLI, the library with its types, the theme, the workflow and the licence, and no sources or tests', () => {
    const files = listFiles(path.join(project, 'node_modules/broadsheet'));
    for (const f of ['LICENSE', 'README.md', 'package.json', 'lib/cli/main.js', 'lib/index.js', 'lib/index.d.ts'])
      expect(files).toContain(f);
    expect(files).toContain('examples/github-actions/publish.yml');
    expect(files.some((f) => f.startsWith('templates/layouts/'))).toBe(true);
    expect(files.filter((f) => /^(src|tests|scripts)\//.test(f) || f.endsWith('.test.js'))).toEqual([]);
    const manifest = JSON.parse(fs.readFileSync(path.join(project, 'node_modules/broadsheet/package.json'), 'utf8'));
    expect(manifest.private).toBeUndefined();
    expect(manifest.license).toBe('MIT');
  });

  it('npx broadsheet init && npx broadsheet build makes a site from the installed package', () => {
    const init = npx(['init']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('wrote broadsheet.config.json');
    // The project's own package.json (which lists broadsheet) is kept.
    expect(init.stdout).toMatch(/kept {2}package\.json: it already exists\n/);
    const built = npx(['build']);
    // Nothing on stderr but progress lines, which a build longer than a second prints (a busy machine).
    expect(built.stderr.split('\n').filter((l) => l && !/^broadsheet: (loading|indexing|rendering) .*, \d+\.\d s$/.test(l))).toEqual([]);
    expect(built.code).toBe(0);
    expect(built.stdout).toMatch(/^broadsheet: 1 articles, /);
    const home = fs.readFileSync(path.join(project, 'dist/index.html'), 'utf8');
    expect(home).toContain('Welcome to Daily Planet');
    expect(fs.existsSync(path.join(project, 'dist/2024/06/welcome/index.html'))).toBe(true);
    expect(fs.readFileSync(path.join(project, 'dist/about/index.html'), 'utf8')).toContain('<h1>About Daily Planet</h1>');
  });

  it("import('broadsheet') gives the typed library: a wrong option is a type error for TypeScript users", () => {
    const consumer = `import { build, defineConfig, loadConfig, type BuildStats, type ResolvedConfig } from 'broadsheet';
export const options = defineConfig({ title: 'Daily Planet', perPage: 10 });
// @ts-expect-error perPage is a number
export const wrong = defineConfig({ perPage: 'ten' });
export async function run(): Promise<BuildStats> {
  const config: ResolvedConfig = await loadConfig({ cwd: '.' });
  return build(config, { threads: 0 });
}
`;
    fs.writeFileSync(path.join(project, 'consumer.ts'), consumer);
    const tsconfig = {
      compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: true, types: [] },
    };
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ ...tsconfig, files: ['consumer.ts'] }));
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const script =
      "const m = await import('broadsheet'); console.log(['build','loadConfig','check','createDevServer','defineConfig','initSite'].map((k) => typeof m[k]).join(' '));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('function function function function function function');
  });

  it('runs the example of docs/api.md against the installed package', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/api.md'), 'utf8');
    const example = /```js\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toContain("from 'broadsheet'");
    fs.writeFileSync(path.join(project, 'build-site.mjs'), example!);
    const run = spawnSync(process.execPath, ['build-site.mjs'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1717200000' },
    });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`built 1 articles into ${path.join(project, 'public')}\n`);
    expect(fs.existsSync(path.join(project, 'public/index.html'))).toBe(true);
  });
});
