import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePhoto } from '../../src/photos/locate-photo.js';
import { renditionWidths } from '../../src/photos/renditions.js';
import { writeSite } from '../helpers/site.js';

describe('locatePhoto', () => {
  const root = writeSite({
    'static/images/a b.jpg': 'x',
    'content/images/c.svg': '<svg/>',
    'content/posts/story/cover.jpg': 'x',
    'secret.jpg': 'x',
  });
  const staticDir = path.join(root, 'static');
  // Content files by where they are published: a page bundle's cover goes beside its page.
  const content = new Map([
    ['images/c.svg', path.join(root, 'content/images/c.svg')],
    ['2016/10/story/cover.jpg', path.join(root, 'content/posts/story/cover.jpg')],
  ]);

  it('finds a site path in the static folder, then among content files by published path, decoding %20', () => {
    expect(locatePhoto('/images/a%20b.jpg', staticDir, content)).toMatchObject({ kind: 'raster', rel: 'images/a b.jpg' });
    expect(locatePhoto('/images/c.svg', staticDir, content)).toMatchObject({
      kind: 'vector',
      file: path.join(root, 'content/images/c.svg'),
    });
    expect(locatePhoto('/2016/10/story/cover.jpg', staticDir, content)).toMatchObject({
      kind: 'raster',
      file: path.join(root, 'content/posts/story/cover.jpg'),
    });
  });

  it('leaves remote URLs and other file types alone', () => {
    expect(locatePhoto('https://cdn.example.org/x.jpg', staticDir, content).kind).toBe('remote');
    expect(locatePhoto('//cdn.example.org/x.jpg', staticDir, content).kind).toBe('remote');
    expect(locatePhoto('/images/clip.gif', staticDir, content).kind).toBe('remote');
  });

  it('never looks outside its folders', () => {
    expect(fs.existsSync(path.join(root, 'secret.jpg'))).toBe(true);
    expect(locatePhoto('/../secret.jpg', staticDir, content)).toMatchObject({ kind: 'missing', tried: [] });
    expect(locatePhoto('/%2e%2e/secret.jpg', staticDir, content)).toMatchObject({ kind: 'missing', tried: [] });
  });
});

describe('renditionWidths', () => {
  it('keeps widths no wider than the photo and adds its own width below the largest', () => {
    expect(renditionWidths(2000, [1600, 400, 800, 800])).toEqual([400, 800, 1600]);
    expect(renditionWidths(1000, [400, 800, 1600])).toEqual([400, 800, 1000]);
    expect(renditionWidths(300, [400, 800])).toEqual([300]);
    expect(renditionWidths(800, [400, 800])).toEqual([400, 800]);
  });
});
