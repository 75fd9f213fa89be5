// The one way from "a site folder and some overrides" to a ResolvedConfig, for the CLI and the library alike.
import path from 'node:path';
import { packageRoot } from '../shared/package-root.js';
import { loadOptions } from './load-config.js';
import { resolveConfig, type ConfigOverrides, type ResolvedConfig } from './resolve-config.js';

/** Where to find the config, plus the same overrides resolveConfig takes (the CLI flags). */
export interface LoadConfigOptions extends ConfigOverrides {
  /** Folder the config file is looked for in, and relative paths below are resolved against. Default: process.cwd(). */
  cwd?: string;
  /** An explicit config file (must exist); default: the one broadsheet.config.* in cwd, or none (defaults). */
  configFile?: string;
}

/** Find, read and resolve the site's config; throws a coded BroadsheetError (CONFIG_*) on a bad one. */
export async function loadConfig(options: LoadConfigOptions = {}): Promise<ResolvedConfig> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = await loadOptions(options.configFile, cwd);
  const at = (p: string | undefined) => (p === undefined ? undefined : path.resolve(cwd, p));
  return resolveConfig({
    options: loaded.options,
    root: loaded.root,
    themeDir: path.join(packageRoot, 'templates'),
    ...(loaded.file ? { configFile: loaded.file } : {}),
    overrides: {
      ...(options.content !== undefined ? { content: at(options.content)! } : {}),
      ...(options.out !== undefined ? { out: at(options.out)! } : {}),
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      ...(options.cacheDir !== undefined ? { cacheDir: options.cacheDir === null ? null : at(options.cacheDir)! } : {}),
      drafts: options.drafts ?? false,
      future: options.future ?? false,
    },
  });
}
