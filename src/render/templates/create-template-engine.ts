import Handlebars from 'handlebars';
import { createError } from '../../errors/index.js';
import { isRightToLeft } from '../../shared/text-direction.js';
import type { Theme } from './load-theme.js';

export interface TemplateEngine {
  /** Render pages/<name>.hbs with a context; article text is only ever data here. */
  render(name: string, context: object): string;
}

/** Compile the theme once: layouts and partials are registered as partials, pages compiled on first use. */
export function createTemplateEngine(theme: Theme, helpers: Readonly<Record<string, Handlebars.HelperDelegate>> = {}): TemplateEngine {
  const hbs = Handlebars.create();
  hbs.registerHelper('isRightToLeft', (lang: unknown) => isRightToLeft(lang));
  // The site's own helpers (a JS/TS config's `helpers`), by name; sorted, so the order never depends on the config.
  for (const name of Object.keys(helpers).sort()) hbs.registerHelper(name, helpers[name]!);
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const [rel, source] of Object.entries(theme.files)) {
    const m = /^(layouts|partials)\/(.+)\.hbs$/.exec(rel);
    if (m) hbs.registerPartial(m[2]!, source);
  }
  const compile = (name: string) => {
    const rel = `pages/${name}.hbs`;
    const source = theme.files[rel];
    if (source === undefined) {
      throw createError('TEMPLATE_NOT_FOUND', {
        message: `The theme has no ${rel}.`,
        hint: `Add ${rel} to your templates folder, or remove the override that hides the default one.`,
      });
    }
    return hbs.compile(source, { strict: false, preventIndent: true });
  };
  return {
    render(name, context) {
      let template = pages.get(name);
      if (!template) {
        template = compile(name);
        pages.set(name, template);
      }
      try {
        return template(context);
      } catch (cause) {
        throw createError('TEMPLATE_ERROR', {
          message: `pages/${name}.hbs failed: ${(cause as Error).message}`,
          hint: 'Check the template syntax and the partials it uses.',
          location: { file: theme.origins[`pages/${name}.hbs`] ?? `pages/${name}.hbs` },
          cause,
        });
      }
    },
  };
}
