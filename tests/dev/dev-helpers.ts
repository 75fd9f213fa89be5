// A small site for dev tests, dev started on it programmatically, and the comparison of what dev
// serves with a clean `build --drafts --future` of the same files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { build } from '../../src/build.js';
import { siteConfig } from '../../src/cli/site-options.js';
import { createDevServer, type BuildOutcome, type DevServer } from '../../src/dev/index.js';
import { article, listFiles, repoRoot, writeSite } from '../helpers/site.js';

/** The build time of every build in these tests: the 2030 article is scheduled, the rest published. */
export const NOW = Date.parse('2024-06-01T00:00:00Z');
export const BASE_PATH = '/news';

const footer = fs.readFileSync(path.join(repoRoot, 'templates/partials/site-footer.hbs'), 'utf8');

/** Six articles (one draft, one scheduled), a photo, a config and a templates folder overriding the footer. */
export function writeDevSite(): string {
  const root = writeSite({
    'broadsheet.config.json': JSON.stringify({
      title: 'Dev Times',
      baseUrl: `https://news.example.org${BASE_PATH}/`,
      timeZone: 'Asia/Phnom_Penh',
      templates: 'theme',
      perPage: 2,
      // These tests count the files each rebuild writes; a Pagefind index would add its own.
      search: 'none',
    }),
    'theme/partials/site-footer.hbs': footer.replace('</footer>', '<p class="local">Local footer v1</p>\n</footer>'),
    'content/2020/01/alpha.md': article({ title: 'Alpha', date: '2020-01-01T09:00:00+07:00', tags: '[rice]' }, 'Alpha body.'),
    'content/2020/01/bravo.md': article({ title: 'Bravo', date: '2020-01-02T09:00:00+07:00', tags: '[rice, floods]' }, 'Bravo body.'),
    'content/2020/01/charlie.md': article({ title: 'Charlie', date: '2020-01-03T09:00:00+07:00', section: 'Business' }, 'Charlie body.'),
    'content/2020/01/delta.md': article(
      { title: 'Delta', date: '2020-01-04T09:00:00+07:00', photo: '/images/delta.png', photo_credit: 'KT' },
      'Delta body.',
    ),
    'content/2020/01/echo.md': article({ title: 'Echo draft', date: '2020-01-05T09:00:00+07:00', draft: 'true' }, 'Draft body.'),
    'content/2030/01/foxtrot.md': article({ title: 'Foxtrot', date: '2030-01-01T09:00:00+07:00' }, 'Scheduled body.'),
  });
  // A real (1x1) PNG: a file that is not an image is a PHOTO_UNREADABLE warning on stderr.
  fs.mkdirSync(path.join(root, 'content/images'), { recursive: true });
  fs.writeFileSync(path.join(root, 'content/images/delta.png'), Buffer.from(ONE_PIXEL_PNG, 'base64'));
  return root;
}

const ONE_PIXEL_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export interface StartedDev {
  dev: DevServer;
  origin: string;
  outcomes: BuildOutcome[];
}

/** Start dev on root (any free port, rendering in this thread, fixed build time). */
export async function startDev(root: string, options: { port?: number } = {}): Promise<StartedDev> {
  const outcomes: BuildOutcome[] = [];
  const configFile = path.join(root, 'broadsheet.config.json');
  const dev = createDevServer({
    readConfig: () => siteConfig({ config: configFile }, root, { drafts: true, future: true }),
    watchFiles: [configFile],
    port: options.port ?? 0,
    threads: 0,
    now: () => NOW,
    cwd: root,
    onBuild: (o) => outcomes.push(o),
  });
  await dev.start();
  return { dev, origin: new URL(dev.url).origin, outcomes };
}

/** Make a change and wait until dev has rebuilt for it; resolves to the outcomes of those rebuilds. */
export async function change(started: StartedDev, edit: () => void): Promise<BuildOutcome[]> {
  const from = started.outcomes.length;
  const rebuilt = started.dev.nextBuild();
  edit();
  await rebuilt;
  await started.dev.whenIdle();
  return started.outcomes.slice(from);
}

/** A clean `build --drafts --future` of root into a fresh folder, without any cache. */
export async function cleanBuild(root: string): Promise<string> {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'broadsheet-clean-')), 'dist');
  const config = await siteConfig(
    { config: path.join(root, 'broadsheet.config.json'), out, 'no-cache': true, drafts: true, future: true },
    root,
  );
  await build(config, { threads: 0, now: NOW });
  return out;
}

const INJECTED = /<!--broadsheet-dev-->[\s\S]*?<!--\/broadsheet-dev-->/g;

/** A served page without what dev injects; there must be exactly one injected block in HTML. */
export function withoutInjection(body: Buffer, file: string): Buffer {
  if (!file.endsWith('.html')) return body;
  const html = body.toString('utf8');
  expect(html.match(INJECTED), `one injected block in ${file}`).toHaveLength(1);
  return Buffer.from(html.replace(INJECTED, ''));
}

export async function fetchBytes(url: string): Promise<{ status: number; body: Buffer; type: string }> {
  const res = await fetch(url);
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()), type: res.headers.get('content-type') ?? '' };
}

/** Every file of a clean build is served by dev byte for byte (less the injection), and dev's folder holds nothing else. */
export async function expectServedEqualsClean(started: StartedDev, root: string): Promise<string> {
  const clean = await cleanBuild(root);
  const files = listFiles(clean);
  expect(listFiles(started.dev.outDir)).toEqual(files);
  for (const file of files) {
    const served = await fetchBytes(`${started.origin}${BASE_PATH}/${encodeURI(file)}`);
    expect(served.status, file).toBe(200);
    const expected = fs.readFileSync(path.join(clean, file));
    expect(withoutInjection(served.body, file).equals(expected), `${file} differs from a clean build`).toBe(true);
  }
  return clean;
}

/** Files whose bytes differ between two builds, plus files only the second has. */
export function changedFiles(before: string, after: string): string[] {
  return listFiles(after).filter((f) => {
    const old = path.join(before, f);
    return !fs.existsSync(old) || !fs.readFileSync(old).equals(fs.readFileSync(path.join(after, f)));
  });
}
