// One cache seam: every on-disk cache lives in src/cache/ and writes through its checked files,
// no cache version is kept by hand, and a damaged cache file is reported and made again, never
// published.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkedText } from '../../src/cache/cache-file.js';
import { manifestPath, readManifest } from '../../src/cache/output-manifest.js';
import { article, buildSite, snapshot, writeSite } from '../helpers/site.js';

const SRC = path.resolve(import.meta.dirname, '../../src');

function sources(): [string, string][] {
  return (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [f.split(path.sep).join('/'), fs.readFileSync(path.join(SRC, f), 'utf8')]);
}

const options = { photos: { widths: [320] }, feed: { items: 5, content: 'full' } };

describe('the cache seam', () => {
  it('keeps no hand-bumped version constant anywhere in src/', () => {
    const bumped = sources().flatMap(([file, text]) =>
      text
        .split('\n')
        .map((line, i) => ({ at: `${file}:${i + 1}`, line }))
        .filter(({ line }) => /\b[A-Z_]*VERSION\s*=\s*['"`\d]/.test(line) || /\b(cache|encoder)Version\s*=\s*['"`\d]/i.test(line))
        .map(({ at }) => at),
    );
    expect(bumped).toEqual([]);
    // The caches' own files carry no version number either: theirs is derived from the code.
    const inCache = sources().filter(([file, text]) => file.startsWith('cache/') && /\bversion:\s*\d/.test(text));
    expect(inCache.map(([file]) => file)).toEqual([]);
  });

  it('is the only code that writes cache files', () => {
    const writers = sources().filter(
      ([file, text]) => !file.startsWith('cache/') && /\b(writeChecked|readChecked|writeAtomic)\b/.test(text),
    );
    expect(writers.map(([file]) => file)).toEqual([]);
  });

  it('reports a damaged front matter index, body and photo rendition, and builds what a clean build builds', async () => {
    const root = writeSite({
      'content/2020/01/quay.md': article({ title: 'At the quay', date: '2020-01-05', photo: '/images/boats.png' }, 'Boats at dawn.'),
      'content/2020/01/market.md': article({ title: 'The market', date: '2020-01-06' }, 'Stalls open early.'),
    });
    fs.mkdirSync(path.join(root, 'static/images'), { recursive: true });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400"><rect width="640" height="400" fill="#2d4a6b"/></svg>';
    await sharp(Buffer.from(svg)).png().toFile(path.join(root, 'static/images/boats.png'));
    const first = await buildSite(root, options);
    const cache = path.join(root, '.cache');
    const files = (fs.readdirSync(cache, { recursive: true }) as string[]).map((f) => path.join(cache, f));
    const renditions = files.filter((f) => /\.(jpg|webp|avif)$/.test(f));
    const bodies = files.filter((f) => f.endsWith('.html'));
    expect(renditions.length).toBeGreaterThan(0);
    expect(bodies.length).toBe(2);
    // A torn write: each file cut short.
    for (const f of [...renditions, bodies[0]!, path.join(cache, 'articles.json'), path.join(cache, 'photos/sources.json')])
      fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2));
    fs.rmSync(first.out, { recursive: true });

    const again = await buildSite(root, options);
    const damaged = again.stats.warnings.filter((w) => w.code === 'CACHE_DAMAGED');
    const said = damaged.map((w) => w.message).join('\n');
    expect(said).toContain('front matter in');
    expect(said).toContain('body of 2020/01/');
    expect(said).toContain('photo index');
    expect(again.stats.rendered).toBe(1);
    const clean = await buildSite(root, options, {}, { out: path.join(root, 'clean'), cacheDir: null });
    expect(snapshot(again.out)).toEqual(snapshot(clean.out));

    // The photo index was torn as well, so the renditions were encoded again; a rendition whose
    // bytes no longer match the index is caught by its checksum.
    const rendition = renditions[0]!;
    fs.truncateSync(rendition, 10);
    fs.rmSync(again.out, { recursive: true });
    const third = await buildSite(root, options);
    expect(third.stats.warnings.map((w) => w.message).join('\n')).toContain(`photo rendition ${rendition}`);
    expect(snapshot(third.out)).toEqual(snapshot(clean.out));
  });

  it('checks the output manifest like every cache: a hand edit is MANIFEST_DAMAGED, another version rewrites the folder whole', async () => {
    const root = writeSite({
      'content/2020/01/quay.md': article({ title: 'At the quay', date: '2020-01-05' }, 'Boats at dawn.'),
      'content/2020/01/market.md': article({ title: 'The market', date: '2020-01-06' }, 'Stalls open early.'),
    });
    const first = await buildSite(root, options);
    const file = manifestPath(first.out);
    const raw = fs.readFileSync(file, 'utf8');
    const [checksum, body] = [raw.slice(0, raw.indexOf('\n')), raw.slice(raw.indexOf('\n') + 1)];
    expect(checksum).toMatch(/^[0-9a-f]{16,}$/);
    const written = JSON.parse(body) as { version: string; files: Record<string, unknown> };
    expect(Object.keys(written.files)).toContain('index.html');

    // Valid JSON, one entry dropped by hand, checksum line left as it was: not trusted.
    const { 'index.html': _dropped, ...rest } = written.files;
    fs.writeFileSync(file, `${checksum}\n${JSON.stringify({ ...written, files: rest })}`);
    await expect(buildSite(root, options)).rejects.toMatchObject({ code: 'MANIFEST_DAMAGED' });

    // Intact but from another version of the code: the folder is known to be ours, nothing in
    // the old entries is trusted, and the output ends as a clean build's (a stray file removed,
    // a file deleted by hand written again).
    fs.writeFileSync(file, checkedText(JSON.stringify({ ...written, version: 'older' })));
    fs.writeFileSync(path.join(first.out, 'stray.html'), 'left by hand');
    fs.rmSync(path.join(first.out, 'index.html'));
    const again = await buildSite(root, options);
    expect(again.stats.write.deleted).toBe(1);
    const clean = await buildSite(root, options, {}, { out: path.join(root, 'clean'), cacheDir: null });
    expect(snapshot(again.out)).toEqual(snapshot(clean.out));
    expect(readManifest(again.out)).toEqual(readManifest(clean.out));
  });
});
