// Cache versions come from the code: every module a cache's consumer imports, however deep.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChecked, writeChecked } from '../../src/cache/cache-file.js';
import { codeVersion, moduleGraph } from '../../src/cache/code-version.js';
import { repoRoot } from '../helpers/site.js';

describe('codeVersion', () => {
  it("reaches the sanitiser's shared helper from the Markdown renderer (the body cache's code)", () => {
    const graph = moduleGraph(path.join(repoRoot, 'src/render/markdown/create-markdown-renderer.ts')).map((f) =>
      path.relative(repoRoot, f),
    );
    expect(graph).toContain('src/shared/unsafe-html.ts');
    expect(graph).toContain('src/render/markdown/sanitize-schema.ts');
  });

  it('changes when a module two imports away changes, and only then', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-code-'));
    fs.mkdirSync(path.join(dir, 'deep'));
    fs.writeFileSync(path.join(dir, 'a.js'), "import { b } from './b.js';\nexport const a = () => import('./lazy.js');\n");
    fs.writeFileSync(path.join(dir, 'b.js'), "export { c as b } from './deep/c.js';\n");
    fs.writeFileSync(path.join(dir, 'deep/c.js'), 'export const c = 1;\n');
    fs.writeFileSync(path.join(dir, 'lazy.js'), 'export default 1;\n');
    fs.writeFileSync(path.join(dir, 'unrelated.js'), 'export default 1;\n');
    expect(moduleGraph(path.join(dir, 'a.js')).map((f) => path.relative(dir, f))).toEqual(['a.js', 'b.js', 'deep/c.js', 'lazy.js']);
    // codeVersion is memoised per process, so each state is read through a fresh copy of the folder.
    const versionOf = () => {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-code-copy-'));
      fs.cpSync(dir, copy, { recursive: true });
      return codeVersion(path.join(copy, 'a.js'));
    };
    const before = versionOf();
    expect(versionOf()).toBe(before);
    fs.writeFileSync(path.join(dir, 'unrelated.js'), 'export default 2;\n');
    expect(versionOf()).toBe(before);
    fs.writeFileSync(path.join(dir, 'deep/c.js'), 'export const c = 2;\n');
    expect(versionOf()).not.toBe(before);
  });
});

describe('cache files', () => {
  it('read back what was written, and report a torn or edited file as corrupt', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-cachefile-')), 'x', 'entry.json');
    expect(readChecked(file)).toBe('missing');
    expect(writeChecked(file, '{"a":1}', 'key')).toBe(true);
    expect(readChecked(file, 'key')).toEqual({ text: '{"a":1}' });
    expect(readChecked(file, 'other key')).toBe('corrupt');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').slice(0, -2));
    expect(readChecked(file, 'key')).toBe('corrupt');
    expect(fs.readdirSync(path.dirname(file))).toEqual(['entry.json']);
  });
});
