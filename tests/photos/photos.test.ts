// Responsive photos: renditions (count, widths, formats, real dimensions), markup, the cache that
// keeps rebuilds from re-encoding, and warnings (never crashes) for missing or broken photos.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';

const PHOTO_FM = [
  'photo:',
  '  src: /images/2020/harbour.jpg',
  '  alt: "Cranes over the harbour"',
  '  credit: KT/Staff',
  '  caption: "The new quay."',
].join('\n');

/** A real JPEG with some structure, so every encoder has work to do. */
async function writePhoto(file: string, width: number, height: number, tint = '#2d4a6b'): Promise<void> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="${tint}"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#e3d3b0"/></svg>`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toFile(file);
}

function photoSite(extra: Record<string, string> = {}): string {
  return writeSite({
    'content/2020/01/harbour.md': `---\ntitle: Harbour reopens\ndate: 2020-01-15T10:00:00+07:00\nsection: Business\n${PHOTO_FM}\n---\nThe harbour reopened.\n`,
    'content/2020/01/other.md': article({ title: 'Another story', date: '2020-01-16T10:00:00+07:00' }),
    ...extra,
  });
}

const options = { photos: { widths: [320, 640] } };

describe('responsive photos', () => {
  let root: string;
  let first: Awaited<ReturnType<typeof buildSite>>;
  beforeAll(async () => {
    root = photoSite();
    await writePhoto(path.join(root, 'static/images/2020/harbour.jpg'), 1300, 700);
    first = await buildSite(root, options);
  });

  it('makes each width in AVIF, WebP and JPEG, plus a 1200 px JPEG for Open Graph, at the planned sizes', async () => {
    const dir = path.join(first.out, '_broadsheet/photos');
    const names = fs.readdirSync(dir).sort();
    expect(first.stats.photos).toMatchObject({ photos: 1, encoded: 7, cached: 0, kept: 0 });
    expect(names).toHaveLength(7);
    const seen = [];
    for (const name of names) {
      const meta = await sharp(path.join(dir, name)).metadata();
      const width = Number(/-(\d+)\.[0-9a-f]{10}\.\w+$/.exec(name)![1]);
      expect(meta.width, name).toBe(width);
      expect(meta.height, name).toBe(Math.round((700 * width) / 1300));
      seen.push(`${meta.format}:${meta.width}`);
    }
    expect(seen.sort()).toEqual(['heif:320', 'heif:640', 'jpeg:1200', 'jpeg:320', 'jpeg:640', 'webp:320', 'webp:640'].sort());
    // The original is published as it is, from the static folder.
    expect(fs.readFileSync(path.join(first.out, 'images/2020/harbour.jpg'))).toEqual(
      fs.readFileSync(path.join(root, 'static/images/2020/harbour.jpg')),
    );
  });

  it('marks the lead photo up as a <picture> with srcset, sizes, width and height, in a figure with caption and credit', () => {
    const html = first.read('2020/01/harbour/index.html');
    const figure = /<figure class="photo"[^>]*>[\s\S]*?<\/figure>/.exec(html)![0];
    expect(figure).toMatch(
      /<source type="image\/avif" srcset="\/_broadsheet\/photos\/harbour-320\.\w+\.avif 320w, \/_broadsheet\/photos\/harbour-640\.\w+\.avif 640w" sizes="[^"]+">/,
    );
    expect(figure).toMatch(/<source type="image\/webp" srcset="[^"]*harbour-320\.\w+\.webp 320w, [^"]*harbour-640\.\w+\.webp 640w"/);
    expect(figure).toMatch(
      /<img src="\/_broadsheet\/photos\/harbour-640\.\w+\.jpg" srcset="[^"]*harbour-320\.\w+\.jpg 320w, [^"]*harbour-640\.\w+\.jpg 640w" sizes="[^"]+" alt="Cranes over the harbour" width="640" height="345" fetchpriority="high"/,
    );
    expect(figure).not.toContain('loading="lazy"');
    expect(figure).toContain('<figcaption><span class="caption">The new quay.</span> <span class="credit">KT/Staff</span></figcaption>');
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/news\.example\.org\/_broadsheet\/photos\/harbour-1200\.\w+\.jpg">/);
    expect(html).toContain('<meta property="og:image:width" content="1200">');
    // Every URL in the markup is a file that was written.
    for (const src of html.matchAll(/\/_broadsheet\/photos\/[^" ]+/g)) expect(fs.existsSync(path.join(first.out, src[0]))).toBe(true);
  });

  it('shows list pages a lazy-loading thumbnail', () => {
    const item = /<li class="item has-photo">[\s\S]*?<\/li>/.exec(first.read('index.html'))![0];
    expect(item).toContain('loading="lazy"');
    expect(item).toMatch(/width="\d+" height="\d+"/);
  });

  it('re-encodes nothing on a rebuild, and reuses the cache for a fresh output folder', async () => {
    const again = await buildSite(root, options);
    expect(again.stats.photos).toMatchObject({ encoded: 0, cached: 0, kept: 7 });
    expect(again.stats.write.written).toBe(0);
    const elsewhere = await buildSite(root, options, {}, { out: path.join(root, 'dist-2') });
    expect(elsewhere.stats.photos).toMatchObject({ encoded: 0, cached: 7, kept: 0 });
    expect(elsewhere.read('2020/01/harbour/index.html')).toBe(first.read('2020/01/harbour/index.html'));
  });

  it('re-encodes a photo whose bytes changed, under new names, and removes the old renditions', async () => {
    const site = photoSite();
    const file = path.join(site, 'static/images/2020/harbour.jpg');
    await writePhoto(file, 1300, 700);
    const before = await buildSite(site, options);
    const oldNames = fs.readdirSync(path.join(before.out, '_broadsheet/photos'));
    await writePhoto(file, 1300, 700, '#6b2d2d');
    const after = await buildSite(site, options);
    expect(after.stats.photos.encoded).toBe(7);
    const newNames = fs.readdirSync(path.join(after.out, '_broadsheet/photos'));
    expect(newNames.filter((n) => oldNames.includes(n))).toEqual([]);
    expect(after.read('2020/01/harbour/index.html')).toContain(newNames.find((n) => n.endsWith('.avif'))!.split('.')[0]);
  });

  it('never upscales for the page: a narrow photo gets one rendition per format at its own width, and a 1200 px JPEG for sharing', async () => {
    const site = photoSite();
    await writePhoto(path.join(site, 'static/images/2020/harbour.jpg'), 200, 100);
    const built = await buildSite(site, options);
    const names = fs.readdirSync(path.join(built.out, '_broadsheet/photos'));
    expect(names.map((n) => n.replace(/\.[0-9a-f]{10}\./, '.')).sort()).toEqual([
      'harbour-1200.jpg',
      'harbour-200.avif',
      'harbour-200.jpg',
      'harbour-200.webp',
    ]);
    const html = built.read('2020/01/harbour/index.html');
    expect(html).toMatch(/og:image" content="[^"]+harbour-1200\.\w+\.jpg"/);
    // The enlarged JPEG is for social previews only: the page's srcset stays at the photo's own width.
    expect(html).not.toMatch(/srcset="[^"]*harbour-1200/);
  });

  it('rasterises an SVG photo: thumbnails, srcset and a 1200 px JPEG Open Graph image with its size', async () => {
    const site = photoSite({
      'content/2020/01/chart.md': `---\ntitle: Rice prices chart\ndate: 2020-01-18T10:00:00+07:00\nphoto:\n  src: /images/chart.svg\n  alt: A bar chart\n---\nPrices rose.\n`,
      'static/images/chart.svg':
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="150"><rect width="300" height="150" fill="#386641"/><rect x="20" y="40" width="60" height="110" fill="#f2e8cf"/></svg>',
    });
    const built = await buildSite(site, options);
    const names = fs.readdirSync(path.join(built.out, '_broadsheet/photos')).filter((n) => n.startsWith('chart-'));
    expect(names.map((n) => n.replace(/\.[0-9a-f]{10}\./, '.')).sort()).toEqual(
      ['chart-1200.jpg', 'chart-320.avif', 'chart-320.jpg', 'chart-320.webp', 'chart-640.avif', 'chart-640.jpg', 'chart-640.webp'].sort(),
    );
    const og = names.find((n) => n.startsWith('chart-1200'))!;
    const meta = await sharp(path.join(built.out, '_broadsheet/photos', og)).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 600]);
    const html = built.read('2020/01/chart/index.html');
    expect(html).toContain(`<meta property="og:image" content="https://news.example.org/_broadsheet/photos/${og}">`);
    expect(html).toContain(`<meta name="twitter:image" content="https://news.example.org/_broadsheet/photos/${og}">`);
    expect(html).toContain('<meta property="og:image:height" content="600">');
    expect(html).not.toMatch(/og:image" content="[^"]*\.svg"/);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!);
    expect(ld.image[0]).toMatchObject({ url: `https://news.example.org/_broadsheet/photos/${og}`, width: 1200, height: 600 });
    // The newest story leads the home page, with its rasterised photo.
    const lead = /<article class="lead-story has-photo">[\s\S]*?<\/article>/.exec(built.read('index.html'))?.[0] ?? '';
    expect(lead).toContain('Rice prices chart');
    expect(lead).toMatch(/srcset="[^"]*chart-320\.\w+\.avif 320w, [^"]*chart-640\.\w+\.avif 640w"/);
    expect(lead).toMatch(/<img src="[^"]*chart-640\.\w+\.jpg"[^>]* width="640" height="320" fetchpriority="high"/);
  });

  it('warns, naming the article, when a photo is missing or broken, and still builds the page', async () => {
    const site = photoSite({
      'content/2020/01/broken.md': `---\ntitle: Broken photo\ndate: 2020-01-17T10:00:00+07:00\nphoto: /images/broken.jpg\n---\nText.\n`,
      'static/images/broken.jpg': 'this is not a JPEG',
    });
    const built = await buildSite(site, options);
    const warnings = built.stats.warnings.map((w) => ({ code: w.code, file: w.location?.file, message: w.message }));
    expect(warnings).toEqual([
      { code: 'PHOTO_MISSING', file: '2020/01/harbour.md', message: expect.stringContaining('/images/2020/harbour.jpg') },
      { code: 'PHOTO_UNREADABLE', file: '2020/01/broken.md', message: expect.stringContaining('/images/broken.jpg') },
    ]);
    expect(built.stats.warnings.every((w) => w.severity === 'warning')).toBe(true);
    // The pages are there, showing the photo address as written.
    expect(built.read('2020/01/harbour/index.html')).toContain('<img src="/images/2020/harbour.jpg"');
    expect(built.read('2020/01/broken/index.html')).toContain('<img src="/images/broken.jpg"');
  });
});
