// A site without a logo of its own still needs one for the JSON-LD publisher: its name, set as a
// wordmark in the 600x60 box Google asks news publishers to fit.
import { escapeXmlText } from '../feeds/xml-escape.js';

export const WORDMARK_SIZE = { width: 600, height: 60 } as const;

/** SVG wordmark of the site's title. */
export function wordmarkSvg(title: string): string {
  const { width, height } = WORDMARK_SIZE;
  // Long titles are squeezed to fit rather than cut off.
  const fit = title.length > 24 ? ` textLength="${width - 20}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/><text x="10" y="44" font-family="Georgia, 'Times New Roman', serif" font-size="40" font-weight="700" fill="#111111"${fit}>${escapeXmlText(title)}</text></svg>\n`;
}
