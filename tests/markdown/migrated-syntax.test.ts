// The conversion of other generators' template syntax, on small cases the CLI fixtures do not show
// (tests/migrate/migrated-bodies.test.ts builds those), and its place in the body cache's fingerprint.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { moduleGraph } from '../../src/cache/code-version.js';
import { createMarkdownRenderer } from '../../src/render/markdown/create-markdown-renderer.js';
import { convertMigratedSyntax } from '../../src/render/markdown/migrate/index.js';
import { openReferenceKeysCache } from '../../src/cache/reference-keys-cache.js';
import { referenceKeys } from '../../src/render/markdown/migrate/site-references.js';
import { repoRoot, siteConfig, writeSite } from '../helpers/site.js';

const renderer = createMarkdownRenderer();
const none = () => undefined;
const site = (key: string) => ({ 'site.baseurl': '/news', 'site.url': 'https://example.org' })[key];

describe('migrated template syntax', () => {
  it('leaves template syntax inside code as the writer shows it, without a warning', () => {
    const r = convertMigratedSyntax('Use `{{ page.title }}` or:\n\n```\n{% include x.html %}\n{{< gist a >}}\n```\n', none);
    expect(r.notes).toEqual([]);
    expect(r.markdown).toBe('Use `{{ page.title }}` or:\n\n```\n{% include x.html %}\n{{< gist a >}}\n```\n');
  });

  it('removes {% raw %} tags inside code, and resolves known URLs there as Jekyll did', () => {
    const r = convertMigratedSyntax('```html\n{% raw %}{{ x }}{% endraw %} <img src="{{ site.baseurl }}/a.png">\n```\n', site);
    expect(r.markdown).toBe('```html\n{{ x }} <img src="/news/a.png">\n```\n');
    expect(r.notes).toEqual([]);
  });

  it('resolves Liquid in raw HTML attributes and leaves unknown ones there as written, reported', () => {
    const html = renderer.render('<p><img src="{{ site.baseurl }}/a.png" alt="A"> <a href="{{ page.permalink }}">x</a></p>', [], {
      'site.baseurl': '/news',
    });
    expect(html).toContain('<img src="/news/a.png" alt="A"');
    const r = renderer.renderReporting('<a href="{{ page.permalink }}">x</a>');
    expect(r.notes.map((n) => [n.syntax, n.line, n.column])).toEqual([['{{ page.permalink }}', 1, 10]]);
  });

  it('gives a fence longer than any backtick run inside a highlight block, and keeps later line numbers', () => {
    const r = convertMigratedSyntax('{% highlight md %}\nUse ``` to fence.\n{% endhighlight %}\n\n{% include a %}\n', none);
    expect(r.markdown.startsWith('````md\nUse ``` to fence.\n````\n')).toBe(true);
    expect(r.notes[0]).toMatchObject({ line: 5, column: 1 });
  });

  it('does not take long over a body full of unclosed braces, and converts nothing in it', () => {
    const body = '{{ {% {{< {: '.repeat(20_000);
    const r = convertMigratedSyntax(body, none);
    expect(r.markdown).toBe(body);
    expect(r.notes).toEqual([]);
  });

  it('remembers what a body refers to between builds, so a warm build reads no body to find it', () => {
    const root = writeSite({ 'content/a.md': '---\ntitle: A\n---\nSee [b]({% post_url 2020-01-01-b %}) at {{ site.url }}.\n' });
    const config = siteConfig(root);
    const article = { file: 'a.md', bodyHash: 'h1', bodyOffset: '---\ntitle: A\n---\n'.length };
    const first = openReferenceKeysCache(config.cacheDir);
    expect(referenceKeys(article, config, first)).toEqual(['post_url 2020-01-01-b', 'site.baseurl', 'site.url']);
    first.save();
    fs.rmSync(path.join(root, 'content/a.md'));
    // The file is gone: only the saved answer can give the keys.
    expect(referenceKeys(article, config, openReferenceKeysCache(config.cacheDir))).toEqual([
      'post_url 2020-01-01-b',
      'site.baseurl',
      'site.url',
    ]);
  });

  it('is part of the body cache fingerprint: the renderer imports every file of the conversion', () => {
    const graph = moduleGraph(path.join(repoRoot, 'src/render/markdown/create-markdown-renderer.ts')).map((f) =>
      path.relative(repoRoot, f).split(path.sep).join('/'),
    );
    for (const file of [
      'src/render/markdown/migrate/convert-migrated.ts',
      'src/render/markdown/migrate/block-tags.ts',
      'src/render/markdown/migrate/hugo-shortcodes.ts',
      'src/render/markdown/migrate/kramdown-attributes.ts',
      'src/render/markdown/migrate/liquid-expression.ts',
      'src/render/markdown/migrate/remark-block-ids.ts',
      'src/render/markdown/keep-migrated-html.ts',
      'src/shared/embed-html.ts',
    ]) {
      expect(graph).toContain(file);
    }
  });
});
