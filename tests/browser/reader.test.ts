// What a reader does, in headless Chromium on the built example archive served by a plain static
// server with the site's own Content-Security-Policy: read the reference article, follow Next and
// Previous Article, page through a section and a date archive, search and open a result. axe-core
// checks every kind of page; screenshots at phone and desktop widths go to test-artifacts/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic } from '../helpers/browser.js';
import { repoRoot, runCli } from '../helpers/site.js';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const artifacts = path.join(repoRoot, 'test-artifacts', 'browser');
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-browser-')), 'dist');
const SEED = '/2019/10/officials-blamed-for-kingdoms-watch-list-placing/';
/** The Khmer edition's Water Festival story, which has an English translation. */
const KHMER = `/km/2019/11/${encodeURIComponent('បុណ្យអុំទូក')}/`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;
let page: Page;
const cspErrors: string[] = [];

/** The CSP line of the generated _headers, so the browser enforces what a CDN would send. */
function policyFromHeaders(): string {
  const line = fs
    .readFileSync(path.join(out, '_headers'), 'utf8')
    .split('\n')
    .find((l) => l.trim().startsWith('Content-Security-Policy:'));
  return line!.trim().slice('Content-Security-Policy:'.length).trim();
}

async function open(url: string): Promise<void> {
  const response = await page.goto(`${server.origin}${url}`);
  expect(response?.status(), url).toBe(200);
}

async function axeViolations(): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP does not apply to.
  await page.evaluate(axeSource);
  const result = (await page.evaluate('axe.run()')) as {
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  };
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Layout shift summed from the load over `ms` (shifts right after input do not count). */
function layoutShift(ms: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; })
      .observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), ${ms});
  })`) as Promise<number>;
}

async function screenshot(name: string): Promise<void> {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true });
  }
}

describe('a reader in Chromium', () => {
  beforeAll(async () => {
    const built = runCli(['build', '--out', out, '--no-cache', '--quiet'], repoRoot, { SOURCE_DATE_EPOCH: '1700000000' });
    expect(built.code, built.stderr).toBe(0);
    fs.mkdirSync(artifacts, { recursive: true });
    server = await serveStatic(out, { 'content-security-policy': policyFromHeaders() });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reads the reference article and follows Next Article and Previous Article', async () => {
    await open(SEED);
    await expect(page.locator('h1').textContent()).resolves.toBe('Officials blamed for Kingdom’s watch list placing');
    // The lead photo is a responsive picture the browser chose a modern format for, with no layout shift.
    const img = page.locator('figure.photo img');
    await expect(img.getAttribute('width')).resolves.toMatch(/^\d+$/);
    // Strings, since the tests compile without the DOM's types.
    await page.evaluate("document.querySelector('figure.photo img').decode()");
    expect(await page.evaluate("document.querySelector('figure.photo img').currentSrc")).toMatch(
      /\/_broadsheet\/photos\/watch-list-\d+\.\w+\.webp$/,
    );
    await screenshot('article');

    await page.getByRole('link', { name: 'Meas Muth’s hearing scheduled for next month' }).click();
    await page.waitForURL(/meas-muths-hearing-scheduled-for-next-month\/$/);
    await expect(page.locator('.prev-next .prev a').textContent()).resolves.toBe('Officials blamed for Kingdom’s watch list placing');
    await page.locator('.prev-next a[rel="prev"]').click();
    await page.waitForURL(new RegExp(`${SEED}$`));
    await page.locator('.prev-next a[rel="prev"]').click();
    await page.waitForURL(/government-seeks-to-reunite-deportees-with-their-us-families\/$/);
  });

  it('pages through a section and a date archive with Older and Newer', async () => {
    for (const [start, heading] of [
      ['/section/national/', 'National'],
      ['/2019/', '2019'],
    ] as const) {
      await open(start);
      await expect(page.locator('h1').textContent()).resolves.toContain(heading);
      const first = await page.locator('.item-title a').first().textContent();
      await page.getByRole('link', { name: 'Older' }).click();
      await page.waitForURL(new RegExp(`${start}page/2/$`));
      await expect(page.locator('.pager span').textContent()).resolves.toMatch(/^Page 2 of \d+$/);
      expect(await page.locator('.item-title a').first().textContent()).not.toBe(first);
      await page.getByRole('link', { name: 'Newer' }).click();
      await page.waitForURL(new RegExp(`${start}$`));
    }
    await open('/');
    await screenshot('home');
  });

  it('searches the archive with Pagefind, offline, and opens a result', async () => {
    await open('/search/');
    const input = page.locator('.pagefind-ui__search-input');
    await input.fill('trafficking');
    const result = page.locator('.pagefind-ui__result-link').first();
    await result.waitFor();
    await expect(page.locator('.pagefind-ui__result-link').allTextContents()).resolves.toContain(
      'Officials blamed for Kingdom’s watch list placing',
    );
    // The plain form is hidden once the UI runs; filters by section and year come from the pages.
    await expect(page.locator('form.search').isHidden()).resolves.toBe(true);
    // A string, so the test runner does not rewrite the browser's import().
    const filters = (await page.evaluate(
      `import(${JSON.stringify(`${server.origin}/pagefind/en/pagefind.js`)}).then((pagefind) => pagefind.filters())`,
    )) as Record<string, Record<string, number>>;
    expect(Object.keys(filters).sort()).toEqual(['section', 'year']);
    expect(filters.year!['2019']).toBeGreaterThan(10);
    expect(filters.section!.National).toBeGreaterThan(5);
    await screenshot('search');
    await page.locator('.pagefind-ui__result-link', { hasText: 'Officials blamed' }).click();
    await page.waitForURL(new RegExp(`${SEED}$`));
    await expect(page.locator('h1').textContent()).resolves.toBe('Officials blamed for Kingdom’s watch list placing');
  });

  it('keeps the search form working without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.origin}/search/`);
    await expect(plain.locator('form.search').isVisible()).resolves.toBe(true);
    await expect(plain.locator('form.search').getAttribute('action')).resolves.toBe('https://duckduckgo.com/');
    await context.close();
  });

  // The article, home, section and date archive pages are checked at both widths, light and dark,
  // by the every-kind test below; these are the kinds it does not open.
  it('has no axe-core violations on the author and archive pages, or on search results', async () => {
    const problems: Record<string, string[]> = {};
    await page.setViewportSize({ width: 1280, height: 900 });
    for (const url of ['/authors/taing-vida/', '/archive/', '/search/']) {
      await open(url);
      if (url === '/search/') {
        await page.locator('.pagefind-ui__search-input').fill('court');
        await page.locator('.pagefind-ui__result-link').first().waitFor();
      }
      const found = await axeViolations();
      if (found.length) problems[`${url} @1280`] = found;
    }
    expect(problems).toEqual({});
  });

  it('fits a 320 px phone, shifts no layout, offers a skip link, prints without navigation, and passes axe in dark mode', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const url of [SEED, '/', '/search/']) {
      await open(url);
      expect(await page.evaluate('document.documentElement.scrollWidth'), url).toBeLessThanOrEqual(320);
    }
    // Cumulative layout shift while the article loads (images carry their size).
    await open(SEED);
    const shift = await layoutShift(300);
    expect(shift).toBeLessThan(0.05);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    const box = await page.locator('.skip-link').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-nav').isVisible()).resolves.toBe(false);
    await expect(page.locator('.article-body').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(20, 20, 20)');
    expect(await axeViolations()).toEqual([]);
    await screenshot('article-dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  // 24 page loads with axe each: a generous limit, since the machine is shared (no timing is asserted).
  it('shows every kind of page at 375 and 1280 px, light and dark: axe-clean, no layout shift, links that resolve, raster share images', async () => {
    const pages: [string, string, number][] = [
      ['home', '/', 200],
      ['section', '/section/national/', 200],
      ['article', SEED, 200],
      ['archive', '/2019/10/', 200],
      ['search', '/search/', 200],
      ['not-found', '/no-such-page/here/', 404],
    ];
    const problems: Record<string, string[]> = {};
    const links = new Set<string>();
    const images = new Set<string>();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        for (const [name, url, status] of pages) {
          const response = await page.goto(`${server.origin}${url}`);
          expect(response?.status(), url).toBe(status);
          // Layout shifts are summed over at least half a second from the load; axe runs meanwhile
          // instead of after it (it only reads the page: a shift it caused would fail, not hide one).
          const shifting = layoutShift(500);
          const found = await axeViolations();
          const shift = await shifting;
          const key = `${name} @${width} ${scheme}`;
          if (shift >= 0.05) problems[key] = [`layout shift ${shift}`];
          if (found.length) problems[key] = [...(problems[key] ?? []), ...found];
          // Every section link is on screen on a phone: the navigation wraps instead of scrolling sideways.
          const offscreen = (await page.evaluate(
            `[...document.querySelectorAll('.site-nav a')].filter((a) => { const r = a.getBoundingClientRect(); return r.right > innerWidth || r.left < 0; }).length`,
          )) as number;
          if (offscreen) problems[key] = [...(problems[key] ?? []), `${offscreen} navigation links off screen`];
          for (const href of (await page.evaluate(
            // Same-page fragments (the skip link) are not links to another page.
            `[...document.querySelectorAll('a[href]:not([href^="#"])')].map((a) => a.href)`,
          )) as string[]) {
            if (href.startsWith(server.origin)) links.add(href.split('#')[0]!);
          }
          for (const og of (await page.evaluate(
            `[...document.querySelectorAll('meta[property="og:image"]')].map((m) => m.content)`,
          )) as string[])
            images.add(og);
          await page.screenshot({ path: path.join(artifacts, `${name}-${width}-${scheme}.png`), fullPage: true });
        }
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    expect(problems).toEqual({});
    // Every internal link on those pages serves a page.
    const broken: string[] = [];
    for (const href of links) {
      const response = await fetch(href);
      if (response.status !== 200) broken.push(`${href} ${response.status}`);
    }
    expect(broken).toEqual([]);
    expect(links.size).toBeGreaterThan(50);
    // Every og:image is a JPEG, PNG or WebP at least 1200 px wide that the site publishes.
    const { default: sharp } = await import('sharp');
    expect(images.size).toBeGreaterThan(0);
    for (const og of images) {
      const file = path.join(out, decodeURI(new URL(og).pathname));
      const meta = await sharp(file).metadata();
      expect(['jpeg', 'png', 'webp'], og).toContain(meta.format);
      expect(meta.width, og).toBeGreaterThanOrEqual(1200);
    }
  }, 240_000);

  it('gives share buttons 44 px targets, and a copy-link button once the script runs', async () => {
    await page.setViewportSize({ width: 375, height: 900 });
    await open(SEED);
    const sizes = (await page.evaluate(
      `[...document.querySelectorAll('.share .share-link')].map((a) => { const r = a.getBoundingClientRect(); return [a.className, r.width, r.height]; })`,
    )) as [string, number, number][];
    expect(sizes).toHaveLength(7);
    for (const [name, w, h] of sizes) expect([name, w >= 44 && h >= 44]).toEqual([name, true]);
    await expect(page.locator('button.share-copy').isVisible()).resolves.toBe(true);
  });

  it('puts the search query in the address, so a search can be shared', async () => {
    await open('/search/?q=trafficking');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await page.locator('.pagefind-ui__search-input').fill('court');
    await page.waitForURL(/\/search\/\?q=court$/);
  });

  it('sets a Khmer article in Khmer: axe-clean, tall headline lines, no drop cap, Latin words in a Latin font', async () => {
    const problems: Record<string, string[]> = {};
    await open(KHMER);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('km');
    await expect(page.locator('.prev-next .prev .label').textContent()).resolves.toBe('អត្ថបទមុន');
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const found = await axeViolations();
      if (found.length) problems[`${KHMER} @${width}`] = found;
      await page.screenshot({ path: path.join(artifacts, `khmer-article-${width}.png`), fullPage: true });
    }
    expect(problems).toEqual({});
    // Below-letter vowels need room: the headline's line height is at least 1.5 times its size.
    const [lineHeight, fontSize] = (await page.evaluate(
      `(() => { const s = getComputedStyle(document.querySelector('h1')); return [parseFloat(s.lineHeight), parseFloat(s.fontSize)]; })()`,
    )) as [number, number];
    expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.5);
    // Which fonts Chromium drew each part with: Khmer glyphs from a Khmer font, Latin ones never.
    const fonts = async (selector: string) => {
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      await cdp.send('CSS.enable');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      await cdp.detach();
      return used.map((f) => f.familyName);
    };
    expect((await fonts('h1')).some((f) => /khmer/i.test(f))).toBe(true);
    const latin = await fonts('.translations a');
    expect(latin.length).toBeGreaterThan(0);
    expect(latin.filter((f) => /khmer/i.test(f))).toEqual([]);
    // A drop cap is not a convention in Khmer: the first letter keeps the paragraph's size and flow.
    await open('/km/2019/12/tonle-sap-fishers-report-smaller-catch-km/');
    await expect(page.locator('.article-body.has-drop-cap').count()).resolves.toBe(1);
    const firstLetter = (await page.evaluate(
      `(() => { const p = document.querySelector('.article-body > p:first-child'); const s = getComputedStyle(p, '::first-letter'); return [s.float, s.fontSize === getComputedStyle(p).fontSize]; })()`,
    )) as [string, boolean];
    expect(firstLetter).toEqual(['none', true]);
  });

  it('searches its own language, finds Khmer words inside unspaced phrases, and every language when chosen', async () => {
    const results = async (query: string) => {
      await page.locator('.pagefind-ui__search-input').fill(query);
      await page.locator('.pagefind-ui__message', { hasText: new RegExp(`results? for ${query}`) }).waitFor();
      const message = (await page.locator('.pagefind-ui__message').textContent()) ?? '';
      const count = Number(/\d+/.exec(message)?.[0] ?? 0);
      // The count comes before the results: wait for the first five (what the UI shows at first).
      const links = page.locator('.pagefind-ui__result-link');
      await expect.poll(() => links.count(), { timeout: 20_000 }).toBe(Math.min(count, 5));
      return { count, titles: await links.allTextContents() };
    };
    const khmer = /[\u1780-\u17ff]/;
    await open('/search/');
    // The English search page searches the English bundle: an English query finds no Khmer article.
    const english = await results('archive');
    expect(english.count).toBeGreaterThan(20);
    expect(english.titles.filter((t) => khmer.test(t))).toEqual([]);
    // Choosing every language reloads the page with ?languages=all and the query kept.
    await page.getByLabel('Search all languages').check();
    await page.waitForURL(/languages=all/);
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    const all = await results('archive');
    expect(all.count).toBe(english.count + 7);
    const festival = await results('បុណ្យអុំទូក');
    expect(festival.titles).toContain('ប្រជាពលរដ្ឋរាប់សែននាក់ចូលរួមពិធីបុណ្យអុំទូក');
    const city = await results('ភ្នំពេញ');
    expect(city.titles).toEqual(expect.arrayContaining(['ប្រជាពលរដ្ឋរាប់សែននាក់ចូលរួមពិធីបុណ្យអុំទូក']));
    expect(city.titles.filter((t) => khmer.test(t)).length).toBeGreaterThanOrEqual(2);
    // Excerpts are the body as written: no word marks, no headline.
    const excerpt = (await page.locator('.pagefind-ui__result-excerpt').first().textContent()) ?? '';
    expect(excerpt).toMatch(khmer);
    expect(excerpt).not.toMatch(/[\u1780-\u17ff]-[\u1780-\u17ff]/);
    await screenshot('search-khmer');
  });

  it('restores a search with its filters from the address without shifting the layout, and keeps the address up to date', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open('/search/?q=court&section=National');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      const shift = await layoutShift(800);
      expect([width, shift < 0.05]).toEqual([width, true]);
      const ticked = await page.evaluate(
        `[...document.querySelectorAll('input.pagefind-ui__filter-checkbox:checked')].map((b) => b.name + '=' + b.value)`,
      );
      expect(ticked).toEqual(['section=National']);
      expect(await page.locator('.pagefind-ui__result-link').count()).toBeGreaterThan(0);
    }
    // Tick and untick as a reader does, on the labels of the filter checkboxes (their blocks opened first).
    await page.evaluate(`document.querySelectorAll('details.pagefind-ui__filter-block').forEach((d) => { d.open = true; })`);
    await page.locator('label[for="year-2019"]').click();
    await page.waitForURL(/\/search\/\?q=court&section=National&year=2019$/);
    await page.locator('.pagefind-ui__search-input').fill('hearing');
    await page.waitForURL(/\/search\/\?q=hearing&section=National&year=2019$/);
    await page.evaluate(`document.querySelectorAll('details.pagefind-ui__filter-block').forEach((d) => { d.open = true; })`);
    await page.locator('label[for="section-National"]').click();
    await page.waitForURL(/\/search\/\?q=hearing&year=2019$/);
  });

  it('paints the intro first and largest on a restored search, so the results arriving later are not the LCP', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open('/search/?q=court&section=National');
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      // The last entry is the largest paint so far; the results have been painted by now.
      const largest = await page.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => { const all = list.getEntries(); resolve(all[all.length - 1].element?.className ?? ''); })
          .observe({ type: 'largest-contentful-paint', buffered: true });
      })`);
      expect([width, largest]).toEqual([width, 'search-intro']);
    }
  });

  it('says what to type when the address has filters but no query, and links to the filtered section', async () => {
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await open('/search/?section=National');
      const prompt = page.locator('.search-prompt');
      await expect(prompt.isVisible()).resolves.toBe(true);
      await expect(prompt.textContent()).resolves.toContain('Type a word, a name or a place in the box above to search National.');
      await expect(prompt.getByRole('link', { name: 'National' }).getAttribute('href')).resolves.toBe('/section/national/');
      const shift = await layoutShift(800);
      expect([width, shift < 0.05]).toEqual([width, true]);
      expect(await axeViolations()).toEqual([]);
      await page.screenshot({ path: path.join(artifacts, `search-filter-only-${width}.png`), fullPage: true });
    }
    // Typing searches within the filter from the address, and the prompt makes way for the results.
    await page.locator('.pagefind-ui__search-input').fill('court');
    await page.locator('.pagefind-ui__result-link').first().waitFor();
    await page.waitForURL(/\/search\/\?q=court&section=National$/);
    await expect(page.locator('.search-prompt').isHidden()).resolves.toBe(true);
    const ticked = await page.evaluate(
      `[...document.querySelectorAll('input.pagefind-ui__filter-checkbox:checked')].map((b) => b.name + '=' + b.value)`,
    );
    expect(ticked).toEqual(['section=National']);
    // Pagefind's Clear button empties the query: the address and the prompt follow.
    await page.locator('.pagefind-ui__search-clear').click();
    await page.waitForURL(/\/search\/\?section=National$/);
    await expect(page.locator('.search-prompt').isVisible()).resolves.toBe(true);
    // Without JavaScript the same address still offers the form and the ways to browse.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.origin}/search/?section=National`);
    await expect(plain.locator('form.search').isVisible()).resolves.toBe(true);
    const browse = await plain.locator('.search-intro a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(browse).toEqual(['/archive/', '/section/', '/tags/', '/authors/']);
    await context.close();
  });

  it('loads nothing the Content-Security-Policy blocks', () => {
    expect(cspErrors).toEqual([]);
  });
});
