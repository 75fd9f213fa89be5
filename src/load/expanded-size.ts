// YAML aliases (&a / *a) let a few hundred bytes of front matter stand for billions of values
// ("billion laughs"): js-yaml shares the aliased node, but everything that later walks or
// serialises the data (normalising, caching, templates) would expand it. Bound the expansion.
import { createProblem } from '../errors/index.js';

/** Values plus string characters the front matter may expand to: far above any real article. */
export const MAX_EXPANDED_SIZE = 1_000_000;

/** Throw ARTICLE_TOO_LARGE when the data, with every alias expanded, is larger than the limit. */
export function checkExpandedSize(data: unknown, file: string, limit = MAX_EXPANDED_SIZE): void {
  let size = 0;
  // An explicit stack: deep nesting must not overflow the call stack here.
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    size += typeof value === 'string' ? value.length + 1 : 1;
    if (size > limit) {
      throw createProblem('ARTICLE_TOO_LARGE', { kind: 'expanded', limit }, { location: { file, line: 1 } });
    }
    if (typeof value === 'object' && value !== null) {
      for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
    }
  }
}
