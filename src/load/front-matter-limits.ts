// Bounds on front matter, checked before any parser sees it: its size, and how deep its brackets
// and TOML dotted names nest (a parser recursing through 200 KB of `[[[[` runs out of stack).
import { createProblem } from '../errors/index.js';

export interface FrontMatterLimits {
  frontMatterBytes: number;
  frontMatterDepth: number;
}

/** Throws ARTICLE_TOO_LARGE naming the file and line when front matter passes a limit. */
export function checkFrontMatterLimits(text: string, file: string, limits: FrontMatterLimits, sized: boolean): void {
  const size = Buffer.byteLength(text);
  if (sized && size > limits.frontMatterBytes) {
    throw createProblem(
      'ARTICLE_TOO_LARGE',
      { kind: 'front-matter-bytes', file, size, limit: limits.frontMatterBytes },
      { location: { file, line: 1 } },
    );
  }
  const deep = deepestLine(text, limits.frontMatterDepth);
  if (deep) {
    const data = { kind: 'front-matter-depth', file, depth: deep.depth, limit: limits.frontMatterDepth } as const;
    throw createProblem('ARTICLE_TOO_LARGE', data, { location: { file, line: deep.line } });
  }
}

/** The first line where brackets (outside quotes) or a TOML dotted name go deeper than max. */
function deepestLine(text: string, max: number): { line: number; depth: number } | undefined {
  let depth = 0;
  let line = 1;
  let quote = 0;
  // Dots of a TOML name: a `[a.b.c]` header, or the key before `=`; prose with dots is not a name.
  let dots = 0;
  let header = text.charCodeAt(0) === 91;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (header && dots > max) return { line, depth: dots };
      line++;
      quote = 0;
      dots = 0;
      header = text.charCodeAt(i + 1) === 91;
      continue;
    }
    if (quote) {
      if (c === 92 /* \ */ && quote === 34) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39) quote = c;
    else if (c === 91 || c === 123) depth++;
    else if (c === 93 || c === 125) depth = Math.max(0, depth - 1);
    else if (c === 46 /* . */) dots++;
    else if (c === 61 /* = */) {
      if (dots > max) return { line, depth: dots };
      dots = Number.NEGATIVE_INFINITY;
    } else if (c === 58 /* : */) dots = Number.NEGATIVE_INFINITY;
    if (depth > max) return { line, depth };
  }
  return header && dots > max ? { line, depth: dots } : undefined;
}
