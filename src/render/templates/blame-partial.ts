// Which template failed: Handlebars reports the page it was asked to render, not the partial (or
// layout) inside it where the error is. Each partial is compiled here and wrapped, so an error
// carries the chain of partials it passed through, innermost first; and every helper is wrapped,
// so an error thrown in one (or for a missing one) carries the file and line of the call.
import type Handlebars from 'handlebars';

export interface TemplateBlame {
  /** Partials from the one that failed outwards, e.g. ['byline', 'base']. */
  partials: string[];
}

/** The template file and line of the helper call an error came from. */
export interface TemplatePlace {
  file: string;
  line: number;
}

const BLAME = Symbol('broadsheet.templateBlame');
const PLACE = Symbol('broadsheet.templatePlace');

/** Compile a template so its helpers' options.loc name it (rel, e.g. partials/byline.hbs). */
export function compileNamed(hbs: typeof Handlebars, rel: string, source: string, options: CompileOptions): Handlebars.TemplateDelegate {
  return hbs.compile(hbs.parseWithoutProcessing(source, { srcName: rel }), options);
}

/** Compile a partial into a function that tags errors with its name. */
export function blamedPartial(
  hbs: typeof Handlebars,
  name: string,
  rel: string,
  source: string,
  options: CompileOptions,
): Handlebars.TemplateDelegate {
  const compiled = compileNamed(hbs, rel, source, options);
  return (context, runtime) => {
    try {
      return compiled(context, runtime);
    } catch (error) {
      if (error && typeof error === 'object') {
        const tagged = error as { [BLAME]?: TemplateBlame };
        (tagged[BLAME] ??= { partials: [] }).partials.push(name);
      }
      throw error;
    }
  };
}

/** The partials an error passed through ([] when it happened in the page template itself). */
export function blameOf(error: unknown): string[] {
  return (error as { [BLAME]?: TemplateBlame } | null)?.[BLAME]?.partials ?? [];
}

/**
 * Wrap every helper registered so far (Handlebars' own, the built-ins, the site's) so that an
 * error thrown in it is tagged with the call's place; helperMissing throws for a missing helper.
 */
export function placeHelperErrors(hbs: typeof Handlebars): void {
  hbs.registerHelper('helperMissing', (...args: unknown[]) => {
    // {{name}} with no arguments is a missing field, which renders as nothing.
    if (args.length === 1) return undefined;
    throw new Error(`Missing helper: "${(args.at(-1) as { name?: string }).name ?? ''}"`);
  });
  for (const [name, helper] of Object.entries(hbs.helpers)) {
    if (typeof helper !== 'function') continue;
    hbs.helpers[name] = function (this: unknown, ...args: unknown[]) {
      try {
        return (helper as (...a: unknown[]) => unknown).apply(this, args);
      } catch (error) {
        // The innermost call names the place: an error from a block's body is placed already.
        const loc = (args.at(-1) as { loc?: { source?: string; start?: { line?: number } } } | undefined)?.loc;
        if (error && typeof error === 'object' && !(PLACE in error) && loc?.source && loc.start?.line)
          (error as { [PLACE]?: TemplatePlace })[PLACE] = { file: loc.source, line: loc.start.line };
        throw error;
      }
    };
  }
}

/** Where a helper error was raised, when known. */
export function placeOf(error: unknown): TemplatePlace | undefined {
  return (error as { [PLACE]?: TemplatePlace } | null)?.[PLACE];
}

/** Handlebars puts the line on parse errors ("Parse error on line 3") and on some runtime errors (lineNumber). */
export function lineOf(error: unknown): number | undefined {
  const e = error as { lineNumber?: unknown; message?: unknown };
  if (typeof e?.lineNumber === 'number') return e.lineNumber;
  const m = /on line (\d+)/.exec(String(e?.message ?? ''));
  return m ? Number(m[1]) : undefined;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
