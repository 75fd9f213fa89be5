// Photos inside Markdown bodies, through the CLI: local ones (a page bundle's, the static
// folder's, as Markdown or raw HTML) get renditions like front matter photos; remote and
// unreadable ones stay as written; the body cache follows the photo files.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, runCli, writeSite } from '../helpers/site.js';

const BODY = [
  'The boats came in at dawn.',
  '',
  '![Boats at the quay](boats.jpg)',
  '',
  '<img src="/images/market.png" alt="The market">',
  '',
  '![Remote](https://cdn.example.org/far.jpg)',
  '',
  '![Broken](/images/broken.jpg)',
].join('\n');

async function writeImage(file: string, width: number, height: number, tint: string, format: 'jpeg' | 'png'): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${tint}"/></svg>`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg))[format]().toFile(file);
}

/** Counts from the --timings table. */
function counts(stdout: string) {
  const bodies = /; (\d+) bodies rendered/.exec(stdout);
  const encoded = /(\d+) renditions encoded/.exec(stdout);
  expect(bodies && encoded, stdout).toBeTruthy();
  return { bodies: Number(bodies![1]), encoded: Number(encoded![1]) };
}

/** The <img> elements of a page, as attribute maps. */
function images(html: string): Record<string, string>[] {
  return [...html.matchAll(/<img\s([^>]*)>/g)].map((m) =>
    Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  );
}

describe('photos in article bodies', () => {
  let root: string;
  const build = () => runCli(['build', '--timings', '--workers', '1'], root);
  const page = () => fs.readFileSync(path.join(root, 'dist/2020/01/quay/index.html'), 'utf8');
  const exists = (url: string) => fs.existsSync(path.join(root, 'dist', decodeURI(url)));
  let first: ReturnType<typeof build>;

  beforeAll(async () => {
    root = writeSite({
      'broadsheet.config.json': JSON.stringify({
        title: 'Test Times',
        baseUrl: 'https://news.example.org/',
        search: 'none',
        photos: { widths: [320, 640], formats: ['webp'] },
      }),
      'content/2020/01/quay/index.md': article({ title: 'Quay', date: '2020-01-15T10:00:00+07:00' }, BODY),
      'content/2020/01/plain.md': article({ title: 'Plain', date: '2020-01-16T10:00:00+07:00' }),
      'static/images/broken.jpg': 'not a jpeg',
    });
    await writeImage(path.join(root, 'content/2020/01/quay/boats.jpg'), 1000, 500, '#2d4a6b', 'jpeg');
    await writeImage(path.join(root, 'static/images/market.png'), 500, 400, '#8a3b12', 'png');
    first = build();
  }, 30_000);

  it('gives local body images srcset, sizes, width and height of renditions that exist in the output', async () => {
    expect(first.code, first.stderr).toBe(0);
    const [boats, market] = images(page());
    for (const [img, ratio] of [
      [boats!, 2],
      [market!, 500 / 400],
    ] as const) {
      expect(img.srcset, JSON.stringify(img)).toMatch(/^\/_broadsheet\/photos\/\S+ \d+w/);
      const candidates = img.srcset!.split(', ').map((c) => c.split(' ')[0]!);
      for (const url of [img.src!, ...candidates]) expect(exists(url), url).toBe(true);
      expect(img.sizes).toBeTruthy();
      // width and height are those of the src rendition, read back from the file.
      const meta = await sharp(path.join(root, 'dist', img.src!)).metadata();
      expect([Number(img.width), Number(img.height)]).toEqual([meta.width, meta.height]);
      expect(Math.abs(meta.width! / meta.height! - ratio)).toBeLessThan(0.01);
      expect([img.loading, img.decoding]).toEqual(['lazy', 'async']);
    }
    // Modern formats come as <picture> sources, as for front matter photos.
    expect(page()).toMatch(/<picture><source type="image\/webp" srcset="\/_broadsheet\/photos\/boats-320\.\w+\.webp 320w/);
  });

  it('leaves remote and unreadable images as written, lazy, and warns about the unreadable one', () => {
    const [, , remote, broken] = images(page());
    expect(remote).toMatchObject({ src: 'https://cdn.example.org/far.jpg', loading: 'lazy', decoding: 'async' });
    expect(broken).toMatchObject({ src: '/images/broken.jpg', loading: 'lazy' });
    expect(remote!.srcset ?? broken!.srcset).toBeUndefined();
    expect(first.stderr).toMatch(/PHOTO_UNREADABLE/);
    expect(first.stderr).toMatch(/broken\.jpg/);
  });

  it('renders no body and encodes no photo on an unchanged build, and renders the body again when its photo changes', async () => {
    expect(counts(first.stdout).bodies).toBe(2);
    expect(counts(first.stdout).encoded).toBeGreaterThan(0);
    const before = page();
    const second = build();
    expect(second.code, second.stderr).toBe(0);
    expect(counts(second.stdout)).toEqual({ bodies: 0, encoded: 0 });

    await writeImage(path.join(root, 'content/2020/01/quay/boats.jpg'), 900, 600, '#6b2d4a', 'jpeg');
    const third = build();
    expect(third.code, third.stderr).toBe(0);
    const after = counts(third.stdout);
    expect(after.bodies).toBe(1);
    expect(after.encoded).toBeGreaterThan(0);
    const [boats] = images(page());
    expect(boats!.src).not.toBe(images(before)[0]!.src);
    expect(exists(boats!.src!)).toBe(true);
    expect(Number(boats!.width) / Number(boats!.height)).toBeCloseTo(1.5, 2);
  }, 30_000);
});
