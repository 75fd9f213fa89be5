// Reading a `_redirects` file (Netlify, Cloudflare Pages): `from [key=value ...] to [status][!]`
// per line, the first matching rule wins; `:splat` and `:name` in the target are filled in.
import { compilePathPattern, safeDecode, type PathPattern } from './path-pattern.js';

interface RedirectRule {
  pattern: PathPattern;
  query: [string, string][];
  to: string;
  status: number;
  force: boolean;
}

/** Where a request goes: another address (a redirect), or another file served at this one (200, 404). */
export interface RedirectMatch {
  to: string;
  status: number;
  force: boolean;
}

export interface RedirectRules {
  match(pathname: string, search: URLSearchParams): RedirectMatch | undefined;
}

/** Parse the text of a `_redirects` file; lines it cannot read are skipped, as the hosts skip them. */
export function parseRedirectsFile(text: string): RedirectRules {
  const rules: RedirectRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const fields = raw.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith('#') || fields.length < 2) continue;
    const last = fields.at(-1)!;
    const statusField = /^\d{3}!?$/.test(last) ? fields.pop()! : '301';
    const to = fields.pop()!;
    const [from, ...conditions] = fields;
    if (!from) continue;
    rules.push({
      pattern: compilePathPattern(from),
      query: conditions.flatMap((c) => (c.includes('=') ? [c.split('=', 2) as [string, string]] : [])),
      to,
      status: Number(statusField.replace('!', '')),
      force: statusField.endsWith('!'),
    });
  }
  return {
    match(pathname, search) {
      for (const rule of rules) {
        const params = rule.pattern.match(pathname);
        if (!params) continue;
        if (!queryMatches(rule.query, search, params)) continue;
        return { to: fill(rule.to, params), status: rule.status, force: rule.force };
      }
      return undefined;
    },
  };
}

function queryMatches(wanted: [string, string][], search: URLSearchParams, params: Record<string, string>): boolean {
  for (const [key, value] of wanted) {
    const actual = search.get(key);
    if (actual === null) return false;
    if (value.startsWith(':')) params[value.slice(1)] = actual;
    else if (actual !== safeDecode(value)) return false;
  }
  return true;
}

function fill(to: string, params: Record<string, string>): string {
  return to.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) => (name in params ? encodeURI(params[name]!) : whole));
}
