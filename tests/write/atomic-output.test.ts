// The output folder is never half-written: failures leave the previous site, and a commit
// interrupted half way is finished by the next run.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, buildSite, listFiles, snapshot, writeFiles, writeSite } from '../helpers/site.js';
import { expectBuildErrors } from '../helpers/errors.js';
import { openOutput } from '../../src/write/index.js';
import type { OutputFile } from '../../src/types.js';

async function* files(list: OutputFile[], failAfter = Infinity): AsyncGenerator<OutputFile> {
  let n = 0;
  for (const f of list) {
    if (n++ >= failAfter) throw new Error('simulated crash while rendering');
    yield f;
  }
}

describe('atomic output', () => {
  it('a build that fails on bad input leaves the previous dist/ byte for byte', async () => {
    const root = writeSite({ 'content/a.md': article({ title: 'Good' }) });
    const first = await buildSite(root);
    const before = snapshot(first.out);
    writeFiles(root, { 'content/b.md': '---\ntitle: [broken\n---\n' });
    await expectBuildErrors(() => buildSite(root));
    expect(snapshot(first.out)).toEqual(before);
  });

  it('a failure half way through rendering leaves the previous output and no staging files', async () => {
    const out = path.join(writeSite({}), 'dist');
    await openOutput(out, []).write(
      files([
        { path: 'index.html', contents: 'old home' },
        { path: 'a/index.html', contents: 'old a' },
      ]),
    );
    const before = snapshot(out);
    const target = openOutput(out, []);
    const next = [
      { path: 'index.html', contents: 'new home' },
      { path: 'b/index.html', contents: 'new b' },
      { path: 'c/index.html', contents: 'new c' },
    ];
    await expect(target.write(files(next, 2))).rejects.toThrow('simulated crash');
    expect(snapshot(out)).toEqual(before);
    // The next successful build clears the abandoned staging folder.
    await openOutput(out, []).write(files(next));
    expect(listFiles(out)).toEqual(['b/index.html', 'c/index.html', 'index.html']);
    expect(fs.readdirSync(path.join(out, '.broadsheet'))).toEqual(['manifest.json']);
  });

  it('a first build that fails while rendering leaves no output folder behind', async () => {
    const root = writeSite({ 'content/a.md': article({ aliases: '["/../escape/"]' }) });
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors[0]!.code).toBe('UNSAFE_PATH');
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
  });

  it('a commit killed half way is rolled forward by the next run', async () => {
    const out = path.join(writeSite({}), 'dist');
    await openOutput(out, []).write(
      files([
        { path: 'index.html', contents: 'v1' },
        { path: 'old/index.html', contents: 'gone soon' },
      ]),
    );
    // What a killed process leaves: staged files and a written journal, nothing applied yet.
    writeFiles(out, { '.broadsheet/staging/index.html': 'v2', '.broadsheet/staging/new/index.html': 'new' });
    const ops = [
      { op: 'rename', from: '.broadsheet/staging/index.html', to: 'index.html' },
      { op: 'rename', from: '.broadsheet/staging/new', to: 'new' },
      { op: 'delete', path: 'old/index.html' },
    ];
    fs.writeFileSync(path.join(out, '.broadsheet/journal.json'), JSON.stringify(ops));
    openOutput(out, []);
    expect(listFiles(out)).toEqual(['index.html', 'new/index.html']);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('v2');
    expect(fs.existsSync(path.join(out, '.broadsheet/journal.json'))).toBe(false);
  });

  it('refuses to write into a folder it did not create, and outside the output folder', async () => {
    const root = writeSite({ 'dist/important.txt': 'keep me', 'content/a.md': article({}) });
    const errors = await expectBuildErrors(() => buildSite(root));
    expect(errors[0]!.code).toBe('OUTPUT_NOT_EMPTY');
    expect(fs.readFileSync(path.join(root, 'dist/important.txt'), 'utf8')).toBe('keep me');
    const out = path.join(writeSite({}), 'dist');
    for (const bad of ['../escape.html', '/etc/passwd', 'a/../../x', '.broadsheet/manifest.json']) {
      await expect(openOutput(out, []).write(files([{ path: bad, contents: 'x' }]))).rejects.toMatchObject({ code: 'UNSAFE_PATH' });
    }
    expect(fs.existsSync(path.join(out, '..', 'escape.html'))).toBe(false);
  });

  it('refuses an output folder that contains the content folder', async () => {
    const root = writeSite({ 'content/a.md': article({}) });
    // No cache: a cache inside the output would be refused first, as FOLDERS_OVERLAP.
    const errors = await expectBuildErrors(() => buildSite(root, {}, {}, { out: root, cacheDir: null }));
    expect(errors[0]!.code).toBe('OUTPUT_UNSAFE');
  });

  it('a rebuild rewrites only files whose bytes changed and removes pages that are gone', async () => {
    const root = writeSite({ 'content/a.md': article({ title: 'A' }), 'content/b.md': article({ title: 'B', date: '2020-01-16' }) });
    const first = await buildSite(root);
    const aPage = path.join(first.out, '2020/01/a/index.html');
    const mtime = fs.statSync(aPage).mtimeMs;
    const again = await buildSite(root);
    expect(again.stats.write.written).toBe(0);
    expect(fs.statSync(aPage).mtimeMs).toBe(mtime);
    fs.rmSync(path.join(root, 'content/b.md'));
    const third = await buildSite(root);
    expect(fs.existsSync(path.join(first.out, '2020/01/b/index.html'))).toBe(false);
    expect(third.stats.write.deleted).toBeGreaterThan(0);
  });
});
