// Reading a `_headers` file (Netlify, Cloudflare Pages) and finding the headers of a path: a
// pattern line, then indented `Name: value` lines; every rule a path matches adds its headers.
import { compilePathPattern, type PathPattern } from './path-pattern.js';

interface HeaderRule {
  pattern: PathPattern;
  headers: [string, string][];
}

export interface HeaderRules {
  /** The headers for a decoded request path, names lower-cased; repeated names joined with ", ". */
  headersFor(pathname: string): Record<string, string>;
}

/** Parse the text of a `_headers` file; lines it cannot read are skipped, as the hosts skip them. */
export function parseHeadersFile(text: string): HeaderRules {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim() || raw.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: compilePathPattern(raw.trim()), headers: [] });
      continue;
    }
    const colon = raw.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) continue;
    rule.headers.push([raw.slice(0, colon).trim().toLowerCase(), raw.slice(colon + 1).trim()]);
  }
  return {
    headersFor(pathname) {
      const out: Record<string, string> = {};
      for (const rule of rules) {
        if (!rule.pattern.match(pathname)) continue;
        for (const [name, value] of rule.headers) out[name] = out[name] ? `${out[name]}, ${value}` : value;
      }
      return out;
    },
  };
}
