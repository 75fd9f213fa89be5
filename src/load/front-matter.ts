// Split a file into front matter data and body. YAML (---), TOML (+++ or ---toml) and JSON
// (---json, or a bare JSON object at the top as Hugo accepts). The split is ours, not
// gray-matter's: gray-matter merges its own engines back in, and its `---js` engine evaluates
// the front matter as JavaScript. Here a language tag is one of ours or a coded error.
import yaml from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import { createProblem } from '../errors/index.js';
import { checkExpandedSize } from './expanded-size.js';

export { lineOfKey } from './key-line.js';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json' | 'none';

export interface SplitFile {
  data: Record<string, unknown>;
  body: string;
  /** Offset of the body in the text. */
  bodyOffset: number;
  /** 1-based line number of the first body line. */
  bodyLine: number;
  format: FrontMatterFormat;
  /** 1-based line where the front matter text starts (line after the opening delimiter). */
  dataLine: number;
  /** YAML keys written twice in one mapping (the last one wins, as in Jekyll): reported as warnings. */
  duplicates: Duplicate[];
}

export interface Duplicate {
  key: string;
  /** File line of the repeated key, and of the first one. */
  line: number;
  first: number;
}

// Timestamps stay strings (CORE_SCHEMA): a date without a time must be read in the site's
// time zone, which js-yaml's default schema would silently turn into UTC midnight. CORE_SCHEMA
// has no tags that construct anything but plain data (js-yaml 4 dropped !!js/*), and any other
// tag is a syntax error.
const engines = {
  yaml: (s: string): unknown => yaml.load(s, { schema: yaml.CORE_SCHEMA }),
  toml: (s: string): unknown => parseToml(s),
  json: (s: string): unknown => JSON.parse(s),
};

/** The tags that may follow the opening ---; anything else (js, javascript, coffee ...) is refused. */
const LANGUAGES: Record<string, Exclude<FrontMatterFormat, 'none'>> = { '': 'yaml', yaml: 'yaml', yml: 'yaml', toml: 'toml', json: 'json' };

/** Parse front matter; syntax errors become FRONT_MATTER_SYNTAX with the file line. */
export function splitFrontMatter(text: string, file: string): SplitFile {
  if (text.startsWith('{')) return splitJsonObject(text, file);
  const toml = text.startsWith('+++');
  // "----" opens no front matter (a Markdown rule), as gray-matter read it before.
  if ((!toml && !text.startsWith('---')) || text[3] === text[0]) {
    return { data: {}, body: text, bodyOffset: 0, bodyLine: 1, format: 'none', dataLine: 1, duplicates: [] };
  }
  const firstLineEnd = text.indexOf('\n') === -1 ? text.length : text.indexOf('\n');
  const tag = text.slice(3, firstLineEnd).trim();
  const format = LANGUAGES[tag.toLowerCase()];
  if (!format || (toml && format !== 'toml' && tag !== '')) {
    throw createProblem('FRONT_MATTER_LANGUAGE', { tag }, { location: { file, line: 1 } });
  }
  const lang = toml ? 'toml' : format;
  const closing = toml ? /\r?\n\+\+\+[ \t]*(\r?\n|$)/g : /\r?\n---[ \t]*(\r?\n|$)/g;
  closing.lastIndex = firstLineEnd;
  const close = closing.exec(text);
  if (!close) {
    throw createProblem('FRONT_MATTER_SYNTAX', { kind: 'unclosed', fence: toml ? '+++' : '---' }, { location: { file, line: 1 } });
  }
  // The parsed text starts with the newline ending line 1, so parser line numbers are file lines.
  const source = text.slice(firstLineEnd, close.index);
  let data: unknown = {};
  const duplicates: Duplicate[] = [];
  if (source.replace(/^\s*#[^\n]*/gm, '').trim() !== '') {
    try {
      data = engines[lang](source) ?? {};
    } catch (cause) {
      if (lang !== 'yaml' || !isDuplicateKey(cause)) throw syntaxError(cause, lang, file);
      // Jekyll (Psych) takes the last of two equal keys: read it so, and say where they are.
      try {
        data = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true }) ?? {};
      } catch (again) {
        throw syntaxError(again, lang, file);
      }
      duplicates.push(...findDuplicateKeys(source));
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw createProblem('FRONT_MATTER_INVALID', { kind: 'not-mapping' }, { location: { file, line: 2 } });
  }
  checkExpandedSize(data, file);
  const body = text.slice(close.index + close[0].length);
  return { ...withBody(text, body, data as Record<string, unknown>, lang, 2), duplicates };
}

function withBody(text: string, body: string, data: Record<string, unknown>, format: FrontMatterFormat, dataLine: number): SplitFile {
  const bodyOffset = text.length - body.length;
  let bodyLine = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < bodyOffset; i = text.indexOf('\n', i + 1)) bodyLine++;
  return { data, body, bodyOffset, bodyLine, format, dataLine, duplicates: [] };
}

const isDuplicateKey = (cause: unknown) => /duplicated mapping key/.test((cause as Error).message ?? '');

/**
 * Keys written twice at one indentation within one mapping, with their file lines. The parsed
 * text starts with the newline that ends line 1, so its line n is file line n.
 */
function findDuplicateKeys(source: string): Duplicate[] {
  const out: Duplicate[] = [];
  // One map of keys per open indentation level: a deeper line opens a mapping, a shallower one closes it.
  const open: { indent: number; keys: Map<string, number> }[] = [];
  source.split('\n').forEach((line, i) => {
    const m = /^( *)(?:- +)?(["']?)([^"'#:\s][^"':#]*?)\2\s*:(\s|$)/.exec(line);
    if (!m || /^\s*#/.test(line)) return;
    const indent = m[1]!.length + (line.slice(m[1]!.length).startsWith('-') ? 1 : 0);
    while (open.length && open[open.length - 1]!.indent > indent) open.pop();
    // A list item starts a new mapping even at the same indentation.
    if (/^ *- /.test(line) && open.length && open[open.length - 1]!.indent === indent) open.pop();
    let level = open[open.length - 1];
    if (!level || level.indent < indent) open.push((level = { indent, keys: new Map() }));
    const first = level.keys.get(m[3]!);
    if (first !== undefined) out.push({ key: m[3]!, line: i + 1, first });
    else level.keys.set(m[3]!, i + 1);
  });
  return out;
}

function syntaxError(cause: unknown, format: FrontMatterFormat, file: string) {
  const err = cause as { mark?: { line: number; column: number }; line?: number; column?: number; reason?: string; message?: string };
  let line: number | undefined;
  let column: number | undefined;
  if (err.mark) {
    // js-yaml counts from the text after the opening "---", which starts on file line 1.
    line = err.mark.line + 1;
    column = err.mark.column + 1;
  } else if (typeof err.line === 'number') {
    // smol-toml counts from 1 in the same text, so its line is already the file line.
    line = err.line;
    column = err.column;
  }
  const reason = (err.reason ?? err.message ?? String(cause)).split('\n')[0];
  return createProblem(
    'FRONT_MATTER_SYNTAX',
    { kind: 'parse', format, reason: reason ?? '' },
    { location: line ? { file, line, ...(column ? { column } : {}) } : { file }, cause },
  );
}

/** A JSON object at the very top of the file, then the body (Hugo's JSON front matter). */
function splitJsonObject(text: string, file: string): SplitFile {
  const end = findObjectEnd(text);
  if (end < 0) {
    throw createProblem('FRONT_MATTER_SYNTAX', { kind: 'json-unclosed' }, { location: { file, line: 1 } });
  }
  let data: unknown;
  try {
    data = JSON.parse(text.slice(0, end + 1));
  } catch (cause) {
    throw syntaxError(cause, 'json', file);
  }
  const body = text.slice(end + 1).replace(/^[ \t]*\r?\n/, '');
  return withBody(text, body, data as Record<string, unknown>, 'json', 1);
}

function findObjectEnd(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i;
  }
  return -1;
}
