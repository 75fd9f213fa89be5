// The README promise: the example archive builds from the CLI and the reference article is complete.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { listedUrls, parseHtml } from '../news/helpers/html.js';
import { listFiles, repoRoot, runCli } from '../helpers/site.js';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-example-'));
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-example-cache-'));
const page = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');
const seed = '2019/10/officials-blamed-for-kingdoms-watch-list-placing/index.html';
let result: ReturnType<typeof runCli>;

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&#x3D;/g, '='));
}

/** Site path -> output file that serves it. */
function fileFor(href: string): string {
  const p = decodeURI(href.replace(/^https:\/\/archive\.example\.org/, ''));
  return path.join(out, p.endsWith('/') ? `${p}index.html` : p);
}

describe('example archive, built by the CLI', () => {
  beforeAll(() => {
    fs.rmSync(out, { recursive: true, force: true });
    result = runCli(['build', '--out', out, '--cache-dir', cache], repoRoot, { SOURCE_DATE_EPOCH: '1700000000' });
  });

  it('exits 0 with a summary line', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^broadsheet: 62 articles \(1 drafts, 1 scheduled not published\), \d+ pages, \d+ files/);
  });

  it('publishes the reference article with headline, byline, publication, credit and body', () => {
    const html = page(seed);
    expect(html).toContain('<h1>Officials blamed for Kingdom’s watch list placing</h1>');
    expect(html).toMatch(
      /<p class="byline"><a rel="author" href="\/authors\/taing-vida\/">Taing Vida<\/a> \/ <span class="publication">Khmer Times<\/span><\/p>/,
    );
    expect(html).toContain('<span class="credit">KT/Chor Sokunthea</span>');
    expect(html).toContain('cellcard');
    expect(html).toContain('“I would like to clarify that it’s not that we did not take action to curb this problem,” Mr Kheng said.');
    // The site's zone is shown on the time, in the words of the page's language.
    expect(html).toContain('<time datetime="2019-10-23T09:00:00+07:00">23 October 2019, 09:00 GMT+7</time>');
  });

  it('has share links that carry the canonical URL, percent-encoded, without scripts', () => {
    const html = page(seed);
    const canonical = 'https://archive.example.org/2019/10/officials-blamed-for-kingdoms-watch-list-placing/';
    const share = hrefs(html).filter((h) => /facebook|x\.com|linkedin|t\.me|wa\.me|mailto:/.test(h));
    expect(share).toHaveLength(6);
    for (const link of share) {
      const params = new URL(link).searchParams;
      const carried = [params.get('u'), params.get('url'), params.get('body'), params.get('text')].filter(Boolean).join(' ');
      expect(carried, link).toContain(canonical);
    }
    expect(share.find((h) => h.startsWith('https://x.com/'))).toContain('text=Officials%20blamed%20for%20Kingdom%E2%80%99s');
    // No third-party script: besides JSON-LD, only the theme's copy-link file, same origin and hashed.
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")(?! src="\/_broadsheet\/share\.[0-9a-f]{10}\.js" defer><\/script>)/);
    // Each share link is an icon with a text label for screen readers; the copy button waits for the script.
    expect(
      html.match(
        /<a class="share-link share-\w+" href="[^"]+"[^>]*><svg class="icon"[^>]*aria-hidden="true"[\s\S]*?<\/svg><span class="visually-hidden">\w+<\/span><\/a>/g,
      ),
    ).toHaveLength(6);
    expect(html).toContain(
      `<button type="button" class="share-link share-copy" data-copy-url="${canonical}" data-copied="Link copied" data-copy-failed="Could not copy the link" hidden>`,
    );
  });

  it('links Previous and Next Article to the neighbours, and both targets exist', () => {
    const html = page(seed);
    const nav = html.slice(html.indexOf('<nav class="prev-next"'));
    expect(nav).toMatch(
      /Previous Article<\/span> <a rel="prev" href="([^"]+)">Government seeks to reunite deportees with their US families<\/a>/,
    );
    expect(nav).toMatch(/Next Article<\/span> <a rel="next" href="([^"]+)">Meas Muth’s hearing scheduled for next month<\/a>/);
    for (const rel of ['prev', 'next']) {
      const href = new RegExp(`rel="${rel}" href="([^"]+)"`).exec(nav)![1]!;
      expect(fs.existsSync(fileFor(href)), href).toBe(true);
    }
  });

  it('resolves every internal link on the reference page to a file in dist/', () => {
    const internal = hrefs(page(seed)).filter((h) => h.startsWith('/') || h.startsWith('https://archive.example.org/'));
    expect(internal.length).toBeGreaterThan(20);
    for (const href of internal) expect(fs.existsSync(fileFor(href)), href).toBe(true);
  });

  it('does not publish drafts or articles dated in the future', () => {
    expect(fs.existsSync(path.join(out, '2099'))).toBe(false);
    const all = fs.readdirSync(path.join(out, '2020/02'));
    expect(all).not.toContain('explainer-how-the-national-budget-is-made');
  });

  it('keeps Khmer titles readable in URLs and text', () => {
    const dir = path.join(out, '2019/11');
    const khmer = fs.readdirSync(dir).find((n) => /[\u1780-\u17ff]/.test(n));
    expect(khmer).toBeDefined();
    expect(khmer).toBe(khmer!.normalize('NFC'));
    expect(fs.readFileSync(path.join(dir, khmer!, 'index.html'), 'utf8')).toMatch(/<html lang="km">|lang="km"/);
  });

  it('publishes its Khmer stories under /km/ with their own lists, and their addresses from before still lead there', () => {
    const moved = '2019/07/rice-planting-season-begins-km/';
    expect(fs.existsSync(path.join(out, 'km', moved, 'index.html'))).toBe(true);
    const listed = listedUrls(parseHtml(page('km/index.html')));
    expect(listed).toContain(`/km/${moved}`);
    expect(listed.every((u) => u.startsWith('/km/'))).toBe(true);
    expect(listedUrls(parseHtml(page('index.html'))).some((u) => u.startsWith('/km/'))).toBe(false);
    // The page at the old address sends readers and search engines on; _redirects says the same to hosts that read it.
    expect(page(`${moved}index.html`)).toContain(`<meta http-equiv="refresh" content="0; url=https://archive.example.org/km/${moved}">`);
    expect(page('_redirects').split('\n')).toContain(`/${moved} /km/${moved} 301`);
  });

  it('paginates the home page and the sections', () => {
    expect(fs.existsSync(path.join(out, 'page/2/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(out, 'section/national/page/2/index.html'))).toBe(true);
    const home = parseHtml(page('index.html'));
    expect(listedUrls(home)).toHaveLength(10);
  });

  it('opens the home page and each section with a lead story and its photo, a grid of thumbnails, then the list', () => {
    for (const rel of ['index.html', 'section/national/index.html', 'section/business/index.html']) {
      const html = page(rel);
      const lead = /<article class="lead-story has-photo">([\s\S]*?)<\/article>/.exec(html)?.[1] ?? '';
      // The lead photo loads at once; the rest wait until they near the viewport.
      expect(lead, rel).toMatch(
        /<img src="\/_broadsheet\/photos\/[^"]+\.jpg" srcset="[^"]+" sizes="[^"]+" alt="[^"]+" width="\d+" height="\d+" fetchpriority="high"/,
      );
      const grid = /<ul class="grid">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
      expect(grid.match(/<li class="item has-photo">/g), rel).toHaveLength(4);
      expect(grid.match(/loading="lazy"/g), rel).toHaveLength(4);
      expect(html, rel).toContain('<ul class="items">');
    }
    // The home page adds one block per section of the navigation, each linking its section front.
    const blocks = [...page('index.html').matchAll(/<h2 class="block-title" id="[^"]+"><a href="([^"]+)">/g)].map((m) => m[1]);
    expect(blocks).toEqual([
      '/section/business/',
      '/section/lifestyle/',
      '/section/national/',
      '/section/politics/',
      '/section/sport/',
      '/section/world/',
    ]);
    for (const href of blocks) expect(fs.existsSync(fileFor(href!)), href).toBe(true);
  });

  it('offers social sites and search engines a raster 1200 px image on every article with a photo, SVG ones included', async () => {
    const { default: sharp } = await import('sharp');
    const articles = fs
      .readdirSync(path.join(out, '2019'))
      .flatMap(
        (m) =>
          fs.existsSync(path.join(out, '2019', m)) && /^\d\d$/.test(m)
            ? fs
                .readdirSync(path.join(out, '2019', m))
                .filter((d) => !/^\d\d$/.test(d) && d !== 'page' && d !== 'index.html')
                .map((d) => `2019/${m}/${d}/index.html`)
            : [],
        // Khmer stories moved under /km/ left redirect pages at their old addresses.
      )
      .filter((rel) => !page(rel).includes('http-equiv="refresh"'));
    let withImage = 0;
    for (const rel of articles) {
      const html = page(rel);
      const og = /<meta property="og:image" content="([^"]+)">/.exec(html)?.[1];
      if (!og) continue;
      withImage++;
      expect(og, rel).toMatch(/\.jpg$/);
      expect(html, rel).toContain('<meta property="og:image:width" content="1200">');
      expect(html, rel).toContain(`<meta name="twitter:image" content="${og}">`);
      const meta = await sharp(fileFor(og)).metadata();
      expect([meta.format, meta.width], rel).toEqual(['jpeg', 1200]);
    }
    // Nearly every 2019 story in the example has a photo, most of them SVG placeholders.
    expect(withImage).toBeGreaterThan(articles.length * 0.9);
    expect(withImage).toBeGreaterThan(30);
  });

  it('links related articles that share a tag with the reference article, never its neighbours', () => {
    const html = page(seed);
    const related = /<aside class="related"[\s\S]*?<\/aside>/.exec(html)![0];
    const links = [...related.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThanOrEqual(3);
    const tags = (h: string) => [...h.matchAll(/<a href="(\/tags\/[^"]+)" rel="tag">/g)].map((m) => m[1]);
    const own = tags(html);
    for (const href of links) {
      expect(
        tags(fs.readFileSync(fileFor(href), 'utf8')).some((t) => own.includes(t)),
        href,
      ).toBe(true);
      expect(html, href).not.toContain(`rel="prev" href="${href}"`);
      expect(html, href).not.toContain(`rel="next" href="${href}"`);
    }
  });

  it('most related links across the example share a tag with their article', () => {
    let links = 0;
    let sharing = 0;
    for (const rel of listFiles(out).filter((f) => /^\d{4}\/\d{2}\/[^/]*[^\d/][^/]*\/index\.html$/.test(f))) {
      const html = page(rel);
      const related = /<aside class="related"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '';
      const own = new Set([...html.matchAll(/<a href="(\/tags\/[^"]+)" rel="tag">/g)].map((m) => m[1]));
      for (const m of related.matchAll(/<a href="([^"]+)">/g)) {
        links++;
        const theirs = [...fs.readFileSync(fileFor(m[1]!), 'utf8').matchAll(/<a href="(\/tags\/[^"]+)" rel="tag">/g)].map((t) => t[1]);
        if (theirs.some((t) => own.has(t))) sharing++;
      }
    }
    expect(links).toBeGreaterThan(50);
    expect(sharing / links).toBeGreaterThan(0.8);
  });

  it('serves a 404 page with working links from any depth, and datelines that link their day', () => {
    const notFound = page('404.html');
    expect(notFound).toContain('<h1>Page not found</h1>');
    expect(notFound).toContain('<meta name="robots" content="noindex">');
    for (const href of hrefs(notFound)) if (!/^(https?:|#)/.test(href)) expect(href, href).toMatch(/^\//);
    expect(notFound).toContain('<form class="search" role="search" action="/search/" method="get">');
    expect(page(seed)).toContain(
      '<a href="/2019/10/23/"><time datetime="2019-10-23T09:00:00+07:00">23 October 2019, 09:00 GMT+7</time></a>',
    );
    expect(page(seed)).toMatch(/ · \d+ min read<\/p>/);
  });

  it('keeps the home page under 50 KB of HTML and CSS, before images', () => {
    const html = page('index.html');
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => fs.statSync(fileFor(m[1]!)).size);
    expect(Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0)).toBeLessThan(50 * 1024);
  });

  it('keeps the reference article page under 30 KB of HTML and CSS, before images', () => {
    const html = page(seed);
    const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)">/g)].map((m) => fs.statSync(fileFor(m[1]!)).size);
    expect(css.length).toBeGreaterThan(0);
    const bytes = Buffer.byteLength(html) + css.reduce((a, b) => a + b, 0);
    expect(bytes).toBeLessThan(30 * 1024);
  });

  it('offers Pagefind search over a plain form that works without JavaScript, limited to the site', () => {
    const html = page('search/index.html');
    for (const src of [...html.matchAll(/<script src="([^"]+)" defer><\/script>/g)].map((m) => m[1]!)) {
      expect(fs.existsSync(fileFor(src)), src).toBe(true);
    }
    expect(html).toContain('<script src="/pagefind/pagefind-ui.js" defer></script>');
    expect(html).toMatch(
      /<script src="\/pagefind\/broadsheet-bundles\.js" defer><\/script>\s*<script src="\/_broadsheet\/search\.[0-9a-f]+\.js"/,
    );
    // One bundle per language of the example archive: English and Khmer.
    for (const lang of ['en', 'km']) expect(fs.existsSync(path.join(out, `pagefind/${lang}/pagefind-entry.json`)), lang).toBe(true);
    expect(html).toContain('<form class="search" role="search" action="https://duckduckgo.com/" method="get">');
    expect(html).toContain('<input type="hidden" name="sites" value="archive.example.org">');
    expect(page(seed)).toContain('<a href="/search/">Search</a>');
  });

  it('copies images from the content folder', () => {
    expect(fs.existsSync(path.join(out, 'images/2019/10/watch-list.svg'))).toBe(true);
  });

  it('links a 180 px PNG home-screen icon from every page head', async () => {
    const { default: sharp } = await import('sharp');
    for (const rel of ['index.html', seed, 'about/index.html'])
      expect(page(rel), rel).toContain('<link rel="apple-touch-icon" href="/apple-touch-icon.png">');
    const meta = await sharp(path.join(out, 'apple-touch-icon.png')).metadata();
    expect([meta.format, meta.width, meta.height, meta.hasAlpha]).toEqual(['png', 180, 180, false]);
  });

  it('has an About page and a Corrections policy, linked from the footer of every page and in no list', () => {
    const footer = '<li><a href="/about/">About this archive</a></li>\n<li><a href="/corrections-policy/">Corrections policy</a></li>';
    for (const rel of ['index.html', seed, '404.html', 'search/index.html']) expect(page(rel), rel).toContain(footer);
    expect(page('about/index.html')).toContain('<h1>About this archive</h1>');
    expect(page('corrections-policy/index.html')).toContain('<h1>Corrections policy</h1>');
    expect(page('sitemap.xml')).toContain('<loc>https://archive.example.org/about/</loc>');
    expect(page('index.xml')).not.toContain('About this archive');
  });

  it('shows raster sample photos, marked as samples, on most articles', () => {
    const articles = listFiles(out).filter((f) => /^\d{4}\/\d{2}\/(?!\d+\/)[^/]+\/index\.html$/.test(f));
    const withPhoto = articles.filter((f) => /<figure class="photo"[\s\S]*?\.jpg/.test(page(f)));
    expect(withPhoto.length / articles.length).toBeGreaterThan(0.8);
    const samples = fs.readdirSync(path.join(repoRoot, 'content/images/sample')).filter((f) => f.endsWith('.jpg'));
    expect(samples.length).toBeGreaterThanOrEqual(15);
    for (const f of samples) expect(fs.statSync(path.join(repoRoot, 'content/images/sample', f)).size, f).toBeLessThan(60 * 1024);
  });
});
