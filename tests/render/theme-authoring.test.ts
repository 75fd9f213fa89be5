// Theme authors get told what is wrong and where: a folder the theme does not use, a partial
// that cannot be parsed (its file and line), and a partial that fails while a page renders.
import { describe, expect, it } from 'vitest';
import { expectBuildErrors } from '../helpers/errors.js';
import { article, buildSite, runCli, writeSite } from '../helpers/site.js';

const OPTIONS = { templates: 'theme', search: 'none' };

describe('theme authoring', () => {
  it('a folder that is not part of a theme (a misspelled partials/) is THEME_INVALID, naming it', async () => {
    const root = writeSite({ 'content/a.md': article({}), 'theme/partial/site-footer.hbs': '<footer>Ours</footer>\n' });
    const errors = await expectBuildErrors(() => buildSite(root, OPTIONS));
    expect(errors[0]!.code).toBe('THEME_INVALID');
    expect(errors[0]!.message).toContain('a folder "partial/", which is not part of a theme');
    expect(errors[0]!.hint).toContain('layouts/, pages/, partials/, assets/');
    expect(errors[0]!.location?.file).toMatch(/theme\/partial$/);
  });

  it('a templates folder that does not exist is THEME_INVALID', async () => {
    const errors = await expectBuildErrors(() => buildSite(writeSite({ 'content/a.md': article({}) }), { ...OPTIONS, templates: 'them' }));
    expect(errors[0]!.code).toBe('THEME_INVALID');
    expect(errors[0]!.message).toMatch(/The templates folder .*them does not exist/);
  });

  it('a partial with a syntax error is a TEMPLATE_ERROR at its own file and line', async () => {
    const root = writeSite({
      'content/a.md': article({}),
      'theme/partials/site-footer.hbs': '<footer>\n  <p>\n  {{site.title}\n  </p>\n</footer>\n',
    });
    const errors = await expectBuildErrors(() => buildSite(root, OPTIONS));
    expect(errors[0]!.code).toBe('TEMPLATE_ERROR');
    expect(errors[0]!.message).toContain('partials/site-footer.hbs cannot be parsed');
    expect(errors[0]!.location?.file).toMatch(/theme\/partials\/site-footer\.hbs$/);
    expect(errors[0]!.location?.line).toBe(3);
  });

  it('a partial that fails while rendering is named with the partials and the page around it', async () => {
    const root = writeSite({
      'content/a.md': article({}),
      'theme/partials/site-footer.hbs': '<footer>{{> credits}}</footer>\n',
      'theme/partials/credits.hbs': '<p>{{shout site.title}}</p>\n',
    });
    const errors = await expectBuildErrors(() => buildSite(root, OPTIONS));
    expect(errors[0]!.code).toBe('TEMPLATE_ERROR');
    expect(errors[0]!.message).toMatch(
      /^partials\/credits\.hbs failed \(in partials\/credits\.hbs < partials\/site-footer\.hbs < layouts\/base\.hbs, used by pages\/\w+\.hbs\): Missing helper: "shout"/,
    );
    expect(errors[0]!.location?.file).toMatch(/theme\/partials\/credits\.hbs$/);
    expect(errors[0]!.location?.line).toBe(1);
  });

  it("a helper that throws in a partial is placed at the partial's file and the line of the call, through the CLI and a worker", () => {
    const root = writeSite({
      'broadsheet.config.mjs': `export default { search: 'none', templates: 'theme', helpers: { shout(text) { if (text) throw new Error('too quiet'); return ''; } } };\n`,
      'content/a.md': article({}),
      'theme/partials/byline.hbs': '<p class="byline">\n{{#if title}}\n  {{shout "x"}}\n{{/if}}\n</p>\n',
    });
    const r = runCli(['build', '--workers', '1'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/theme\/partials\/byline\.hbs:3\b.*TEMPLATE_ERROR/);
    expect(r.stderr).toContain('partials/byline.hbs failed (in partials/byline.hbs');
    expect(r.stderr).toContain('too quiet');
  });

  it("an error in a page's own block inside the layout names the page template and line, not the layout", async () => {
    const root = writeSite({
      'content/a.md': article({}),
      'theme/pages/article.hbs': '{{#> base}}\n<main>\n{{shout article.title}}\n</main>\n{{/base}}\n',
    });
    const errors = await expectBuildErrors(() => buildSite(root, OPTIONS));
    expect(errors[0]!.code).toBe('TEMPLATE_ERROR');
    expect(errors[0]!.message).toMatch(/^pages\/article\.hbs failed .*Missing helper: "shout"/);
    expect(errors[0]!.location?.file).toMatch(/theme\/pages\/article\.hbs$/);
    expect(errors[0]!.location?.line).toBe(3);
  });

  it('a partial that names a partial the theme lacks is a TEMPLATE_ERROR at that line, before any page renders', async () => {
    const root = writeSite({
      'content/a.md': article({}),
      'theme/partials/site-footer.hbs': '<footer>\n{{> credit}}\n</footer>\n',
      // An inline partial defined by a page is known to the layout that uses it.
      'theme/layouts/wide.hbs': '<div>{{> wide-content}}</div>\n',
      'theme/pages/page.hbs': '{{#*inline "wide-content"}}x{{/inline}}{{> wide}}\n',
    });
    const errors = await expectBuildErrors(() => buildSite(root, OPTIONS));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.code).toBe('TEMPLATE_ERROR');
    expect(errors[0]!.message).toBe('partials/site-footer.hbs uses the partial {{> credit}}, which the theme does not have.');
    expect(errors[0]!.location?.file).toMatch(/theme\/partials\/site-footer\.hbs$/);
    expect(errors[0]!.location?.line).toBe(2);
  });
});
