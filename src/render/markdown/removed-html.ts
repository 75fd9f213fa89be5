// What the sanitiser took out of a body, found by comparing the tree before and after it: the
// sanitiser keeps positions, so an element is the same element when its tag and start are. This
// reports; it never decides what is allowed (that is the schema's job).
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** One element or attribute the sanitiser removed, where the body has it (1-based, body lines). */
export interface Removal {
  what: string;
  line?: number;
  column?: number;
}

/** Elements and attributes in `before` that `after` no longer has, in document order. */
export function findRemovedHtml(before: Root, after: Root): Removal[] {
  const kept = new Map<string, Element>();
  visit(after, 'element', (node) => {
    const key = keyOf(node);
    if (key) kept.set(key, node);
  });
  const removed: Removal[] = [];
  visit(before, 'element', (node) => {
    const key = keyOf(node);
    if (!key) return;
    const at = { line: node.position!.start.line, column: node.position!.start.column };
    const survivor = kept.get(key);
    if (!survivor) {
      removed.push({ what: `<${node.tagName}> element`, ...at });
      return;
    }
    for (const [name, value] of Object.entries(node.properties)) {
      if (value === undefined || value === null || value === false) continue;
      const now = survivor.properties[name];
      if (now === undefined || now === null) removed.push({ what: `${attributeName(name)} attribute of <${node.tagName}>`, ...at });
    }
  });
  return removed;
}

function keyOf(node: Element): string | undefined {
  const start = node.position?.start;
  return start?.offset === undefined ? undefined : `${node.tagName}@${start.offset}`;
}

/** hast property names back to the HTML attribute a writer typed (className -> class, onClick -> onclick). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}
