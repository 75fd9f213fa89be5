// Standalone pages through the CLI: pages/*.md at their own URLs with their own template, in the
// sitemap and menus, and nowhere in the article stream (home, lists, feeds, archives, search).
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listFiles, article, runCli, writeSite } from '../helpers/site.js';

let root = '';
let built: ReturnType<typeof runCli>;
const read = (rel: string) => fs.readFileSync(path.join(root, 'dist', rel), 'utf8');

beforeAll(() => {
  root = writeSite({
    'broadsheet.config.json': JSON.stringify({
      title: 'Page Post',
      baseUrl: 'https://news.example.org/',
      search: 'none',
      menus: { footer: [{ label: 'About us', page: 'about.md' }], header: [{ label: 'Corrections', page: 'policies/corrections.md' }] },
    }),
    'content/2020/01/story.md': article({ title: 'A story' }),
    'pages/about.md': '---\ntitle: About the Page Post\ndescription: Who we are.\n---\nWe are a *small* newsroom.\n',
    'pages/policies/corrections.md': '---\ntitle: Corrections policy\n---\nWe correct errors openly.\n',
  });
  built = runCli(['build', '--workers', '0'], root, { SOURCE_DATE_EPOCH: '1717200000' });
});

describe('standalone pages', () => {
  it('are published at their own URLs with the page template', () => {
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const about = read('about/index.html');
    expect(about).toContain('<article class="page">');
    expect(about).toContain('<h1>About the Page Post</h1>');
    expect(about).toContain('<p>We are a <em>small</em> newsroom.</p>');
    expect(about).toContain('<meta name="description" content="Who we are.">');
    expect(about).toContain('<link rel="canonical" href="https://news.example.org/about/">');
    expect(read('policies/corrections/index.html')).toContain('<h1>Corrections policy</h1>');
  });

  it('are in the sitemap and the menus, and in no list, feed or archive', () => {
    const sitemap = read('sitemap.xml');
    expect(sitemap).toContain('<loc>https://news.example.org/about/</loc>');
    expect(sitemap).toContain('<loc>https://news.example.org/policies/corrections/</loc>');
    const home = read('index.html');
    expect(home).toContain('<a href="/about/">About us</a>');
    expect(home).toContain('<li><a href="/policies/corrections/">Corrections</a></li>');
    const elsewhere = listFiles(path.join(root, 'dist')).filter(
      (f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('about/') && !f.startsWith('policies/') && f !== 'sitemap.xml',
    );
    expect(elsewhere.length).toBeGreaterThan(5);
    for (const f of elsewhere) {
      expect(read(f), f).not.toContain('About the Page Post');
      expect(read(f), f).not.toContain('Corrections policy');
    }
  });

  it('a page without a title, or a menu naming a page the site lacks, is a coded error naming the file', () => {
    const untitled = writeSite({ 'content/2020/01/a.md': article({}), 'pages/contact.md': 'Call us.\n' });
    const r = runCli(['build', '--workers', '0'], untitled);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FRONT_MATTER_INVALID');
    expect(r.stderr).toContain('The page pages/contact.md has no title.');
    const menu = writeSite({
      'broadsheet.config.json': JSON.stringify({ search: 'none', menus: { header: [{ label: 'Tips', page: 'tips.md' }] } }),
      'content/2020/01/a.md': article({}),
    });
    const m = runCli(['build', '--workers', '0'], menu);
    expect(m.code).toBe(1);
    expect(m.stderr).toContain('DATA_INVALID');
    expect(m.stderr).toContain('The menu link "Tips" names pages/tips.md, which the site does not have.');
  });
});

describe('standalone pages under the body limits of issue 13', () => {
  it('a page past a limit, or at a path Broadsheet writes itself, is a coded error naming the file', () => {
    const nested = writeSite({
      'content/2020/01/a.md': article({}),
      'pages/deep.md': `---\ntitle: Deep\n---\n${'> '.repeat(1000)}x\n`,
    });
    const r = runCli(['build', '--workers', '0'], nested);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/pages\/deep\.md:4 +error MARKDOWN_TOO_COMPLEX/);
    const reserved = writeSite({ 'content/2020/01/a.md': article({}), 'pages/_broadsheet/x.md': '---\ntitle: X\n---\nX\n' });
    const s = runCli(['build', '--workers', '0'], reserved);
    expect(s.code).toBe(1);
    expect(s.stderr).toContain('RESERVED_PATH');
    expect(s.stderr).toContain('pages/_broadsheet/x.md');
  });
});
