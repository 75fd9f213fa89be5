// Two outputs at one path means one page would silently replace another: find every such pair.
import { createError, type BroadsheetError } from '../errors/index.js';
import type { OutputFile } from '../types.js';

export interface CollisionCheck {
  /** Record a file; returns the DUPLICATE_URL problem if an earlier file has its path. */
  add(file: Pick<OutputFile, 'path' | 'source'>): BroadsheetError | undefined;
}

/** Track output paths of one build (the writer throws the first clash, check lists them all). */
export function createCollisionCheck(): CollisionCheck {
  const sources = new Map<string, string>();
  return {
    add(file) {
      const clash = sources.get(file.path);
      if (clash === undefined) {
        sources.set(file.path, file.source ?? '');
        return undefined;
      }
      const source = file.source?.replace(/ \(alias .*\)$/, '');
      return createError('DUPLICATE_URL', {
        message: `${file.source ?? 'A generated page'} and ${clash || 'a generated page'} would both be written to ${file.path}.`,
        hint: 'Change the slug or alias of one of them so each page has its own URL.',
        ...(source ? { location: { file: source, ...(file.source !== source ? { key: 'aliases' } : {}) } } : {}),
      });
    },
  };
}
