// Syntax highlighting at build time: code blocks that name their language get highlight.js's token
// classes (hljs-keyword, hljs-string...), which the theme's stylesheet colours for light and dark.
// No script reaches the page. Chosen over refractor, starry-night and shiki on measured cost and
// output size: docs/highlighting.md. Runs after the sanitiser: the spans are our own markup.
import type { Element, ElementContent, Root } from 'hast';
import { common, createLowlight } from 'lowlight';
import type { Transformer } from 'unified';
import { visit } from 'unist-util-visit';

/** Past this many characters a block is shown plain: a huge listing is data, not something to read in colour. */
const MAX_CODE = 100_000;

const lowlight = createLowlight(common);

/** rehype plugin: `<pre><code class="language-x">` with a known language gets highlighted tokens. */
export default function rehypeHighlightCode(): Transformer<Root> {
  return function (tree) {
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      const lang = languageOf(node);
      if (!lang || !lowlight.registered(lang)) return;
      const text = textOf(node);
      if (text.length > MAX_CODE) return;
      const result = lowlight.highlight(lang, text);
      node.properties.className = [...classesOf(node), 'hljs'];
      node.children = result.children as ElementContent[];
    });
  };
}

function classesOf(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function languageOf(node: Element): string | undefined {
  const found = classesOf(node).find((c) => c.startsWith('language-'));
  return found?.slice('language-'.length).toLowerCase();
}

function textOf(node: Element): string {
  let text = '';
  visit(node, 'text', (t) => {
    text += t.value;
  });
  return text;
}
