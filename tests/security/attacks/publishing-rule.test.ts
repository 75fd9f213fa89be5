// Issue 12, finding 2: the content folder publishes articles and media by rule, never scripts,
// pages, headers files or another generator's config. Each attack is built through the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, listFiles, runCli, writeSite } from '../../helpers/site.js';

const JPEG = '\xff\xd8\xff\xe0 not really a photo';

function build(files: Record<string, string>, args: string[] = []) {
  const root = writeSite(files);
  const r = runCli(['build', '--no-cache', ...args], root);
  return { root, r, published: fs.existsSync(path.join(root, 'dist')) ? listFiles(path.join(root, 'dist')) : [] };
}

describe('the content folder publishes by rule', () => {
  it('evil.html with x.js, a scripted SVG, 404.html, _headers, _redirects and CSS are not published; one counted warning', () => {
    const { r, published, root } = build({
      'content/2020/a.md': article({ title: 'Fine' }),
      'content/2020/evil.html': '<script src="x.js"></script>',
      'content/2020/x.js': 'fetch("/steal?c=" + document.cookie)',
      'content/2020/x.mjs': 'export {}',
      'content/2020/map.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(0)"><script>alert(1)</script><foreignObject><iframe src="https://evil.example/"/></foreignObject><image href="https://evil.example/t.png"/><circle r="4" fill="#c00"/></svg>',
      'content/2020/broken.svg': '<svg><g></svg>',
      'content/404.html': '<h1>Owned</h1>',
      'content/_headers': '/*\n  Content-Security-Policy: default-src *',
      'content/_redirects': '/* https://evil.example/ 301',
      'content/style.css': 'body { display: none }',
      'content/2020/photo.jpg': JPEG,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(published).toContain('2020/photo.jpg');
    for (const file of ['2020/evil.html', '2020/x.js', '2020/x.mjs', '2020/broken.svg', 'style.css']) expect(published).not.toContain(file);
    // An SVG goes out only rewritten: the drawing stays, scripts, handlers and outside references do not.
    expect(fs.readFileSync(path.join(root, 'dist/2020/map.svg'), 'utf8')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><circle r="4" fill="#c00"/></svg>\n',
    );
    // Our own 404 page, headers and redirects files (if any) are not the content folder's.
    if (published.includes('404.html')) expect(fs.readFileSync(path.join(root, 'dist/404.html'), 'utf8')).not.toContain('Owned');
    if (published.includes('_headers')) expect(fs.readFileSync(path.join(root, 'dist/_headers'), 'utf8')).not.toContain('default-src *');
    if (published.includes('_redirects')) expect(fs.readFileSync(path.join(root, 'dist/_redirects'), 'utf8')).not.toContain('evil.example');
    const warnings = r.stderr.split('\n').filter((l) => / warning CONTENT_FILE_SKIPPED/.test(l));
    expect(warnings).toHaveLength(1);
    expect(r.stderr).toContain('1 CONTENT_FILE_SKIPPED');
    expect(r.stderr).toMatch(
      /8 files in the content folder are not published: 2020\/broken\.svg \(an SVG that is not well-formed, or over 2 MB\), 2020\/evil\.html \(not an article or a media file\)/,
    );
    expect(r.stderr).toContain('static folder');
  });

  it('_headers is not published even when the site turns its own headers file off', () => {
    const { r, published } = build({
      'broadsheet.config.json': JSON.stringify({ title: 'T', baseUrl: 'https://x.example/', headers: false }),
      'content/a.md': article({}),
      'content/_headers': '/*\n  Access-Control-Allow-Origin: *',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(published).not.toContain('_headers');
  });

  it('a Jekyll site root given as --content publishes only the posts and the media', () => {
    const { r, published } = build(
      {
        'site/_config.yml': 'title: River News\nemail: editor@river.example\nplugins: [jekyll-feed]\n',
        'site/Gemfile': 'source "https://rubygems.org"\ngem "jekyll"\n',
        'site/Gemfile.lock': 'GEM\n',
        'site/_layouts/post.html': '<html>{{ content }}</html>',
        'site/_includes/footer.html': '<footer>{{ site.email }}</footer>',
        'site/_includes/note.md': 'An include written in Markdown.',
        'site/_plugins/hook.rb': 'Jekyll::Hooks.register :site, :post_write do end',
        'site/_data/staff.yml': '- name: Editor\n',
        'site/_drafts/unfinished.md': '---\ntitle: Not yet\n---\nDraft.\n',
        'site/_site/index.html': '<p>old output</p>',
        'site/_posts/2021-03-04-ferry-timetable.md': '---\ntitle: Ferry timetable\nlayout: post\n---\nBoats at nine.\n',
        'site/assets/images/ferry.jpg': JPEG,
        'site/assets/css/main.scss': '---\n---\n@import "minima";',
        'site/README.md': '# River News source\n',
        'site/.jekyll-cache/x': 'cache',
      },
      ['--content', 'site'],
    );
    expect(r.code, r.stderr).toBe(0);
    // The same output as a folder holding nothing but the post and the photo.
    const bare = build(
      {
        'site/_posts/2021-03-04-ferry-timetable.md': '---\ntitle: Ferry timetable\nlayout: post\n---\nBoats at nine.\n',
        'site/assets/images/ferry.jpg': JPEG,
      },
      ['--content', 'site'],
    );
    // Plus the redirect from the address Jekyll gave the post (its default date style), which
    // only the site root's _config.yml tells.
    const oldAddress = '2021/03/04/ferry-timetable.html';
    expect(published).toContain(oldAddress);
    expect(published.filter((f) => f !== oldAddress)).toEqual(bare.published);
    expect(published).toContain('2021/03/ferry-timetable/index.html');
    expect(published).toContain('assets/images/ferry.jpg');
    expect(r.stderr).toContain('1 file in the content folder is not published: assets/css/main.scss');
  });

  it('an Eleventy folder does not publish its data files or config', () => {
    const { r, published } = build({
      'content/posts/posts.11tydata.js': 'module.exports = { layout: "post.njk" };',
      'content/posts/posts.11tydata.json': '{"tags": "posts"}',
      'content/eleventy.config.js': 'module.exports = () => {};',
      'content/posts/2022-01-02-budget.md': '---\ntitle: Budget\n---\nNumbers.\n',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(published.filter((f) => /11ty|eleventy|\.js$/.test(f) && !f.startsWith('_broadsheet/') && !f.startsWith('pagefind/'))).toEqual(
      [],
    );
    expect(published).toContain('2022/01/budget/index.html');
    expect(r.stderr).not.toContain('CONTENT_FILE_SKIPPED');
  });
});
