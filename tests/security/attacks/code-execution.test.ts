// Issue 12, finding 1: nothing in an article is ever evaluated. Each attack goes through the CLI.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../src/load/front-matter.js';
import { createTemplateEngine } from '../../../src/render/templates/create-template-engine.js';
import { article, runCli, writeSite } from '../../helpers/site.js';

describe('front matter is data, never code', () => {
  it('---js and ---javascript front matter is a coded error on line 1, and nothing runs (build and check)', () => {
    const root = writeSite({ 'content/good.md': article({ title: 'Fine' }) });
    const marker = path.join(root, 'pwned.txt');
    const payload = `({ title: (require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran'), 'T'), date: '2020-01-01' })`;
    fs.writeFileSync(path.join(root, 'content/js.md'), `---js\n${payload}\n---\nBody.\n`);
    fs.writeFileSync(path.join(root, 'content/javascript.md'), `---javascript\n${payload}\n---\nBody.\n`);
    fs.writeFileSync(path.join(root, 'content/coffee.md'), `--- coffee\ntitle: 'T'\n---\nBody.\n`);
    for (const command of ['build', 'check']) {
      const r = runCli([command], root);
      expect(r.code, command).toBe(1);
      // check reports on stdout, build on stderr.
      const printed = r.stdout + r.stderr;
      for (const file of ['js.md', 'javascript.md', 'coffee.md']) {
        expect(printed, command).toMatch(new RegExp(`content/${file.replace('.', '\\.')}:1(:1)? +error +FRONT_MATTER_LANGUAGE`));
      }
      expect(printed).not.toMatch(/\n\s+at .*\.js:\d+/);
      expect(fs.existsSync(marker), command).toBe(false);
    }
  });

  it('YAML tags that would build functions, regexps or undefined are syntax errors, with the line', () => {
    for (const tag of [
      '!!js/function "function () { return 1 }"',
      '!!js/regexp /x/',
      '!!js/undefined ""',
      '!<tag:yaml.org,2002:js/function> "f"',
    ]) {
      expect(() => splitFrontMatter(`---\ntitle: T\nsummary: ${tag}\n---\nB\n`, 'a.md'), tag).toThrow(
        expect.objectContaining({ code: 'FRONT_MATTER_SYNTAX', location: expect.objectContaining({ file: 'a.md', line: 3 }) }),
      );
    }
  });

  it('__proto__ keys in YAML, TOML and JSON stay plain data and pollute nothing', () => {
    const texts = [
      '---\n__proto__: { polluted: yes }\n---\n',
      '+++\n[__proto__]\npolluted = "yes"\n+++\n',
      '---json\n{"__proto__": {"polluted": "yes"}}\n---\n',
    ];
    for (const text of texts) {
      const { data } = splitFrontMatter(text, 'a.md');
      expect(Object.hasOwn(data, '__proto__'), text).toBe(true);
      expect(data.polluted, text).toBeUndefined();
      expect(({} as Record<string, unknown>).polluted, text).toBeUndefined();
    }
  });

  it('a billion-laughs alias bomb is refused as invalid front matter before anything walks it', () => {
    const level = (name: string, of: string) => `${name}: &${name} [${Array(9).fill(`*${of}`).join(', ')}]`;
    const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (const [name, of] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
    ])
      lines.push(level(name!, of!));
    const root = writeSite({ 'content/bomb.md': `---\ntitle: Bomb\ndate: 2020-01-01\n${lines.join('\n')}\n---\nB\n` });
    const r = runCli(['build'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('content/bomb.md:1  error ARTICLE_TOO_LARGE');
    expect(r.stderr).toContain('aliases');
    // A few ordinary aliases are still fine.
    expect(splitFrontMatter('---\nx: &x [1, 2]\ny: *x\n---\n', 'a.md').data).toEqual({ x: [1, 2], y: [1, 2] });
  });

  it('templates cannot reach prototypes or constructors of article data, and page names are fixed', () => {
    const source =
      '{{article.title.constructor.name}}|{{article.hasOwnProperty}}|{{#with article}}{{constructor}}{{/with}}|{{article.title}}';
    const engine = createTemplateEngine({ files: { 'pages/article.hbs': source }, origins: {}, hash: '' });
    const data = JSON.parse('{"title": "T", "__proto__": {"polluted": "yes"}}') as object;
    expect(engine.render('article', { article: data })).toBe('|||T');
    expect(() => engine.render('constructor', {})).toThrow(expect.objectContaining({ code: 'TEMPLATE_NOT_FOUND' }));
  });
});
