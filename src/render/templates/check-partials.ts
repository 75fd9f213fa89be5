// A {{> name}} naming a partial the theme does not have fails only when a page reaches it, and
// Handlebars then knows neither the file nor the line; found here from the templates' syntax trees.
import type Handlebars from 'handlebars';
import { createProblem } from '../../errors/index.js';

type Node = hbs.AST.Node & { program?: hbs.AST.Program; inverse?: hbs.AST.Program; body?: hbs.AST.Statement[] };

interface PartialUse {
  name: string;
  line: number;
}

/** Partials a template uses by a fixed name (not partial blocks, which have their own fallback), and the inline partials it defines. */
function partialsOf(ast: hbs.AST.Program): { uses: PartialUse[]; inline: string[] } {
  const uses: PartialUse[] = [];
  const inline: string[] = [];
  const walk = (node: Node | undefined | null) => {
    if (!node) return;
    if (node.type === 'PartialStatement') {
      const name = (node as hbs.AST.PartialStatement).name;
      if (name.type === 'PathExpression') uses.push({ name: (name as hbs.AST.PathExpression).original, line: node.loc.start.line });
    }
    if (node.type === 'DecoratorBlock') {
      const block = node as unknown as hbs.AST.BlockStatement;
      const first = block.params[0];
      if (
        block.path.type === 'PathExpression' &&
        (block.path as hbs.AST.PathExpression).original === 'inline' &&
        first?.type === 'StringLiteral'
      )
        inline.push((first as hbs.AST.StringLiteral).value);
    }
    node.body?.forEach(walk);
    walk(node.program);
    walk(node.inverse);
  };
  walk(ast as Node);
  return { uses, inline };
}

/**
 * Every fixed-name partial used by the theme's templates exists, as a file or an inline partial;
 * otherwise TEMPLATE_ERROR at the file and line of the {{> name}}. Templates that cannot be parsed are left to the compiler's error.
 */
export function checkPartials(
  hbs: typeof Handlebars,
  templates: Record<string, string>,
  partialNames: ReadonlySet<string>,
  origins: Record<string, string>,
): void {
  const found: { rel: string; uses: PartialUse[] }[] = [];
  const known = new Set(partialNames);
  for (const [rel, source] of Object.entries(templates)) {
    let ast: hbs.AST.Program;
    try {
      ast = hbs.parseWithoutProcessing(source);
    } catch {
      continue;
    }
    const { uses, inline } = partialsOf(ast);
    inline.forEach((name) => known.add(name));
    found.push({ rel, uses });
  }
  for (const { rel, uses } of found) {
    const missing = uses.find((u) => !u.name.startsWith('@') && !known.has(u.name));
    if (!missing) continue;
    throw createProblem(
      'TEMPLATE_ERROR',
      { kind: 'missing-partial', file: rel, partial: missing.name },
      { location: { file: origins[rel] ?? rel, line: missing.line } },
    );
  }
}
