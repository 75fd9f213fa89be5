import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-main.js';
import { listFiles, repoRoot, writeSite } from '../helpers/site.js';

const STARTED = [
  '.github/workflows/publish.yml',
  '.gitignore',
  'broadsheet.config.json',
  'content/2024/06/welcome.md',
  'package.json',
  'pages/about.md',
];
const EPOCH = { SOURCE_DATE_EPOCH: '1717200000' };

describe('broadsheet init', () => {
  it('starts a site in an empty folder that then builds, with the example workflow as its CI', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-init-'));
    const r = await runMain(['init', 'my-site', '--title', 'Mekong Ledger'], parent, EPOCH);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const site = path.join(parent, 'my-site');
    expect(listFiles(site)).toEqual(STARTED);
    for (const f of STARTED) expect(r.stdout).toContain(`wrote ${f}`);
    expect(fs.readFileSync(path.join(site, '.github/workflows/publish.yml'), 'utf8')).toBe(
      fs.readFileSync(path.join(repoRoot, 'examples/github-actions/publish.yml'), 'utf8'),
    );
    expect(JSON.parse(fs.readFileSync(path.join(site, 'package.json'), 'utf8')).dependencies).toHaveProperty('broadsheet');
    expect(fs.readFileSync(path.join(site, '.gitignore'), 'utf8').split('\n')).toEqual(
      expect.arrayContaining(['node_modules/', 'dist/', '.broadsheet-cache/']),
    );

    const built = await runMain(['build', '--workers', '0'], site, EPOCH);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const page = fs.readFileSync(path.join(site, 'dist/2024/06/welcome/index.html'), 'utf8');
    expect(page).toContain('Welcome to Mekong Ledger');
    const about = fs.readFileSync(path.join(site, 'dist/about/index.html'), 'utf8');
    expect(about).toContain('<h1>About Mekong Ledger</h1>');
    expect(page).toContain('<a href="/about/">About</a>');
  });

  it('never replaces a file in a folder that already has a site: it writes what is missing and lists what it kept', async () => {
    const site = writeSite({
      'broadsheet.config.yaml': 'title: Existing Times\n',
      'content/2019/03/old-story.md': '---\ntitle: Old\ndate: 2019-03-01\n---\nText.\n',
      '.gitignore': 'custom\n',
      'package.json': '{ "name": "existing", "private": true }\n',
    });
    const before = Object.fromEntries(listFiles(site).map((f) => [f, fs.readFileSync(path.join(site, f), 'utf8')]));
    const r = await runMain(['init'], site, EPOCH);
    expect(r.code).toBe(0);
    for (const [f, text] of Object.entries(before)) expect(fs.readFileSync(path.join(site, f), 'utf8')).toBe(text);
    // No second config (two would be ambiguous) and no demo article in a real archive.
    expect(listFiles(site)).toEqual([...Object.keys(before), '.github/workflows/publish.yml', 'pages/about.md'].sort());
    expect(r.stdout).toContain("kept  broadsheet.config.json: broadsheet.config.yaml is the site's config");
    expect(r.stdout).toContain('kept  content/2024/06/welcome.md: content/ already holds articles');
    expect(r.stdout).toContain('kept  .gitignore: it already exists');
    expect(r.stdout).toContain('kept  package.json: it already exists; add broadsheet to its dependencies');
    expect(r.stdout).toContain('wrote .github/workflows/publish.yml');

    const again = await runMain(['init'], site, EPOCH);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('wrote');
  });

  it('refuses a path that is a file, with a coded error', async () => {
    const site = writeSite({ 'notes.txt': 'x' });
    const r = await runMain(['init', 'notes.txt'], site);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('INIT_EXISTS');
    expect(r.stderr).toContain('is a file, not a folder');
    expect(fs.readFileSync(path.join(site, 'notes.txt'), 'utf8')).toBe('x');
  });
});
