// Which renditions a photo gets, what they are called, and how they are encoded.
import path from 'node:path';
import type Sharp from 'sharp';
import { codeVersion } from '../cache/code-version.js';
import { hashOf } from '../shared/hash.js';
import { OWN_ASSETS_DIR } from '../shared/reserved-paths.js';
import { slugify } from '../shared/slug.js';
import type { Rendition } from '../types.js';

export interface PhotoSettings {
  widths: readonly number[];
  formats: readonly ('avif' | 'webp')[];
  quality: number;
}

/** The width social sites ask for; the Open Graph image is the JPEG rendition of this width. */
export const OPEN_GRAPH_WIDTH = 1200;
/**
 * The cached bytes of a rendition are made by the code of this module and sharp: their cache name
 * includes that code's derived version, so a change to either encodes every rendition again.
 */
const encoderVersion = () => codeVersion(import.meta.url, { packages: ['sharp'] });
// Part of every published rendition URL, not a cache version: frozen, so URLs outlive upgrades.
const URL_SCHEME = '1';
const EXTENSIONS = { avif: 'avif', webp: 'webp', jpeg: 'jpg' } as const;

export interface PlannedRendition extends Rendition {
  /** File name in the cache; a hash of the source and of every encoding setting. */
  name: string;
}

/** Widths no wider than the photo itself (never upscaled), the photo's own width when it is narrower than the largest. */
export function renditionWidths(sourceWidth: number, widths: readonly number[]): number[] {
  const sorted = [...new Set(widths)].sort((a, b) => a - b);
  const fitting = sorted.filter((w) => w <= sourceWidth);
  if (sourceWidth < sorted[sorted.length - 1]! && !fitting.includes(sourceWidth)) fitting.push(sourceWidth);
  return fitting;
}

/** Every rendition of one source: each width in each modern format plus JPEG, and a 1200 px JPEG for Open Graph (always). */
export function planRenditions(
  source: { rel: string; hash: string; width: number; height: number },
  settings: PhotoSettings,
): PlannedRendition[] {
  const widths = renditionWidths(source.width, settings.widths);
  const jpegWidths = [...widths];
  // Social sites want 1200 px: a narrower photo is enlarged for that one JPEG rather than left without a preview.
  if (!jpegWidths.includes(OPEN_GRAPH_WIDTH)) jpegWidths.push(OPEN_GRAPH_WIDTH);
  const stem = fileStem(source.rel);
  const plan: PlannedRendition[] = [];
  const add = (format: Rendition['format'], width: number) => {
    const height = Math.max(1, Math.round((source.height * width) / source.width));
    const key = hashOf(source.hash, URL_SCHEME, format, String(width), String(height), String(settings.quality));
    const name = `${hashOf(key, encoderVersion()).slice(0, 16)}.${EXTENSIONS[format]}`;
    plan.push({ path: `${OWN_ASSETS_DIR}/photos/${stem}-${width}.${key.slice(0, 10)}.${EXTENSIONS[format]}`, format, width, height, name });
  };
  for (const format of settings.formats) for (const w of widths) add(format, w);
  for (const w of jpegWidths.sort((a, b) => a - b)) add('jpeg', w);
  return plan;
}

// sharp (libvips) takes about 0.2 s to load: only builds with photos to read or encode pay for it.
let sharpModule: Promise<typeof Sharp> | undefined;
const loadSharp = () => (sharpModule ??= import('sharp').then((m) => m.default));

export interface DecodedPhoto {
  data: Buffer;
  info: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/** Decode a photo once (turned upright by its EXIF tag, in sRGB); every rendition is resized from these pixels. */
export async function decodePhoto(file: string, scale = 1): Promise<DecodedPhoto> {
  const sharp = await loadSharp();
  // density only affects vectors: 72 dpi draws an SVG at its own size.
  const density = Math.min(100000, Math.max(1, 72 * scale));
  const { data, info } = await sharp(file, { failOn: 'error', density }).rotate().raw().toBuffer({ resolveWithObject: true });
  return { data, info: { width: info.width, height: info.height, channels: info.channels } };
}

/**
 * Encode one rendition at exactly the planned size, metadata stripped. Efforts are chosen for
 * build time: slower settings save a few per cent of bytes at several times the encoding cost.
 */
export async function encodeRendition(photo: DecodedPhoto, r: Rendition, quality: number): Promise<Buffer> {
  const sharp = await loadSharp();
  const image = sharp(photo.data, { raw: photo.info }).resize({ width: r.width, height: r.height, fit: 'fill' });
  switch (r.format) {
    case 'avif':
      return image.avif({ quality: Math.max(1, quality - 15), effort: 1 }).toBuffer();
    case 'webp':
      return image.webp({ quality, effort: 3 }).toBuffer();
    case 'jpeg':
      return image.flatten({ background: '#ffffff' }).jpeg({ quality, progressive: true }).toBuffer();
  }
}

/** Size of an image as shown (EXIF orientations 5-8 swap width and height). */
export async function readDimensions(file: string): Promise<{ width: number; height: number }> {
  const sharp = await loadSharp();
  const meta = await sharp(file, { failOn: 'error' }).metadata();
  if (!meta.width || !meta.height) throw new Error('the file has no width or height');
  const swap = (meta.orientation ?? 1) >= 5;
  return swap ? { width: meta.height, height: meta.width } : { width: meta.width, height: meta.height };
}

/** A readable name for renditions from a source path, by the article slug rule: "2019/10/Watch List.jpg" -> "watch-list". */
function fileStem(rel: string): string {
  const stem = slugify(path.posix.basename(rel).replace(/\.[^.]+$/, ''));
  // At most 60 characters, never ending in a hyphen or a combining mark cut from its letter.
  return (
    [...stem]
      .slice(0, 60)
      .join('')
      .replace(/[-\p{M}]+$/u, '') || 'photo'
  );
}
