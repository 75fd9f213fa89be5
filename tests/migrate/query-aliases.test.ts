// Aliases with a query (WordPress's /?p=123) can only be served by a host that matches queries:
// they go to _redirects in Netlify's "path key=value" form, and no file is written for them.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectBuildErrors } from '../helpers/errors.js';
import { article, buildSite, listFiles, writeSite } from '../helpers/site.js';

describe('aliases with a query', () => {
  it('become _redirects lines only, with the path as written', async () => {
    const site = await buildSite(
      writeSite({
        'content/a.md': article({ aliases: '["/?p=5", "/index.php?p=5", "/old/?id=1&lang=km", "/2020/01/a/", "/old-a/"]' }),
      }),
    );
    expect(site.read('_redirects').replace(/^\/assets\/.*\n/gm, '')).toBe(
      ['/ p=5 /2020/01/a/ 301', '/index.php p=5 /2020/01/a/ 301', '/old-a/ /2020/01/a/ 301', '/old/ id=1 lang=km /2020/01/a/ 301', ''].join(
        '\n',
      ),
    );
    // The alias that is the article's own address is left out instead of replacing the article.
    expect(site.read('2020/01/a/index.html')).toContain('<h1>A headline</h1>');
    expect(site.read('old-a/index.html')).toContain('url=https://news.example.org/2020/01/a/');
    const files = listFiles(site.out);
    expect(files.filter((f) => f.startsWith('index.php') || f.startsWith('old/'))).toEqual([]);
    expect(fs.readFileSync(path.join(site.out, 'index.html'), 'utf8')).not.toContain('http-equiv="refresh"');
  });

  it('a query that is not plain key=value pairs is an error naming the article', async () => {
    const errors = await expectBuildErrors(() => buildSite(writeSite({ 'content/a.md': article({ aliases: '["/?p=<script>"]' }) })));
    expect(errors[0]!.code).toBe('UNSAFE_PATH');
    expect(errors[0]!.message).toContain('has a query that is not plain key=value pairs');
    expect(errors[0]!.location).toMatchObject({ file: 'a.md' });
  });
});
