// Issue 12, finding 7: no drafts in the published folder through the cache, no output read back
// as content, no raw escape sequences from file names or front matter in terminals and CI logs,
// and no alias from an import that the build would then reject.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../src/shared/terminal-text.js';
import { article, runCli, writeSite } from '../../helpers/site.js';

const ESC = '\u001b';

describe('leaks', () => {
  it('--cache-dir inside the output folder, and an output folder inside the content folder, are FOLDERS_OVERLAP', () => {
    const root = writeSite({ 'content/a.md': article({ title: 'Draft', draft: 'true' }) });
    for (const args of [
      ['--cache-dir', 'dist/c'],
      ['--out', 'content/public'],
      ['--out', 'content'],
    ]) {
      const r = runCli(['build', ...args], root);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr, args.join(' ')).toContain('FOLDERS_OVERLAP');
    }
    expect(fs.existsSync(path.join(root, 'dist'))).toBe(false);
    expect(fs.readdirSync(path.join(root, 'content'))).toEqual(['a.md']);
  });

  it('escape sequences in file names and front matter are printed escaped, with NO_COLOR and without', () => {
    const name = `evil${ESC}]0;owned${ESC}\\${ESC}[2K.md`;
    const root = writeSite({ [`content/${name}`]: '---\ntitle: "T \\e[31mred"\ndate: "nope\\e[8m"\n---\nB\n' });
    const envs: Record<string, string>[] = [{ NO_COLOR: '1' }, {}, { FORCE_COLOR: '1' }];
    for (const env of envs) {
      for (const command of ['build', 'check']) {
        const r = runCli([command], root, env);
        const printed = r.stdout + r.stderr;
        expect(r.code).toBe(1);
        expect(printed).toContain('FRONT_MATTER_INVALID');
        // Only our own colour codes (ESC[ digits m) may remain; none from the file.
        expect(printed.replace(new RegExp(`${ESC}\\[[0-9;]*m`, 'g'), ''), `${command} ${JSON.stringify(env)}`).not.toContain(ESC);
        expect(printed).toContain('\\x1B');
        expect(printed).not.toContain(`${ESC}[2K`);
        expect(printed).not.toContain(`${ESC}[31mred`);
      }
    }
    expect(escapeControls('a\u0007b\u202ec\r\nd', '  ')).toBe('a\\x07b\\u202Ec\\x0D\n  d');
  });

  it('the importer reports an item whose <link> is javascript: instead of writing an alias the build rejects', () => {
    const wxr = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<channel><title>River Post</title><link>https://river.example</link><wp:wxr_version>1.2</wp:wxr_version>',
      '<item><title>Dam opens</title><link>javascript:alert(1)</link><dc:creator>desk</dc:creator>',
      '<content:encoded><![CDATA[Water flows.]]></content:encoded><wp:post_id>8</wp:post_id>',
      '<wp:post_date>2019-06-01 08:00:00</wp:post_date><wp:post_date_gmt>2019-06-01 01:00:00</wp:post_date_gmt>',
      '<wp:post_name>dam-opens</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>',
      '</channel></rss>',
    ].join('\n');
    const root = writeSite({ 'export.xml': wxr });
    const imported = runCli(['import', 'wordpress', 'export.xml'], root);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/8 "Dam opens".*javascript:alert\(1\).*not a web address/);
    const text = fs.readFileSync(path.join(root, 'content/2019/06/dam-opens.md'), 'utf8');
    expect(text).not.toContain('javascript');
    const built = runCli(['build'], root);
    expect(built.code, built.stderr).toBe(0);
  });
});
