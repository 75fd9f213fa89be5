import { describe, expect, it } from 'vitest';
import { article, buildSite, writeSite } from '../helpers/site.js';
import { expectBuildErrors } from '../helpers/errors.js';

describe('templates', () => {
  it('article text is data: Handlebars syntax in titles and bodies is printed, never evaluated', async () => {
    const site = await buildSite(
      writeSite({
        'content/a.md': article(
          { title: '"{{site.title}} and {{> head}}"', summary: '"{{#each x}}loop{{/each}}"' },
          'Body with {{page.canonical}} and {{{raw}}}.',
        ),
      }),
    );
    const html = site.read('2020/01/a/index.html');
    expect(html).toContain('<h1>{{site.title}} and {{&gt; head}}</h1>');
    // Shown as written, as code, and reported (SYNTAX_NOT_CONVERTED).
    expect(html).toContain('Body with <code>{{page.canonical}}</code> and <code>{{{raw}}}</code>.');
    expect(html).not.toContain('<h1>Test Times and');
    expect(site.read('index.html')).toContain('{{#each x}}loop{{/each}}');
  });

  it('HTML in front matter is escaped everywhere it appears', async () => {
    const site = await buildSite(
      writeSite({ 'content/a.md': article({ title: '"<img src=x onerror=alert(1)>"', byline: '"<b>Bold</b>"' }) }),
    );
    const html = site.read('2020/01/a/index.html');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('<b>Bold</b>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('a site templates folder overrides the default theme file by file', async () => {
    const root = writeSite({
      'content/a.md': article({ title: 'Hello' }),
      'theme/partials/site-footer.hbs': '<footer class="custom">Printed by {{site.publication}}</footer>\n',
      'theme/assets/style.css': 'body { color: red; }\n',
    });
    const site = await buildSite(root, { templates: 'theme', publication: 'The Gazette' });
    const html = site.read('2020/01/a/index.html');
    expect(html).toContain('<footer class="custom">Printed by The Gazette</footer>');
    // Everything not overridden still comes from the default theme.
    expect(html).toContain('<nav class="prev-next"');
    const css = /href="\/(_broadsheet\/style\.[0-9a-f]+\.css)"/.exec(html)![1]!;
    // Published minified: the site's rule, nothing of the default theme's.
    expect(site.read(css)).toBe('body{color:red}');
  });

  it('a broken override is a template error naming the file', async () => {
    const root = writeSite({ 'content/a.md': article({}), 'theme/pages/article.hbs': '{{#if}}\n' });
    const errors = await expectBuildErrors(() => buildSite(root, { templates: 'theme' }));
    expect(errors[0]!.code).toBe('TEMPLATE_ERROR');
    expect(errors[0]!.location?.file).toMatch(/theme\/pages\/article\.hbs$/);
  });
});
