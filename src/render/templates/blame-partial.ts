// Which template failed: Handlebars reports the page it was asked to render, not the partial (or
// layout) inside it where the error is. Each partial is compiled here and wrapped, so an error
// carries the chain of partials it passed through, innermost first, and its line when known.
import type Handlebars from 'handlebars';

export interface TemplateBlame {
  /** Partials from the one that failed outwards, e.g. ['byline', 'base']. */
  partials: string[];
}

const BLAME = Symbol('broadsheet.templateBlame');

/** Compile a partial into a function that tags errors with its name. */
export function blamedPartial(hbs: typeof Handlebars, name: string, source: string, options: CompileOptions): Handlebars.TemplateDelegate {
  const compiled = hbs.compile(source, options);
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

/** Handlebars puts the line on parse errors ("Parse error on line 3") and on some runtime errors (lineNumber). */
export function lineOf(error: unknown): number | undefined {
  const e = error as { lineNumber?: unknown; message?: unknown };
  if (typeof e?.lineNumber === 'number') return e.lineNumber;
  const m = /on line (\d+)/.exec(String(e?.message ?? ''));
  return m ? Number(m[1]) : undefined;
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];
