// In a real browser: an open article reloads by itself after its file is edited, shows the error
// overlay when the file breaks, and comes back when it is fixed.
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { BASE_PATH, startDev, writeDevSite, type StartedDev } from './dev-helpers.js';

describe('broadsheet dev in Chromium', () => {
  let browser: Browser;
  let started: StartedDev | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await started?.dev.close();
    await browser?.close();
  });

  it('reloads an open article when its file changes, and overlays a broken build', async () => {
    const root = writeDevSite();
    started = await startDev(root);
    const file = path.join(root, 'content/2020/01/bravo.md');
    const page = await browser.newPage();
    await page.goto(`${started.origin}${BASE_PATH}/2020/01/bravo/`);
    await expect.poll(() => page.locator('.article-body').innerText()).toContain('Bravo body.');

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Bravo body.', 'Words written after the page opened.'));
    await page.locator('.article-body', { hasText: 'Words written after the page opened.' }).waitFor({ timeout: 30_000 });

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('title: Bravo', 'title: Bravo\nsummary: [unclosed'));
    const overlay = page.locator('#broadsheet-dev-overlay');
    await overlay.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await overlay.innerText()).toContain('content/2020/01/bravo.md');
    expect(await page.locator('.article-body').innerText()).toContain('Words written after the page opened.');

    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('\nsummary: [unclosed', ''));
    await overlay.waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe('Bravo');
  });
});
