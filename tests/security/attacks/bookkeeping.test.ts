// Issue 12, finding 3: bookkeeping files (the output manifest, the commit journal, the import
// manifest) are data anyone could have edited; a path in them that leaves its folder is a coded
// error and nothing in that file is acted on.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedText } from '../../../src/cache/cache-file.js';
import { runMain } from '../../cli/run-main.js';
import { article, runCli, writeSite } from '../../helpers/site.js';

/** A built site with a secret and a victim file beside (outside) its output folder. */
function builtSite() {
  const root = writeSite({ 'content/a.md': article({ title: 'Fine' }), 'secret.txt': 'api-key', 'victim.txt': 'keep me' });
  const first = runCli(['build', '--no-cache'], root);
  expect(first.code, first.stderr).toBe(0);
  return root;
}

const untouched = (root: string) => {
  expect(fs.readFileSync(path.join(root, 'secret.txt'), 'utf8')).toBe('api-key');
  expect(fs.readFileSync(path.join(root, 'victim.txt'), 'utf8')).toBe('keep me');
  expect(fs.existsSync(path.join(root, 'dist/leaked.txt'))).toBe(false);
};

describe('bookkeeping files cannot steer writes outside their folder', () => {
  it('a journal that moves a secret into dist/ and deletes a file outside it is refused', () => {
    const root = builtSite();
    const ops = [
      { op: 'rename', from: '../secret.txt', to: 'leaked.txt' },
      { op: 'delete', path: '../victim.txt' },
    ];
    fs.writeFileSync(path.join(root, 'dist/.broadsheet/journal.json'), JSON.stringify(ops));
    const r = runCli(['build', '--no-cache'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('BOOKKEEPING_PATH_UNSAFE');
    expect(r.stderr).toContain('"../secret.txt"');
    untouched(root);
  });

  it('a manifest that lists a file outside dist/ (so the next build would delete it) is refused', () => {
    const root = builtSite();
    const file = path.join(root, 'dist/.broadsheet/manifest.json');
    // Written as Broadsheet writes it (checksum line and all): a hand edit that passes the
    // checksum must still not make the build delete outside dist/.
    const raw = fs.readFileSync(file, 'utf8');
    const manifest = JSON.parse(raw.slice(raw.indexOf('\n') + 1)) as { files: Record<string, unknown> };
    manifest.files['../victim.txt'] = { hash: 'x', size: 7 };
    manifest.files['/etc/hostname-copy'] = { hash: 'x', size: 7 };
    fs.writeFileSync(file, checkedText(JSON.stringify(manifest)));
    const r = runCli(['build', '--no-cache'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/BOOKKEEPING_PATH_UNSAFE.*\n?.*"\.\.\/victim\.txt"|"\/etc\/hostname-copy"/);
    untouched(root);
  });

  it('an import manifest whose file is "../x" or not Markdown makes import write nothing, even with --force', async () => {
    const wxr = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
      '<channel><title>River Post</title><link>https://river.example</link><wp:wxr_version>1.2</wp:wxr_version>',
      '<item><title>Ferry strike ends</title><link>https://river.example/2019/05/ferry/</link><dc:creator>desk</dc:creator>',
      '<content:encoded><![CDATA[Boats run again.]]></content:encoded><wp:post_id>7</wp:post_id>',
      '<wp:post_date>2019-05-01 08:00:00</wp:post_date><wp:post_date_gmt>2019-05-01 01:00:00</wp:post_date_gmt>',
      '<wp:post_name>ferry-strike-ends</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>',
      '</channel></rss>',
    ].join('\n');
    for (const file of ['../outside.md', '_headers', '/tmp/abs.md']) {
      const root = writeSite({
        'export.xml': wxr,
        'content/.broadsheet-import.json': JSON.stringify({ version: 1, items: { '7': { file, hash: 'x' } } }),
      });
      for (const args of [[], ['--force']]) {
        // The first through the compiled CLI, the variants in this process (same main()).
        const argv = ['import', 'wordpress', 'export.xml', ...args];
        const r = file === '../outside.md' && !args.length ? runCli(argv, root) : await runMain(argv, root);
        expect(r.code, file).toBe(1);
        expect(r.stderr, file).toContain('BOOKKEEPING_PATH_UNSAFE');
        expect(fs.existsSync(path.join(root, 'outside.md'))).toBe(false);
        expect(fs.existsSync(path.join(root, 'content/_headers'))).toBe(false);
        expect(fs.readdirSync(path.join(root, 'content'))).toEqual(['.broadsheet-import.json']);
      }
    }
    // The same export with a clean manifest imports the post.
    const clean = writeSite({ 'export.xml': wxr });
    const ok = runCli(['import', 'wordpress', 'export.xml'], clean);
    expect(ok.code, ok.stderr).toBe(0);
    expect(fs.existsSync(path.join(clean, 'content/2019/05/ferry-strike-ends.md'))).toBe(true);
  });
});
