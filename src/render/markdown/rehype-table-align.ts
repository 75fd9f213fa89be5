// GFM column alignment arrives as align="right" on th/td, an attribute HTML5 made obsolete (the
// Nu HTML Checker warns on every cell). The same alignment as an inline style is valid HTML and
// needs no theme CSS.
import type { Root } from 'hast';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';

export type Options = Record<string, never>;

/** Rewrite align attributes of table cells into text-align styles. */
export default function rehypeTableAlign(): Transformer<Root> {
  return function (tree) {
    visit(tree, 'element', (node) => {
      if ((node.tagName !== 'td' && node.tagName !== 'th') || node.properties.align === undefined) return;
      const align = String(node.properties.align);
      delete node.properties.align;
      if (/^(left|right|center|justify)$/.test(align)) {
        const style = node.properties.style ? `${String(node.properties.style)};` : '';
        node.properties.style = `${style}text-align:${align}`;
      }
    });
  };
}
