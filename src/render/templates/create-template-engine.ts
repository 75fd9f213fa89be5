import Handlebars from 'handlebars';
import { createError } from '../../errors/index.js';
import { openGraphLocale } from '../../shared/locale.js';
import { isRightToLeft } from '../../shared/text-direction.js';
import type { Theme } from './load-theme.js';

export interface TemplateEngine {
  /** Render pages/<name>.hbs with a context; article text is only ever data here. */
  render(name: string, context: object): string;
  /* Template names are fixed in the code ('article', 'list' ...), never read from front matter. */
}

/** Compile the theme once: layouts and partials are registered as partials, pages compiled on first use. */
export function createTemplateEngine(theme: Theme): TemplateEngine {
  const hbs = Handlebars.create();
  hbs.registerHelper('isRightToLeft', (lang: unknown) => isRightToLeft(lang));
  hbs.registerHelper('ogLocale', (lang: unknown) => openGraphLocale(lang));
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  for (const [rel, source] of Object.entries(theme.files)) {
    const m = /^(layouts|partials)\/(.+)\.hbs$/.exec(rel);
    if (m) hbs.registerPartial(m[2]!, source);
  }
  const compile = (name: string) => {
    const rel = `pages/${name}.hbs`;
    const source = Object.hasOwn(theme.files, rel) ? theme.files[rel] : undefined;
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
        // Handlebars' defaults, stated so an upgrade cannot loosen them: data from articles can
        // never reach constructors or prototypes through a template lookup.
        return template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
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
