// Syntax highlighting at build time (rehype-highlight-code.ts): token classes for named languages,
// nothing for unnamed or unknown ones, no script, and the stylesheet colours them in light and dark.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMarkdownRenderer } from '../../src/render/markdown/create-markdown-renderer.js';
import { repoRoot } from '../helpers/site.js';

const renderer = createMarkdownRenderer();

describe('code highlighting', () => {
  it('marks the tokens of a block that names its language, keeping its text', () => {
    const html = renderer.render('```python\n# mean rainfall\nprint(sum(mm) / len(mm))\n```\n');
    expect(html).toContain('<pre><code class="language-python hljs"><span class="hljs-comment"># mean rainfall</span>');
    expect(html).toContain('<span class="hljs-built_in">print</span>');
    expect(html.replace(/<\/?span[^>]*>/g, '')).toContain('# mean rainfall\nprint(sum(mm) / len(mm))\n</code>');
  });

  it('leaves blocks without a language, with an unknown one, and inline code as they were', () => {
    expect(renderer.render('```\nplain words\n```\n')).toBe('<pre><code>plain words\n</code></pre>');
    expect(renderer.render('```liquid\n{{ x }}\n```\n')).toBe('<pre><code class="language-liquid">{{ x }}\n</code></pre>');
    expect(renderer.render('Run `ls -l` now.')).toBe('<p>Run <code>ls -l</code> now.</p>');
  });

  it('highlights code in raw HTML too, after the sanitiser (whose removals it cannot undo)', () => {
    const html = renderer.render('<pre><code class="language-js" onclick="x()">let a = 1;</code></pre>');
    expect(html).toBe(
      '<pre><code class="language-js hljs"><span class="hljs-keyword">let</span> a = <span class="hljs-number">1</span>;</code></pre>',
    );
  });

  it('has colours in the default stylesheet for light and dark', () => {
    const css = fs.readFileSync(path.join(repoRoot, 'templates/assets/style.css'), 'utf8');
    const theme = css.slice(css.indexOf('.hljs {'));
    expect(theme).toMatch(/\.hljs \{[^}]*--hs: #[0-9a-f]{6}/);
    expect(theme).toMatch(/@media \(prefers-color-scheme: dark\) \{\s*\.hljs \{[^}]*--hs: #[0-9a-f]{6}/);
    expect(theme).toContain('.hljs-comment');
  });
});
