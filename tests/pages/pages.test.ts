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
    expect(m.stderr).toContain('The menu link "Tips" names the page tips.md, which the site does not have.');
  });

  it('footer links have one source, the footer menu: the former "footerLinks" key is a config error saying where they went', () => {
    const old = writeSite({
      'broadsheet.config.json': JSON.stringify({ search: 'none', footerLinks: [{ label: 'About', url: '/about/' }] }),
      'content/2020/01/a.md': article({}),
    });
    const r = runCli(['build', '--workers', '0'], old);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('CONFIG_INVALID');
    expect(r.stderr).toContain('"footerLinks" is no longer read: footer links have one source, the footer menu.');
    expect(r.stderr).toContain('"menus": { "footer": [');
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

describe('type: page in the content folder', () => {
  let site = '';
  let first: ReturnType<typeof runCli>;
  const readOut = (rel: string) => fs.readFileSync(path.join(site, 'dist', rel), 'utf8');
  beforeAll(() => {
    site = writeSite({
      'broadsheet.config.json': JSON.stringify({
        title: 'Page Post',
        baseUrl: 'https://news.example.org/',
        search: 'none',
        menus: { footer: [{ label: 'Our corrections policy', page: 'policies/corrections.md' }] },
      }),
      'content/2020/01/story.md': article({ title: 'A story' }),
      'content/about.md': '---\ntitle: About the Page Post\ntype: page\n---\nA *small* newsroom by the river.\n',
      'content/policies/corrections.md':
        '---\ntitle: How we correct\ntype: page\ndescription: Errors fixed openly.\n---\nWe say what changed.\n',
    });
    first = runCli(['build', '--workers', '0'], site, { SOURCE_DATE_EPOCH: '1717200000' });
  });

  it('publishes the file as a standalone page at the address its path gives, with the page template', () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const about = readOut('about/index.html');
    expect(about).toContain('<article class="page">');
    expect(about).toContain('<h1>About the Page Post</h1>');
    expect(about).toContain('<p>A <em>small</em> newsroom by the river.</p>');
    expect(about).not.toContain('class="dateline"');
    const policy = readOut('policies/corrections/index.html');
    expect(policy).toContain('<meta name="description" content="Errors fixed openly.">');
    // One story published: the pages are not counted as articles.
    expect(first.stdout).toMatch(/: 1 articles?,/);
  });

  it('puts it in the sitemap and the footer menu, and in no list, feed, archive or date page', () => {
    const sitemap = readOut('sitemap.xml');
    expect(sitemap).toContain('<loc>https://news.example.org/about/</loc>');
    expect(sitemap).toContain('<loc>https://news.example.org/policies/corrections/</loc>');
    expect(readOut('index.html')).toContain('<li><a href="/policies/corrections/">Our corrections policy</a></li>');
    const elsewhere = listFiles(path.join(site, 'dist')).filter(
      (f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('about/') && !f.startsWith('policies/') && f !== 'sitemap.xml',
    );
    expect(elsewhere).toContain('index.xml');
    for (const f of elsewhere) {
      expect(readOut(f), f).not.toContain('About the Page Post');
      expect(readOut(f), f).not.toContain('How we correct');
    }
  });

  it('check passes links to it, and front matter a page does not take is a coded error naming the file', () => {
    fs.writeFileSync(path.join(site, 'content/2020/01/story.md'), article({ title: 'A story' }, 'Read [about us](/about/).'));
    const checked = runCli(['check'], site);
    expect(checked.stdout + checked.stderr).not.toContain('LINK');
    expect(checked.code).toBe(0);
    const dated = writeSite({
      'content/2020/01/a.md': article({}),
      'content/about.md': '---\ntitle: About\ntype: page\ndate: 2020-01-01\n---\nUs.\n',
    });
    const r = runCli(['build', '--workers', '0'], dated);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('FRONT_MATTER_INVALID');
    expect(r.stderr).toMatch(/content\/about\.md:4 +error FRONT_MATTER_INVALID/);
    expect(r.stderr).toContain('The page content/about.md has front matter a page does not use: date.');
    expect(r.stderr).toContain('remove "type: page"');
  });

  it('becomes an article again when "type: page" is removed, even with a warm cache', () => {
    fs.writeFileSync(path.join(site, 'content/about.md'), article({ title: 'About the Page Post', date: '2020-01-20T10:00:00+07:00' }));
    const again = runCli(['build', '--workers', '0'], site, { SOURCE_DATE_EPOCH: '1717200000' });
    expect(again.code, again.stderr).toBe(0);
    expect(fs.existsSync(path.join(site, 'dist/about/index.html'))).toBe(false);
    expect(readOut('2020/01/about/index.html')).toContain('<h1>About the Page Post</h1>');
    expect(readOut('index.xml')).toContain('About the Page Post');
  });
});
