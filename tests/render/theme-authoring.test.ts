// Theme authors get told what is wrong and where: a folder the theme does not use, a partial
// that cannot be parsed (its file and line), and a partial that fails while a page renders.
import { describe, expect, it } from 'vitest';
import { expectBuildErrors } from '../helpers/errors.js';
import { article, buildSite, writeSite } from '../helpers/site.js';

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
  });
});
