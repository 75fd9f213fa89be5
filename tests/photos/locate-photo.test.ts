import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locatePhoto } from '../../src/photos/locate-photo.js';
import { renditionWidths } from '../../src/photos/renditions.js';
import { writeSite } from '../helpers/site.js';

describe('locatePhoto', () => {
  const root = writeSite({ 'static/images/a b.jpg': 'x', 'content/images/c.svg': '<svg/>', 'secret.jpg': 'x' });
  const folders = [path.join(root, 'static'), path.join(root, 'content')];

  it('finds a site path in the static folder, then the content folder, decoding %20', () => {
    expect(locatePhoto('/images/a%20b.jpg', folders)).toMatchObject({ kind: 'raster', rel: 'images/a b.jpg' });
    expect(locatePhoto('/images/c.svg', folders)).toMatchObject({ kind: 'vector', file: path.join(root, 'content/images/c.svg') });
  });

  it('leaves remote URLs and other file types alone', () => {
    expect(locatePhoto('https://cdn.example.org/x.jpg', folders).kind).toBe('remote');
    expect(locatePhoto('//cdn.example.org/x.jpg', folders).kind).toBe('remote');
    expect(locatePhoto('/images/clip.gif', folders).kind).toBe('remote');
  });

  it('never looks outside its folders', () => {
    expect(fs.existsSync(path.join(root, 'secret.jpg'))).toBe(true);
    expect(locatePhoto('/../secret.jpg', folders)).toMatchObject({ kind: 'missing', tried: [] });
    expect(locatePhoto('/%2e%2e/secret.jpg', folders)).toMatchObject({ kind: 'missing', tried: [] });
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
