import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, stripIllegalXmlChars } from '../../src/render/feeds/index.js';
import { assertWellFormedXml } from './helpers/strict-xml.js';

describe('stripIllegalXmlChars', () => {
  it('drops C0 controls, lone surrogates and U+FFFE/U+FFFF', () => {
    const junk = 'a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uD800g\uDFFFh\uFFFEi\uFFFFj';
    expect(stripIllegalXmlChars(junk)).toBe('abcdefghij');
  });

  it('keeps tab, newline, return, astral characters, Khmer and the edges of the legal ranges', () => {
    const fine = '\t\n\r 🎉👋🏽 ព័ត៌មាន \uD7FF\uE000\uFFFD\u{10FFFF}';
    expect(stripIllegalXmlChars(fine)).toBe(fine);
  });
});

describe('escapeXmlText / escapeXmlAttribute', () => {
  it('escapes the five XML specials with named entities', () => {
    expect(escapeXmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXmlText(']]>')).toBe(']]&gt;');
  });

  it('keeps attribute whitespace as references and strips junk', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd\u0008')).toBe('a&#9;b&#10;c&#13;d');
  });

  it('produces well-formed documents from any string', () => {
    const nasty = '</x><!-- ]]> <![CDATA[ &bogus; \u0001\uDBFF"\'';
    assertWellFormedXml(`<x a="${escapeXmlAttribute(nasty)}" b='${escapeXmlAttribute(nasty)}'>${escapeXmlText(nasty)}</x>`);
  });
});
