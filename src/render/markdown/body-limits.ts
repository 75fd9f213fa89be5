// A linear pre-scan of a Markdown body, before micromark sees it. micromark's time grows faster
// than the input for a few shapes (measured in docs/benchmarks.md): deep container nesting on one
// line (`- - - - x`, `>>>>`), long runs of emphasis marks (`*****a*****`, `*_*_*_`) and of
// brackets in one paragraph. Bounding the nesting per line and the marks per paragraph keeps the
// work per paragraph small, so the whole parse is linear in the body size; tables are bounded by
// cells because GFM pads every row to the header's width (24 KB can ask for ten million cells).

/** The limits the scan enforces (config `limits`). */
export interface BodyLimits {
  nesting: number;
  inlineMarks: number;
  tableCells: number;
}

export type BodyVerdict =
  | { kind: 'ok' }
  | { kind: 'nesting'; line: number; depth: number }
  | { kind: 'marks'; line: number; marks: number }
  | { kind: 'table'; line: number; cells: number };

const SPACE = 32;
const TAB = 9;

/** Scan a body once; the first limit it passes, with the (1-based, body-relative) line. */
export function scanBodyLimits(markdown: string, limits: BodyLimits): BodyVerdict {
  let marks = 0;
  let paragraphLine = 1;
  let fence: { char: string; length: number } | undefined;
  let table: { columns: number; rows: number; line: number } | undefined;
  let previous = '';
  let line = 0;
  for (let start = 0; start <= markdown.length;) {
    let end = markdown.indexOf('\n', start);
    if (end < 0) end = markdown.length;
    const text = markdown.slice(start, end);
    start = end + 1;
    line++;
    const blank = isBlank(text);
    if (blank) {
      marks = 0;
      table = undefined;
      paragraphLine = line + 1;
      previous = text;
      if (end === markdown.length) break;
      continue;
    }
    const { depth, opens } = nestingOf(text);
    if (depth > limits.nesting) return { kind: 'nesting', line, depth };
    // A list item or heading starts inline content of its own (table rows do not).
    if (opens && !table) {
      marks = 0;
      paragraphLine = line;
    }
    const fenceMark = text.includes('```') || text.includes('~~~') ? fenceOf(text) : undefined;
    if (fence || fenceMark) {
      if (!fence) fence = fenceMark;
      else if (fenceMark && fenceMark.char === fence.char && fenceMark.length >= fence.length) fence = undefined;
      // Code is not inline content: what follows a fence starts afresh.
      marks = 0;
      paragraphLine = line + 1;
    } else {
      marks += marksOf(text);
      if (marks > limits.inlineMarks) return { kind: 'marks', line: paragraphLine, marks };
      if (table) {
        table.rows++;
        if (table.columns * table.rows > limits.tableCells) return { kind: 'table', line: table.line, cells: table.columns * table.rows };
      } else {
        const columns = previous.includes('|') ? delimiterRowColumns(text) : 0;
        if (columns > 0) {
          table = { columns, rows: 2, line: line - 1 };
          if (columns * 2 > limits.tableCells) return { kind: 'table', line: table.line, cells: columns * 2 };
        }
      }
    }
    previous = text;
    if (end === markdown.length) break;
  }
  return { kind: 'ok' };
}

/**
 * An upper bound of how deep a line nests: its container marks (`>`, list bullets, `1.`) at the
 * start, plus one level per two columns of indentation before them (a nested list needs two).
 */
function nestingOf(text: string): { depth: number; opens: boolean } {
  let depth = 0;
  let opens = false;
  let columns = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Indentation counts before the first mark; spaces after a mark belong to the mark.
    if (c === SPACE) columns += depth ? 0 : 1;
    else if (c === TAB) columns += depth ? 0 : 4 - (columns % 4);
    else if (c === 62 /* > */) depth++;
    else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isSpaceAt(text, i + 1)) {
      depth++;
      opens = true;
    } else if (c === 35 /* # */) return { depth: depth + Math.floor(columns / 2), opens: true };
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (j < text.length && j - i < 10 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      if ((after !== 46 && after !== 41) /* . ) */ || !isSpaceAt(text, j + 1)) break;
      depth++;
      opens = true;
      i = j;
    } else break;
  }
  return { depth: depth + Math.floor(columns / 2), opens };
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== 13) return false;
  }
  return true;
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return i >= text.length || c === SPACE || c === TAB;
}

/** Emphasis, strikethrough and bracket marks: the characters micromark matches against each other. */
function marksOf(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 126 || c === 91 || c === 93) n++; // * _ ~ [ ]
  }
  return n;
}

/** A fence line (``` or ~~~ after any container marks and indentation), or undefined. */
function fenceOf(text: string): { char: string; length: number } | undefined {
  const m = /^[\s>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*(`{3,}|~{3,})/.exec(text);
  return m ? { char: m[1]![0]!, length: m[1]!.length } : undefined;
}

/** Cells of a GFM delimiter row (`| --- | :-: |`), or 0 when the line is not one. */
function delimiterRowColumns(text: string): number {
  if (!text.includes('-')) return 0;
  let cells = text.trim().split('|');
  if (cells[0]?.trim() === '') cells = cells.slice(1);
  if (cells.length && cells[cells.length - 1]!.trim() === '') cells = cells.slice(0, -1);
  if (!cells.length) return 0;
  for (const cell of cells) if (!/^\s*:?-+:?\s*$/.test(cell)) return 0;
  return cells.length;
}
