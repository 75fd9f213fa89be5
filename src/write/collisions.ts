// Two outputs at one path means one page would silently replace another: find every such pair.
import { type BroadsheetError, createProblem } from '../errors/index.js';
import type { OutputFile } from '../types.js';

export interface CollisionCheck {
  /** Record a file; returns the DUPLICATE_URL problem if an earlier file has its path. */
  add(file: Pick<OutputFile, 'path' | 'source' | 'sourceAt'>): BroadsheetError | undefined;
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
      const at = file.sourceAt ?? (file.source ? { file: file.source, line: 1 } : undefined);
      return createProblem('DUPLICATE_URL', { kind: 'output', source: file.source, clash, path: file.path }, at ? { location: at } : {});
    },
  };
}
