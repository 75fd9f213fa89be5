// Tiny builders for single-line XML elements, so renderers read as a list of fields.
import { escapeXmlAttribute, escapeXmlText } from './xml-escape.js';

/** Attribute name -> value; undefined values are left out. Keys are code constants, never user data. */
export type XmlAttributes = Record<string, string | undefined>;

function renderAttributes(attributes: XmlAttributes): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${name}="${escapeXmlAttribute(value)}"`;
  }
  return out;
}

/** Render `<name attrs>text</name>` with the text escaped. */
export function renderTextElement(name: string, text: string, attributes: XmlAttributes = {}): string {
  return `<${name}${renderAttributes(attributes)}>${escapeXmlText(text)}</${name}>`;
}

/** Render a self-closing `<name attrs/>`. */
export function renderEmptyElement(name: string, attributes: XmlAttributes): string {
  return `<${name}${renderAttributes(attributes)}/>`;
}

/** Render an opening tag, for elements whose children are rendered separately. */
export function renderOpenTag(name: string, attributes: XmlAttributes = {}): string {
  return `<${name}${renderAttributes(attributes)}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
