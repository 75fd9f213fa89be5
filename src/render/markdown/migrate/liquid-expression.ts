// The few Liquid expressions Jekyll posts use to build URLs, answered from the site, never run:
// `site.url`, `site.baseurl`, `page.url`, string literals, and the filters relative_url,
// absolute_url, prepend and append. Anything else is not understood (undefined).
import type { ResolveReference } from './types.js';

const VARIABLES = new Set(['site.url', 'site.baseurl', 'page.url']);

/** The value of a `{{ ... }}` expression, or undefined when it is not one of the known forms. */
export function evaluateUrlExpression(expression: string, resolve: ResolveReference): string | undefined {
  const [head, ...filters] = splitFilters(expression);
  let value = primary(head!, resolve);
  for (const filter of filters) {
    if (value === undefined) return undefined;
    const m = /^(relative_url|absolute_url|prepend|append)\s*(?::\s*(.+))?$/.exec(filter);
    if (!m) return undefined;
    const argument = m[2] === undefined ? undefined : primary(m[2], resolve);
    if ((m[1] === 'prepend' || m[1] === 'append') && argument === undefined) return undefined;
    if (m[1] === 'prepend') value = argument + value;
    else if (m[1] === 'append') value = value + argument;
    else {
      const base = resolve('site.baseurl');
      if (base === undefined) return undefined;
      const relative = joinPath(base, value);
      if (m[1] === 'relative_url') value = relative;
      else {
        const origin = resolve('site.url');
        if (origin === undefined) return undefined;
        value = origin + relative;
      }
    }
  }
  return value;
}

function primary(text: string, resolve: ResolveReference): string | undefined {
  const t = text.trim();
  const literal = /^"([^"]*)"$|^'([^']*)'$/.exec(t);
  if (literal) return literal[1] ?? literal[2]!;
  return VARIABLES.has(t) ? resolve(t) : undefined;
}

/** Splits at `|` outside quotes. */
function splitFilters(expression: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote = '';
  for (const c of expression) {
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '|') {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts;
}

function joinPath(base: string, value: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(value)) return value;
  return `${base}${value.startsWith('/') ? '' : '/'}${value}`;
}
