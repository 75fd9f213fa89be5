// Reading time and the drop-cap rule: linear, so a 10 MB body stays cheap; Khmer counts too.
import { describe, expect, it } from 'vitest';
import { opensWithLongParagraph, readingMinutes } from '../../src/render/body-stats.js';

describe('body stats', () => {
  it('counts minutes at 230 words a minute, at least 1, ignoring markup', () => {
    expect(readingMinutes('<p>Short.</p>')).toBe(1);
    expect(readingMinutes(`<p>${'word '.repeat(690)}</p><img src="a.jpg" alt="many words in an attribute">`)).toBe(3);
  });

  it('counts Khmer text, written without spaces between words, by its length', () => {
    expect(readingMinutes(`<p>${'កសិករចាប់ផ្តើមរដូវស្ទូងស្រូវ'.repeat(120)}</p>`)).toBeGreaterThan(1);
  });

  it('gives a drop cap only to a body that opens with a paragraph of several lines', () => {
    expect(opensWithLongParagraph('<p>One line.</p>\n<p>More.</p>')).toBe(false);
    expect(opensWithLongParagraph(`<p>${'A sentence that goes on. '.repeat(8)}</p>`)).toBe(true);
    expect(opensWithLongParagraph(`<h2>Heading</h2><p>${'x '.repeat(200)}</p>`)).toBe(false);
  });
});
