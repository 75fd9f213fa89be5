// The pre-scan that bounds bodies before micromark: what it counts, and what it leaves alone.
import { describe, expect, it } from 'vitest';
import { scanBodyLimits } from '../../src/render/markdown/body-limits.js';

const limits = { nesting: 8, inlineMarks: 50, tableCells: 100 };

describe('scanBodyLimits', () => {
  it('counts container marks and indentation per line', () => {
    expect(scanBodyLimits('- - - x\n', limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits('intro\n\n' + '> '.repeat(9) + 'x\n', limits)).toEqual({ kind: 'nesting', line: 3, depth: 9 });
    expect(scanBodyLimits('1. 2. 3. 4. 5. 6. 7. 8. 9. x\n', limits)).toMatchObject({ kind: 'nesting', depth: 9 });
    expect(scanBodyLimits(' '.repeat(18) + '- x\n', limits)).toMatchObject({ kind: 'nesting', depth: 10 });
  });

  it('counts emphasis and bracket marks per paragraph; blank lines, list items and headings start again', () => {
    const line = '*a* _b_ [c] ~d~ **e**\n'; // 12 marks
    expect(scanBodyLimits(line.repeat(3), limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits('x\n\n' + line.repeat(5), limits)).toEqual({ kind: 'marks', line: 3, marks: 60 });
    expect(scanBodyLimits(line.repeat(4) + '\n' + line.repeat(4), limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits(`- ${line}`.repeat(10), limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits(`# ${line}`.repeat(10), limits)).toEqual({ kind: 'ok' });
  });

  it('leaves fenced code alone, wherever its marks are', () => {
    expect(scanBodyLimits('```\n' + '*'.repeat(500) + '\n' + '_'.repeat(500) + '\n```\n', limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits('~~~~\n```\n' + '*'.repeat(500) + '\n~~~~\n' + '*'.repeat(60) + '\n', limits)).toMatchObject({
      kind: 'marks',
      line: 5,
    });
  });

  it('counts table cells from the delimiter row, every row padded to its width', () => {
    const table = (columns: number, rows: number) => `| ${'h | '.repeat(columns)}\n|${'---|'.repeat(columns)}\n${'x\n'.repeat(rows)}`;
    expect(scanBodyLimits(table(10, 8), limits)).toEqual({ kind: 'ok' });
    expect(scanBodyLimits('Intro.\n\n' + table(10, 9), limits)).toEqual({ kind: 'table', line: 3, cells: 110 });
    // A thematic break under a paragraph without pipes is a heading, not a table.
    expect(scanBodyLimits('Title\n---\n' + 'x\n'.repeat(200), { ...limits, inlineMarks: 1000 })).toEqual({ kind: 'ok' });
  });
});
