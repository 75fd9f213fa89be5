export { loadOptions, findConfigFile, CONFIG_FILE_NAMES, DEFAULT_CONFIG_FILE, type LoadedOptions } from './load-config.js';
export { loadConfig, type LoadConfigOptions } from './load-site-config.js';
export { resolveConfig, type ResolvedConfig, type ResolveInputs } from './resolve-config.js';
export { SHARE_TARGETS, siteOptionsSchema, type ShareTarget, type SiteOptions } from './schema.js';
export { defineConfig } from './define-config.js';
