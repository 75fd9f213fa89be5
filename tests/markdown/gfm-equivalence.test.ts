// The proof that gfm: 'auto' is exact: whenever needsGfm() lets a body skip
// remark-gfm, the HTML must be byte-identical to what the GFM processor makes.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/gen-corpus.mjs';
import { createMarkdownPipelines, createMarkdownRenderer } from '../../src/render/markdown/create-markdown-renderer.js';
import { needsGfm } from '../../src/render/markdown/needs-gfm.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

// The renderer (remark-gfm only where needsGfm says so) against its two pipelines run as they are.
const auto = createMarkdownRenderer();
const pipelines = createMarkdownPipelines();
const always = { render: pipelines.withGfm };
const never = { render: pipelines.withoutGfm };

/** Text after the second `---` line (the YAML front matter's closing fence). */
function bodyOf(file: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const close = lines.indexOf('---', lines.indexOf('---') + 1);
  if (close < 0) throw new Error(`${file}: no front matter`);
  return lines.slice(close + 1).join('\n');
}

/** Writes src/ as plain ESM JavaScript under `into`, resolving packages from the repository. */
function transpileSources(into: string): void {
  const srcDir = path.join(repoRoot, 'src');
  for (const file of readdirSync(srcDir, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.ts') || file.endsWith('.d.ts')) continue;
    const compilerOptions = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    const { outputText } = ts.transpileModule(readFileSync(path.join(srcDir, file), 'utf8'), { compilerOptions });
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    writeFileSync(path.join(into, file.replace(/\.ts$/, '.js')), outputText);
  }
  writeFileSync(path.join(into, 'package.json'), '{ "type": "module" }');
}

describe('the generated corpus', () => {
  let dir = '';
  let bodies: { file: string; body: string }[] = [];

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-gfm-'));
    const corpus = path.join(dir, 'corpus');
    writeCorpus(corpus, { count: 3000, seed: 7, khmerFraction: 0.05 });
    const files = readdirSync(corpus, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .sort();
    bodies = files.map((name) => ({ file: name, body: bodyOf(path.join(corpus, name)) }));
    transpileSources(path.join(dir, 'build'));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  });

  afterAll(() => {
    if (!dir) return;
    // Unlink first, so nothing can ever delete through the link into the real node_modules.
    if (existsSync(path.join(dir, 'node_modules'))) unlinkSync(path.join(dir, 'node_modules'));
    rmSync(dir, { recursive: true, force: true });
  });

  // Rendering 3000 bodies twice takes ~25 s of CPU with the production builds of
  // micromark and 2-3x that with the development builds vitest loads, so it runs
  // in plain Node child processes, one per core (about 12 s on two idle cores).
  it('renders every body the same with gfm auto and always', { timeout: 300_000 }, async () => {
    const shards = Math.min(2, os.availableParallelism());
    const runShard = async (shard: number) => {
      const args = [
        path.join(here, 'compare-corpus.mjs'),
        path.join(dir, 'build'),
        path.join(dir, 'corpus'),
        String(shard),
        String(shards),
      ];
      const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 16 << 20 });
      return JSON.parse(stdout) as { compared: number; fast: number; differing: string[] };
    };
    const results = await Promise.all(Array.from({ length: shards }, (_, shard) => runShard(shard)));
    expect(results.reduce((sum, result) => sum + result.compared, 0)).toBe(3000);
    expect(results.reduce((sum, result) => sum + result.fast, 0)).toBe(bodies.filter(({ body }) => !needsGfm(body)).length);
    expect(results.flatMap((result) => result.differing)).toEqual([]);
  });

  it('sends most bodies down the fast path', () => {
    // Fails if the detector degenerates towards "always GFM"; on seed 7 of scripts/gen-corpus.mjs it is 97.8%
    // (every body without a table).
    const fast = bodies.filter(({ body }) => !needsGfm(body)).length;
    expect(fast / bodies.length).toBeGreaterThan(0.9);
    // The ~20% of bodies (587) with `[text](https://www...)` links must be among them.
    const linked = bodies.filter(({ body }) => body.includes('](https://www.example.org/news/'));
    expect(linked.length).toBeGreaterThan(300);
    expect(linked.filter(({ body }) => !needsGfm(body)).length / linked.length).toBeGreaterThan(0.9);
  });

  it('renders a sample the same in this process too', () => {
    // The child processes run transpiled code; this runs the sources vitest loads.
    const sample = bodies.filter((_, index) => index % 100 === 0);
    expect(sample.filter(({ body }) => auto.render(body) !== always.render(body)).map(({ file }) => file)).toEqual([]);
  });
});

// Each GFM construct in several positions, and the near misses around them.
const ADVERSARIAL = [
  // tables
  '| a | b |\n| - | - |\n| 1 | 2 |',
  'a | b\n--- | ---\n1 | 2',
  'a | b\n-',
  '> a | b\n> - | -',
  '`a|b` and a\\|b',
  'a\n-',
  'a\n---\nb',
  // strikethrough
  '~~a~~ and ~b~',
  '`~~code~~` and\n\n```\n~~fenced~~\n```',
  'a ~ b \\~~c~~',
  // footnotes
  'a[^1]\n\n[^1]: b',
  '[^1]: a definition alone',
  '`[^1]` in code',
  'a [^ b] c',
  // task lists
  '- [ ] a\n- [x] b\n- [X] c',
  '1. [ ] a',
  '- [\t] tab',
  '- [\n  ] line ending',
  '> - [\n> ] lazy line',
  '- a\n  - [ ] nested',
  '- [ ]',
  '[ ] not in a list',
  '- [] empty',
  '- [y] other letter',
  '- \\[ ] escaped',
  // autolink literals
  'www.example.com',
  'Visit www.example.com.',
  'at the end www.\nexample.com',
  'www.',
  'WWW.EXAMPLE.COM and wwwexample.com',
  'http://a.b and https://a.b/c?d=e#f',
  'HTTPS://A.B',
  'http:/a.b and https:// alone',
  'mailto:a@b.co and xmpp:a@b.co/r',
  'a@b.co',
  'a@b',
  'a.b@c.d.',
  'follow @handle',
  'user @ host.com',
  'me@ex_ample.com_',
  // autolinks completed by character references or escapes
  'a&#64;b.com',
  'a&commat;b.com',
  'www&#46;example.com',
  'www&period;example.com',
  '&#x77;ww.example.com',
  'http&colon;//x.org',
  'a&amp;b@c.org',
  'AT&amp;T &lt;3 &nbsp; &mdash; &hellip;',
  'a@&#98;.org',
  'www\\.example.com',
  'a\\@b.com and a@b\\.com',
  'http\\://x.org',
  'foo\\\nbar www.x.org',
  // URLs inside link destinations
  'Details are in [the full statement](https://www.example.org/news/12345).',
  '[a](https://www.x.org) more www.example.com',
  '[a](https://x.org) then https://y.org',
  '[a](https://x.org) write to a@b.org',
  '[a](https://x.org)www.y.org',
  '[www.x.com](https://y.org)',
  '[a](mailto:a@b.org) and [b](xmpp:a@b.org)',
  '![img](https://www.x.com/a.jpg)',
  '[x][a](https://www.y.com)\n\n[a]: /u',
  '[x][](https://www.y.com)\n\n[x]: /u',
  '[x] [a](https://www.y.com)\n\n[x]: /u',
  '\\[a](https://www.y.com)',
  '\\\\[a](https://www.y.com)',
  '[a [b](https://x.com)](https://y.com)',
  '[a](https://x.com "www.y.com")',
  '[a](<https://x.com>)',
  '[a]( https://x.com )',
  '[a](https://x.com/(b))',
  '[a](https://x.com) b)',
  'a](https://www.y.com)',
  '`[a](https://www.x.com)`',
  '`x [a`](https://www.y.com)',
  '<span title="[a](https://www.y.com)">',
  '<https://www.x.com>',
  '<a href="https://x.org">x</a> and www.y.org',
  '[a]: https://www.x.com\n\nText [a].',
  'Text\n[a]: https://www.x.com',
  '    [a](https://www.x.com) and www.y.com',
  '```\nwww.example.com\n```',
  '<div>\nwww.example.com\n</div>',
  '<div>\n\nwww.example.com\n\n</div>',
  `[${'x'.repeat(600)}](https://www.x.com)`,
  '*[a*](https://www.x.com)',
  '[a](https://www.x.com)\n[b](https://www.y.com)\n\n> [c](http://z.org)',
  'ខ្មែរ [ព័ត៌មាន](https://www.example.org/news/1)។',
  // line endings
  '- [\r\n  ] crlf\r\n',
  'a\r\nwww.x.org\r\n',
  '| a |\r\n| - |\r\n',
];

describe('adversarial snippets', () => {
  it.each(ADVERSARIAL)('renders %j the same with gfm auto and always', (markdown) => {
    expect(auto.render(markdown)).toBe(always.render(markdown));
  });

  it('include plenty of cases that GFM changes and that take the fast path', () => {
    const changed = ADVERSARIAL.filter((markdown) => always.render(markdown) !== never.render(markdown));
    expect(changed.filter((markdown) => !needsGfm(markdown))).toEqual([]);
    expect(changed.length).toBeGreaterThan(40);
    expect(ADVERSARIAL.filter((markdown) => !needsGfm(markdown)).length).toBeGreaterThan(10);
  });
});

describe('generated snippets', () => {
  // Seeded random strings built from the characters and pieces the detector
  // reasons about; only the ones it sends down the fast path are compared.
  const PIECES = [
    ...['www', '.', 'http', 'https', '://', ':', '/', '@', 'a', 'x', 'b.com', ' ', '\n', '\n\n', '- ', '> ', '    ', '\t', '\r\n'],
    ...['[', ']', '(', ')', '](', '![', '\\', '`', '<', '>', '*', '_', '"', '&#64;', '&#46;', '&amp;', '&nbsp;', '&commat;'],
    ...['[a]: /u\n', '[a]', 'mailto:', '<a href="', '">', '</a>', '<!--', '-->', '```\n'],
    ...['https://www.example.org/n/1', 'www.x.com', 'a@b.com', '[a](https://www.x.org)', '[b c](http://a.b)', '[](mailto:a@b.co)'],
  ];
  let seed = 20240607;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const snippets = Array.from({ length: 4000 }, () => {
    let markdown = '';
    for (let i = 1 + Math.floor(random() * 20); i > 0; i--) markdown += PIECES[Math.floor(random() * PIECES.length)];
    return markdown;
  }).filter((markdown) => !needsGfm(markdown));

  it('render the same with gfm auto and always', () => {
    expect(snippets.length).toBeGreaterThan(700);
    const differing = snippets.filter((markdown) => auto.render(markdown) !== always.render(markdown));
    expect(differing).toEqual([]);
  });
});

describe('needsGfm', () => {
  it.each([
    ['plain prose', 'The ministry’s “plan” was approved on Monday. ខ្មែរ។'],
    ['an inline link', 'Details are in [the full statement](https://www.example.org/news/12345).'],
    ['an image', '![Flood](https://www.example.org/a.jpg)'],
    ['harmless references', 'AT&amp;T&nbsp;&mdash; fine'],
    ['brackets that are no task', '[a] and [] and [y]'],
  ])('is false for %s', (_, markdown) => {
    expect(needsGfm(markdown)).toBe(false);
  });

  it.each([
    ['a table', 'a | b'],
    ['strikethrough', '~~a~~'],
    ['a footnote', 'a[^1]'],
    ['a task', '- [ ] a'],
    ['a bare URL', 'see https://x.org'],
    ['www', 'www.x.org'],
    ['an email', 'a@b.org'],
    ['an escaped URL', 'www\\.x.org'],
    ['a numeric reference', 'a&#64;b.org'],
    ['a named reference that could be part of a URL', 'a&commat;b.org'],
    ['a URL after a link', '[a](https://x.org) www.y.org'],
    ['a link with a title', '[a](https://x.org "t")'],
    ['a reference definition', '[a]: https://x.org'],
    ['an angle autolink', '<https://x.org>'],
  ])('is true for %s', (_, markdown) => {
    expect(needsGfm(markdown)).toBe(true);
  });
});
