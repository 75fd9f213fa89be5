// Turning the config's plugin entries into unified plugins and its helpers into functions, the same
// way in the main thread and in every worker.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'unified';
import { loadOptions } from '../../config/load-config.js';
import type { PluginEntry } from '../../config/schema.js';
import { createProblem } from '../../errors/index.js';
import type { ExtensionOptions, ExtensionSource } from './extension-source.js';

export interface LoadedPlugin {
  /** How messages name it: the specifier, or the function's name. */
  name: string;
  plugin: Plugin<unknown[]>;
  options: unknown;
}

export interface LoadedExtensions {
  remarkPlugins: LoadedPlugin[];
  rehypePlugins: LoadedPlugin[];
  helpers: Record<string, (...args: unknown[]) => unknown>;
}

const NONE: LoadedExtensions = { remarkPlugins: [], rehypePlugins: [], helpers: {} };

/** Load the site's extensions (none when source is undefined); a plugin that cannot be loaded is PLUGIN_NOT_FOUND. */
export async function loadExtensions(source: ExtensionSource | undefined): Promise<LoadedExtensions> {
  if (!source) return NONE;
  const options = source.options ?? (await optionsFromFile(source));
  const load = async (entries: readonly PluginEntry[], list: string) => {
    const out: LoadedPlugin[] = [];
    for (const entry of entries) out.push(await loadPlugin(entry, list, source));
    return out;
  };
  return {
    remarkPlugins: await load(options.markdown.remarkPlugins, 'markdown.remarkPlugins'),
    rehypePlugins: await load(options.markdown.rehypePlugins, 'markdown.rehypePlugins'),
    helpers: { ...options.helpers },
  };
}

async function optionsFromFile(source: ExtensionSource): Promise<ExtensionOptions> {
  const loaded = (await loadOptions(source.configFile, source.root)).options as Partial<ExtensionOptions>;
  return {
    markdown: { remarkPlugins: loaded.markdown?.remarkPlugins ?? [], rehypePlugins: loaded.markdown?.rehypePlugins ?? [] },
    helpers: loaded.helpers ?? {},
  };
}

async function loadPlugin(entry: PluginEntry, list: string, source: ExtensionSource): Promise<LoadedPlugin> {
  const [ref, options] = Array.isArray(entry) ? entry : [entry, undefined];
  if (typeof ref === 'function') return { name: pluginName(ref), plugin: ref as Plugin<unknown[]>, options };
  let mod: unknown;
  try {
    mod = await import(pathToFileURL(resolveSpecifier(ref, source.root)).href);
  } catch (cause) {
    const data = { kind: 'unloadable', ref, list, reason: (cause as Error).message } as const;
    throw createProblem('PLUGIN_NOT_FOUND', data, { location: { file: source.configFile ?? '(config)' }, cause });
  }
  const plugin = (mod as { default?: unknown }).default ?? mod;
  if (typeof plugin !== 'function') {
    throw createProblem('PLUGIN_NOT_FOUND', { kind: 'not-a-plugin', ref, list }, { location: { file: source.configFile ?? '(config)' } });
  }
  return { name: ref, plugin: plugin as Plugin<unknown[]>, options };
}

/** A path relative to the config's folder, or a package as Node would find it from there. */
export function resolveSpecifier(specifier: string, root: string): string {
  if (specifier.startsWith('file:')) return fileURLToPath(specifier);
  if (specifier.startsWith('.') || path.isAbsolute(specifier)) return path.resolve(root, specifier);
  return createRequire(path.join(root, 'broadsheet.config.js')).resolve(specifier);
}

export function pluginName(fn: unknown): string {
  return (typeof fn === 'function' && fn.name) || 'anonymous plugin';
}

/** The version of the package a resolved module file belongs to, for the cache fingerprint. */
export function packageVersionOf(file: string): string {
  for (let dir = path.dirname(file); path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (!fs.existsSync(manifest)) continue;
    const { name, version } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (name) return `${name}@${version ?? '?'}`;
  }
  return 'no-package';
}
