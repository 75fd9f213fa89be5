// Stage 3 of 6, photos (between index and render): every front matter photo and body image that is a
// local image gets renditions in several widths and formats (vectors are rasterised first). Runs on
// the main thread (sharp has its own thread pool), a few photos at a time; encoded bytes are cached
// (src/cache/photo-cache.ts) by a hash of source, settings and the encoder's code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ResolvedConfig } from '../config/index.js';
import { type BroadsheetError, type Warn, createProblem } from '../errors/index.js';
import { hashOf } from '../shared/hash.js';
import type { BodyImage, OutputFile, PhotoAsset, PhotoStats, SiteIndex } from '../types.js';
import { findBodyImages } from './body-images.js';
import { locatePhoto } from './locate-photo.js';
import { openPhotoCache, type PhotoCache } from '../cache/photo-cache.js';
import { codeVersion } from '../cache/code-version.js';
import {
  OPEN_GRAPH_WIDTH,
  decodePhoto,
  encodeRendition,
  planRenditions,
  readDimensions,
  type DecodedPhoto,
  type PlannedRendition,
} from './renditions.js';

export interface PhotoStageOptions {
  /** Is this output file, written by an earlier build from the same inputs, still in place? */
  isFresh(path: string, inputKey: string): boolean;
  warn: Warn;
}

export interface PreparedPhotos {
  /** By photo src (as written in front matter, or a body image's site path); photos that could not be used are absent. */
  photos: Map<string, PhotoAsset>;
  /** Local images of each article body, by article file; articles without any are absent. */
  bodyImages: Map<string, BodyImage[]>;
  /** Renditions to publish (bytes, a cached file to copy, or a file to keep). */
  files: OutputFile[];
  stats: PhotoStats;
}

/**
 * Make the renditions of every article photo and body image; a missing or broken photo is a
 * warning naming its articles (a missing body image is check's IMAGE_MISSING, as for links).
 */
export async function preparePhotos(index: SiteIndex, config: ResolvedConfig, options: PhotoStageOptions): Promise<PreparedPhotos> {
  const users = new Map<string, string[]>();
  const bodyUsers = new Map<string, string[]>();
  const use = (map: Map<string, string[]>, src: string, file: string) => {
    const list = map.get(src);
    if (!list) map.set(src, [file]);
    else if (list[list.length - 1] !== file) list.push(file);
  };
  // The cache index is dropped whenever the code of this stage (its import graph) changes.
  const cache = openPhotoCache(config.cacheDir, codeVersion(import.meta.url), (file) =>
    options.warn(
      createProblem(
        'CACHE_DAMAGED',
        { kind: file.endsWith('.json') ? 'photos' : 'rendition', file },
        { location: { file }, severity: 'warning' },
      ),
    ),
  );
  const bodyImages = new Map<string, BodyImage[]>();
  for (const a of index.articles) {
    if (a.photo) use(users, a.photo.src, a.file);
    const images = findBodyImages(a, config, cache);
    if (images.length) bodyImages.set(a.file, images);
    for (const image of images) use(bodyUsers, image.src, a.file);
  }
  const stats: PhotoStats = { photos: 0, encoded: 0, cached: 0, kept: 0 };
  const photos = new Map<string, PhotoAsset>();
  const files: OutputFile[] = [];
  const claimed = new Set<string>();
  // Content files by the output path they are published at (page bundles move theirs).
  const contentFiles = new Map(index.assets.map((a) => [a.path, path.join(config.contentDir, a.source)]));
  // Sorted so renditions and warnings come out in the same order on every build.
  const sources = [...new Set([...users.keys(), ...bodyUsers.keys()])].sort();
  // Photos finish in any order; warnings are reported in the order of their sources.
  const found: Record<string, BroadsheetError[]> = {};
  const warn = (src: string, w: BroadsheetError) => (found[src] ??= []).push(w);
  const one = async (src: string) => {
    const articles = users.get(src) ?? [];
    const located = locatePhoto(src, config.staticDir, contentFiles);
    if (located.kind === 'remote') return;
    if (located.kind === 'missing') {
      for (const file of articles) warn(src, missingWarning(src, file, config));
      return;
    }
    try {
      const info = await sourceInfo(located.file, cache);
      // A vector has no pixel size of its own: it is drawn at the widest width any rendition needs.
      const drawn = located.kind === 'vector' ? vectorSize(info, config.photos.widths) : info;
      const plan = planRenditions({ rel: located.rel, ...info, ...drawn }, config.photos);
      stats.photos++;
      // Decoded at most once, and only when some rendition has to be encoded.
      let decoded: Promise<DecodedPhoto> | undefined;
      const pixels = () => (decoded ??= decodePhoto(located.file, drawn.width / info.width));
      for (const r of plan) {
        if (claimed.has(r.path)) continue;
        claimed.add(r.path);
        files.push(await renditionFile(pixels, r, config.photos.quality, cache, options, stats, src));
      }
      photos.set(src, {
        width: info.width,
        height: info.height,
        renditions: plan.map(({ path, format, width, height }) => ({ path, format, width, height })),
        signature: hashOf(src, ...plan.map((r) => r.path)),
      });
    } catch (cause) {
      for (const file of new Set([...articles, ...(bodyUsers.get(src) ?? [])])) warn(src, unreadableWarning(src, file, cause));
    }
  };
  await eachLimited(sources, Math.max(2, os.availableParallelism()), one);
  cache.save();
  for (const src of sources) for (const w of found[src] ?? []) options.warn(w);
  // Concurrency finishes photos in any order; the writer and manifest want a stable one.
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { photos, bodyImages, files, stats };
}

/** Size to draw a vector at: as wide as the widest rendition (and the Open Graph image), never narrower than itself. */
function vectorSize(info: { width: number; height: number }, widths: readonly number[]) {
  const width = Math.max(info.width, OPEN_GRAPH_WIDTH, ...widths);
  return { width, height: Math.max(1, Math.round((info.height * width) / info.width)) };
}

async function sourceInfo(file: string, cache: PhotoCache) {
  const stat = fs.statSync(file);
  const known = cache.source(file, stat);
  if (known) return known;
  const info = { hash: hashOf(fs.readFileSync(file)), ...(await readDimensions(file)) };
  cache.rememberSource(file, stat, info);
  return info;
}

async function renditionFile(
  pixels: () => Promise<DecodedPhoto>,
  r: PlannedRendition,
  quality: number,
  cache: PhotoCache,
  options: PhotoStageOptions,
  stats: PhotoStats,
  src: string,
): Promise<OutputFile> {
  const base = { path: r.path, inputKey: r.name, source: src };
  if (options.isFresh(r.path, r.name)) {
    stats.kept++;
    return { ...base, kind: 'keep' };
  }
  const cached = cache.rendition(r.name);
  if (cached) {
    stats.cached++;
    return { ...base, kind: 'copy', from: cached };
  }
  const bytes = await encodeRendition(await pixels(), r, quality);
  stats.encoded++;
  const stored = cache.storeRendition(r.name, bytes);
  return stored ? { ...base, kind: 'copy', from: stored } : { ...base, contents: bytes };
}

/** Run fn over items with at most limit in flight. */
async function eachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function missingWarning(src: string, file: string, config: ResolvedConfig): BroadsheetError {
  return createProblem('PHOTO_MISSING', { file, src, staticDir: config.staticDir }, { location: { file }, severity: 'warning' });
}

function unreadableWarning(src: string, file: string, cause: unknown): BroadsheetError {
  const data = { file, src, reason: (cause as Error).message };
  return createProblem('PHOTO_UNREADABLE', data, { location: { file }, cause, severity: 'warning' });
}
