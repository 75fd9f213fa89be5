// Puts the ids of kramdown attribute lists on their blocks: the conversion found the lists and
// removed them from the text, and left where each id belongs in the file's data.
import type { Root } from 'mdast';
import type { Transformer } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { BlockAttributes } from './types.js';

const BLOCKS = new Set(['paragraph', 'heading', 'list', 'blockquote', 'table', 'code', 'thematicBreak']);

/** remark plugin: file.data.blockAttributes -> `id` on the paragraph, heading, list... it names. */
export default function remarkBlockIds(): Transformer<Root> {
  return function (tree, file: VFile) {
    const wanted = (file.data as { blockAttributes?: BlockAttributes[] }).blockAttributes;
    if (!wanted?.length) return;
    const pending = [...wanted];
    visit(tree, (node) => {
      if (!BLOCKS.has(node.type) || !node.position) return;
      const i = pending.findIndex((a) =>
        a.at === 'starts-on' ? node.position!.start.line === a.line : node.position!.end.line === a.line - 1,
      );
      if (i < 0) return;
      const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: pending[i]!.id };
      pending.splice(i, 1);
    });
  };
}
