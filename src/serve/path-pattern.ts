// The path patterns of Netlify / Cloudflare Pages `_headers` and `_redirects`: `*` (the splat,
// any rest of the path) and `:name` (one path segment), matched against the decoded request path.

export interface PathPattern {
  /** Named captures (`splat` for `*`), or undefined when the path does not match. */
  match(pathname: string): Record<string, string> | undefined;
}

/** Compile a pattern; trailing slashes are ignored on both sides, as the hosts do. */
export function compilePathPattern(pattern: string): PathPattern {
  const names: string[] = [];
  const source = trimSlash(safeDecode(pattern))
    .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part === '*') return (names.push('splat'), '(.*)');
      if (part.startsWith(':') && part.length > 1) return (names.push(part.slice(1)), '([^/]+)');
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const regex = new RegExp(`^${source}$`);
  return {
    match(pathname) {
      const m = regex.exec(trimSlash(pathname)) ?? (names.includes('splat') ? regex.exec(`${trimSlash(pathname)}/`) : null);
      if (!m) return undefined;
      return Object.fromEntries(names.map((name, i) => [name, m[i + 1] ?? '']));
    },
  };
}

function trimSlash(p: string): string {
  return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
}

/** Decode percent-escapes where they are valid; a stray % stays as it is. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
