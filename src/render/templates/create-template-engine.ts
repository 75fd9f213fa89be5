import Handlebars from 'handlebars';
import { createProblem } from '../../errors/index.js';
import { openGraphLocale } from '../../shared/locale.js';
import { isRightToLeft } from '../../shared/text-direction.js';
import { blamedPartial, blameOf, compileNamed, lineOf, placeHelperErrors, placeOf } from './blame-partial.js';
import { checkPartials } from './check-partials.js';
import { i18nHelpers, type I18nInit } from './i18n-helpers.js';
import type { Theme } from './load-theme.js';

const COMPILE = { strict: false, preventIndent: true };

/** Parse a template now, so a syntax error names its own file and line, not the page that uses it. */
function checkSyntax(hbs: typeof Handlebars, rel: string, source: string, theme: Theme): void {
  try {
    hbs.parse(source);
  } catch (cause) {
    const line = lineOf(cause);
    const data = { kind: 'syntax', file: rel, reason: (cause as Error).message.split('\n')[0]! } as const;
    throw createProblem('TEMPLATE_ERROR', data, { location: { file: theme.origins[rel] ?? rel, ...(line ? { line } : {}) }, cause });
  }
}

export interface TemplateEngine {
  /** Render pages/<name>.hbs with a context; article text is only ever data here. */
  render(name: string, context: object): string;
  /* Template names are fixed in the code ('article', 'list' ...), never read from front matter. */
}

/** Compile the theme once: layouts and partials are registered as partials, pages compiled on first use. */
export function createTemplateEngine(
  theme: Theme,
  helpers: Readonly<Record<string, Handlebars.HelperDelegate>> = {},
  i18n: I18nInit = { catalogue: { languages: {} }, language: 'en', timeZone: 'UTC' },
): TemplateEngine {
  const hbs = Handlebars.create();
  hbs.registerHelper('isRightToLeft', (lang: unknown) => isRightToLeft(lang));
  hbs.registerHelper('ogLocale', (lang: unknown) => openGraphLocale(lang));
  for (const [name, helper] of Object.entries(i18nHelpers(hbs, i18n))) hbs.registerHelper(name, helper);
  // The site's own helpers (a JS/TS config's `helpers`), by name; sorted, so the order never depends on the config.
  for (const name of Object.keys(helpers).sort()) hbs.registerHelper(name, helpers[name]!);
  placeHelperErrors(hbs);
  const pages = new Map<string, Handlebars.TemplateDelegate>();
  const partialFiles: Record<string, string> = {};
  for (const [rel, source] of Object.entries(theme.files)) {
    const m = /^(layouts|partials)\/(.+)\.hbs$/.exec(rel);
    if (!m) continue;
    checkSyntax(hbs, rel, source, theme);
    partialFiles[m[2]!] = rel;
    hbs.registerPartial(m[2]!, blamedPartial(hbs, m[2]!, rel, source, COMPILE));
  }
  const templates = Object.fromEntries(Object.entries(theme.files).filter(([rel]) => /^(layouts|partials|pages)\/.+\.hbs$/.test(rel)));
  checkPartials(hbs, templates, new Set(Object.keys(partialFiles)), theme.origins);
  const compile = (name: string) => {
    const rel = `pages/${name}.hbs`;
    const source = Object.hasOwn(theme.files, rel) ? theme.files[rel] : undefined;
    if (source === undefined) {
      throw createProblem('TEMPLATE_NOT_FOUND', { file: rel });
    }
    checkSyntax(hbs, rel, source, theme);
    return compileNamed(hbs, rel, source, COMPILE);
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
        const page = `pages/${name}.hbs`;
        const chain = blameOf(cause);
        // A helper's call names its file (a page's block inside a layout is the page's); else the innermost partial.
        const place = placeOf(cause);
        const failed = place?.file ?? (chain[0] === undefined ? page : (partialFiles[chain[0]] ?? `partials/${chain[0]}.hbs`));
        const line = place?.line ?? lineOf(cause);
        const via = chain.length ? ` (in ${chain.map((p) => partialFiles[p] ?? p).join(' < ')}, used by ${page})` : '';
        const data = { kind: 'run', failed, via, reason: (cause as Error).message, line } as const;
        throw createProblem('TEMPLATE_ERROR', data, {
          location: { file: theme.origins[failed] ?? failed, ...(line ? { line } : {}) },
          cause,
        });
      }
    },
  };
}
