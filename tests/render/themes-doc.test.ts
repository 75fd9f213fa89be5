// docs/themes.md is written from src/render/pages/template-contexts.ts: every field declared there
// must be documented, so the types and the theme authors' contract cannot drift apart.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/site.js';

function declaredFields(file: string): Map<string, string[]> {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const fields = new Map<string, string[]>();
  const visit = (node: ts.Node, owner: string) => {
    if (ts.isTypeAliasDeclaration(node)) owner = node.name.text;
    if (ts.isPropertySignature(node) && ts.isIdentifier(node.name)) fields.set(owner, [...(fields.get(owner) ?? []), node.name.text]);
    ts.forEachChild(node, (child) => visit(child, owner));
  };
  visit(source, '');
  return fields;
}

describe('docs/themes.md', () => {
  it('documents every field of every template context', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/themes.md'), 'utf8');
    const fields = declaredFields(path.join(repoRoot, 'src/render/pages/template-contexts.ts'));
    expect([...fields.keys()]).toEqual(
      expect.arrayContaining(['SiteContext', 'PageHead', 'ArticleContext', 'ListContext', 'TemplateContexts']),
    );
    // Every name written in code in the doc, also inside shapes such as `{ href, type }`.
    const documented = new Set([...doc.matchAll(/`([^`]+)`/g)].flatMap((m) => m[1]!.split(/[^\w]+/)));
    const missing = [...fields].flatMap(([owner, names]) => names.filter((n) => !documented.has(n)).map((n) => `${owner}.${n}`));
    expect(missing).toEqual([]);
  });
});
