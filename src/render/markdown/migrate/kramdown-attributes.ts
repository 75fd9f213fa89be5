// Kramdown's attribute lists ({: #id .class key="v"}, {:.class}, a heading's {#id}) and its
// extensions ({::options /}, {::nomarkdown}): never shown as text. An id is put on the block it
// belongs to; classes and other attributes would restyle the page, so they are removed and reported.
import type { BlockAttributes, SyntaxNote } from './types.js';

export interface AttributeListContext {
  /** The whole line the list is on, and where on it the list starts and ends. */
  line: string;
  start: number;
  end: number;
  /** The converted text so far (its lines are the converted body's) and the line of the list in it. */
  outLine: number;
  /** True when the line before the list is blank: a block list then belongs to the next block. */
  afterBlank: boolean;
}

export interface AttributeListResult {
  /** What replaces the list in the text ('' nearly always). */
  text: string;
  attributes?: BlockAttributes;
  note?: Pick<SyntaxNote, 'outcome' | 'why'>;
  /** The list ends a `* TOC` list: the line before it is removed too. */
  dropTocLine?: boolean;
}

const ID = /^[A-Za-z][\w:.-]*$/;

/** What becomes of one `{:...}`, `{::...}` or `{#...}` found outside code. */
export function convertAttributeList(list: string, ctx: AttributeListContext): AttributeListResult | undefined {
  if (list.startsWith('{::') || list.startsWith('{:/')) return { text: '' };
  const alone = ctx.line.slice(0, ctx.start).trim() === '' && ctx.line.slice(ctx.end).trim() === '';
  const heading = /^ {0,3}#{1,6}[ \t]/.test(ctx.line) && ctx.line.slice(ctx.end).trim().replace(/^#+$/, '') === '';
  if (list.startsWith('{#') && !heading) return undefined;
  const inner = list.replace(/^\{:?/, '').replace(/\}$/, '').trim();
  if (alone && inner === 'toc') {
    return {
      text: '',
      dropTocLine: true,
      note: { outcome: 'removed', why: 'kramdown builds a table of contents there; Broadsheet does not' },
    };
  }
  if (/^[\w-]+:(\s|$)/.test(inner)) {
    return { text: '', note: { outcome: 'removed', why: 'kramdown attribute list definitions are not applied' } };
  }
  const { id, rest } = splitAttributes(inner);
  const result: AttributeListResult = { text: '' };
  if (rest.length) {
    result.note = { outcome: 'removed', why: `${rest.join(' ')} would restyle the page, so only an id is kept` };
  }
  if (id && (alone || heading)) {
    result.attributes = heading
      ? { line: ctx.outLine, at: 'starts-on', id }
      : ctx.afterBlank
        ? { line: ctx.outLine + 1, at: 'starts-on', id }
        : { line: ctx.outLine, at: 'ends-before', id };
  } else if (id) {
    result.note = { outcome: 'removed', why: 'attributes on a part of a paragraph are not applied' };
  }
  return result;
}

function splitAttributes(inner: string): { id?: string; rest: string[] } {
  let id: string | undefined;
  const rest: string[] = [];
  for (const m of inner.matchAll(/[\w-]+=(?:"[^"]*"|'[^']*'|\S+)|\S+/g)) {
    const token = m[0];
    if (token.startsWith('#') && ID.test(token.slice(1)) && id === undefined) id = token.slice(1);
    else rest.push(token);
  }
  return id === undefined ? { rest } : { id, rest };
}
