// Where a body has code (fenced, indented or inline), by character offset: template syntax
// inside code is what the writer shows, not what they ran, so conversion leaves it alone.
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(remarkParse).freeze();

/** Sorted, non-overlapping [start, end) offsets of the code in a Markdown text. */
export function findCodeRanges(markdown: string): [number, number][] {
  if (!markdown.includes('`') && !markdown.includes('~~~') && !/^(?: {4}|\t)/m.test(markdown)) return [];
  const ranges: [number, number][] = [];
  visit(parser.parse(markdown) as Root, (node) => {
    if (node.type !== 'code' && node.type !== 'inlineCode') return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) ranges.push([start, end]);
    return 'skip';
  });
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** A lookup for increasing offsets: is this one inside code? */
export function createCodeTest(ranges: [number, number][]): (offset: number) => boolean {
  let i = 0;
  return (offset) => {
    while (i < ranges.length && ranges[i]![1] <= offset) i++;
    return i < ranges.length && ranges[i]![0] <= offset;
  };
}
