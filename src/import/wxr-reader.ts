// A WordPress export (WXR: RSS 2.0 with wp:, content:, excerpt: and dc: elements) read as a
// stream: each <item>, <wp:author>, <wp:category> ... under <channel> is handed over as a small
// tree once it closes, so memory holds one item at a time whatever the size of the file.
import fs from 'node:fs';
import { SaxesParser } from 'saxes';
import { isBroadsheetError, type BroadsheetError, createProblem, type WordingData } from '../errors/index.js';

/** One element: its attributes, its own text (CDATA included) and its child elements. */
export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** A direct child of <channel>: an item, an author, a term or a site setting such as wp:base_site_url. */
export interface WxrRecord {
  node: XmlNode;
  /** Comments of an item are counted, not kept: they are not imported. */
  comments: number;
}

export interface WxrReadOptions {
  /** Problems the reader can go past (a control character, an HTML entity outside CDATA). */
  warn(problem: BroadsheetError): void;
}

// Found in real exports (text pasted from word processors) and harmless to skip past.
const RECOVERABLE = /disallowed character|undefined entity|invalid character/i;

/** Stream the records of a WXR file; a file that is not XML or not a WordPress export is an error. */
export async function* readWxr(file: string, options: WxrReadOptions): AsyncGenerator<WxrRecord> {
  const parser = new SaxesParser<{ xmlns: false; position: true; fileName: string }>({ xmlns: false, position: true, fileName: file });
  const ready: WxrRecord[] = [];
  const path: string[] = [];
  const current: XmlNode[] = [];
  let comments = 0;
  let skipDepth = 0;
  let sawRoot = false;
  const fail = (data: WordingData<'IMPORT_INPUT_INVALID'>, severity: 'error' | 'warning' = 'error') =>
    createProblem('IMPORT_INPUT_INVALID', data, { location: { file, line: parser.line, column: parser.column }, severity });

  parser.on('error', (error) => {
    const reason = error.message.replace(/^[^:]*:\d+:\d+: /, '').replace(/\.$/, '');
    if (!RECOVERABLE.test(reason)) throw fail({ kind: 'bad-xml', reason });
    options.warn(fail({ kind: 'skipped-xml', reason }, 'warning'));
  });
  parser.on('opentag', (tag) => {
    if (!sawRoot) {
      sawRoot = true;
      if (tag.name !== 'rss') throw fail({ kind: 'not-rss', tag: tag.name });
    }
    path.push(tag.name);
    if (skipDepth > 0 || (tag.name === 'wp:comment' && current.length > 0)) {
      if (skipDepth++ === 0) comments++;
      return;
    }
    const inChannel = path.length === 3 && path[1] === 'channel';
    if (!inChannel && current.length === 0) return;
    const node: XmlNode = { name: tag.name, attributes: tag.attributes, text: '', children: [] };
    current[current.length - 1]?.children.push(node);
    current.push(node);
  });
  const addText = (text: string) => {
    if (skipDepth === 0 && current.length) current[current.length - 1]!.text += text;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    path.pop();
    if (skipDepth > 0) return void skipDepth--;
    const node = current.pop();
    if (node && current.length === 0) {
      ready.push({ node, comments });
      comments = 0;
    }
  });

  const stream = fs.createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      parser.write(first && chunk.startsWith('\ufeff') ? chunk.slice(1) : chunk);
      first = false;
      yield* ready.splice(0);
    }
  } catch (cause) {
    if (!isBroadsheetError(cause) && (cause as NodeJS.ErrnoException).code) {
      throw createProblem('FILE_UNREADABLE', { kind: 'import-input', file, reason: (cause as Error).message }, { cause });
    }
    throw cause;
  } finally {
    stream.destroy();
  }
  parser.close();
  yield* ready.splice(0);
  if (!sawRoot) throw fail({ kind: 'empty' });
}

/** Text of the first child element with this name, trimmed; '' when there is none. */
export function childText(node: XmlNode, name: string): string {
  return node.children.find((c) => c.name === name)?.text.trim() ?? '';
}

/** The item's wp:postmeta entries as key -> value (the first value of a repeated key). */
export function postMeta(node: XmlNode): Map<string, string> {
  const meta = new Map<string, string>();
  for (const c of node.children) {
    if (c.name !== 'wp:postmeta') continue;
    const key = childText(c, 'wp:meta_key');
    if (key && !meta.has(key)) meta.set(key, childText(c, 'wp:meta_value'));
  }
  return meta;
}
