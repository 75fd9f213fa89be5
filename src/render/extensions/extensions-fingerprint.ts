// What the site's extensions contribute to cache keys: each plugin's name, version (its package's,
// or its code) and options, and each helper's code. Derived, never bumped: a changed option, an
// upgraded plugin or an edited helper re-renders what it can change; nothing else does.
import fs from 'node:fs';
import type { ResolvedConfig } from '../../config/index.js';
import type { PluginEntry } from '../../config/schema.js';
import { hashOf } from '../../shared/hash.js';
import { packageVersionOf, pluginName, resolveSpecifier } from './load-extensions.js';

/** The plugins' part of the Markdown fingerprint ('' without plugins, so existing caches stay valid). */
export function pluginsFingerprint(config: ResolvedConfig): string {
  const root = config.configFile ? config.configFile.replace(/[\\/][^\\/]*$/, '') : process.cwd();
  const describe = (list: string) => (entry: PluginEntry) => {
    const [ref, options] = Array.isArray(entry) ? entry : [entry, undefined];
    return `${list}:${describeRef(ref, root)}:${stableText(options)}`;
  };
  const parts = [...config.markdown.remarkPlugins.map(describe('remark')), ...config.markdown.rehypePlugins.map(describe('rehype'))];
  return parts.length ? hashOf(...parts) : '';
}

/** The helpers' part of the page keys: their names and code. */
export function helpersFingerprint(config: ResolvedConfig): string {
  const names = Object.keys(config.helpers).sort();
  return names.length ? hashOf(...names.map((n) => `${n}=${String(config.helpers[n])}`)) : '';
}

function describeRef(ref: string | ((...args: unknown[]) => unknown), root: string): string {
  if (typeof ref === 'function') return `${pluginName(ref)}#${hashOf(String(ref))}`;
  let file: string;
  try {
    file = resolveSpecifier(ref, root);
  } catch {
    // Loading it reports the problem; the fingerprint need not.
    return `${ref}@unresolved`;
  }
  const version = packageVersionOf(file);
  // A plugin file of the site's own (not in node_modules) has no version to speak of: its code is.
  const own = /[\\/]node_modules[\\/]/.test(file) ? '' : `#${hashOf(readText(file))}`;
  return `${ref}=${version}${own}`;
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** JSON with sorted keys, and functions (option callbacks) as their source. */
function stableText(value: unknown): string {
  if (typeof value === 'function') return `fn:${String(value)}`;
  if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${stableText((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
}
