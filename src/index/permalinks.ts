import { createError } from '../errors/index.js';
import type { ResolvedConfig } from '../config/index.js';
import { reservedPathReason } from '../shared/reserved-paths.js';
import { fitSegment } from '../shared/slug.js';

export interface PermalinkFields {
  year: string;
  month: string;
  day: string;
  slug: string;
  section: string;
}

/** Site path (with base path, percent-encoded) and output file path for a permalink pattern. */
export function expandPermalink(pattern: string, fields: PermalinkFields, config: ResolvedConfig, file: string) {
  const raw = pattern.replace(/:(year|month|day|slug|section)\b/g, (_, k: keyof PermalinkFields) => fields[k] || 'none');
  const segments = raw.split('/').filter(Boolean);
  if (segments.some((s) => s === '.' || s === '..' || /[\\\0%]/.test(s))) {
    throw createError('UNSAFE_PATH', {
      message: `The permalink of ${file} would be ${JSON.stringify(raw)}, which leaves the output folder.`,
      hint: 'Use only :year, :month, :day, :slug and :section with fixed words in "permalink".',
      location: { file },
    });
  }
  const paths = pagePaths(segments, config);
  const reserved = reservedPathReason(paths.outPath) ?? reservedPathReason(paths.outPath.replace(/\/?index\.html$/, ''));
  if (reserved) {
    throw createError('RESERVED_PATH', {
      message: `The permalink of ${file} would be ${JSON.stringify(raw)}, but ${reserved}.`,
      hint: 'Change the slug (or the "permalink" pattern) so the article has an address of its own.',
      location: { file, key: 'slug' },
    });
  }
  return paths;
}

/** URL and output path of a page made of path segments (["tags", "rice"] -> /tags/rice/); overlong segments are shortened. */
export function pagePaths(segments: string[], config: ResolvedConfig): { url: string; outPath: string } {
  const dir = segments.map(fitSegment).join('/');
  return {
    url: encodeURI(`${config.basePath}/${dir ? `${dir}/` : ''}`),
    outPath: dir ? `${dir}/index.html` : 'index.html',
  };
}

/** Pages of a paginated list: page 1 at the base, then base/page/N/. */
export function pageSegments(base: string[], page: number): string[] {
  return page <= 1 ? base : [...base, 'page', String(page)];
}
