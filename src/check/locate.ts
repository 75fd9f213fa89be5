// Problems found after loading name the front matter key they are about; find its line, so that
// every problem check reports has a file:line:col.
import fs from 'node:fs';
import path from 'node:path';
import { type BroadsheetError, restated } from '../errors/index.js';
import { lineOfKeyInArticle } from '../load/key-line.js';
import type { SourceArticle } from '../types.js';

export type Locate = (problem: BroadsheetError) => BroadsheetError;

/** A function giving each problem a line (of its front matter key, else 1) and a column (else 1). */
export function createLocator(contentDir: string, articles: readonly SourceArticle[]): Locate {
  const bodyLines = new Map(articles.map((a) => [a.file, a.bodyLine]));
  const texts = new Map<string, string>();
  const lineOf = (file: string, key: string): number | undefined => {
    const bodyLine = bodyLines.get(file);
    if (bodyLine === undefined) return undefined;
    let text = texts.get(file);
    if (text === undefined) {
      try {
        text = fs.readFileSync(path.join(contentDir, file), 'utf8');
      } catch {
        text = '';
      }
      texts.set(file, text);
    }
    return lineOfKeyInArticle(text, key, bodyLine);
  };
  return (problem) => {
    const location = problem.location;
    if (!location || (location.line !== undefined && location.column !== undefined)) return problem;
    const line = location.line ?? (location.key ? lineOf(location.file, location.key) : undefined) ?? 1;
    return relocated(problem, { file: location.file, line, column: location.column ?? 1 });
  };
}

/** The same problem at a place with line and column. */
export function relocated(problem: BroadsheetError, location: { file: string; line: number; column: number }): BroadsheetError {
  return restated(problem, { location });
}
