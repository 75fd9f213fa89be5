// Escaping for XML (and HTML) text and attribute values. Every string that reaches a feed or
// sitemap goes through here, so one junk byte from an old CMS cannot make a document unparseable.

// Everything outside XML 1.0's Char production: C0 controls other than tab/newline/return,
// lone surrogates (the u flag makes them single code points) and U+FFFE/U+FFFF.
const ILLEGAL_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const TEXT_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

// In text, parsers only fold \r\n into \n, which is harmless; in attributes every whitespace
// character would become a space, so those three are kept as references.
const ATTRIBUTE_ENTITIES: Record<string, string> = { ...TEXT_ENTITIES, '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/** Remove the characters XML 1.0 forbids anywhere in a document. */
export function stripIllegalXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML_CHARS, '');
}

/** Escape text for element content (XML or HTML); quotes too, as sitemaps.org asks for URLs. */
export function escapeXmlText(text: string): string {
  // Named entities only: lax parsers such as fast-xml-parser leave numeric references undecoded.
  return stripIllegalXmlChars(text).replace(/[&<>"']/g, (c) => TEXT_ENTITIES[c]!);
}

/** Escape a value for a double- or single-quoted XML attribute, keeping its whitespace exact. */
export function escapeXmlAttribute(value: string): string {
  return stripIllegalXmlChars(value).replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ENTITIES[c]!);
}
