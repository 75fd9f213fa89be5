export { loadOptions, DEFAULT_CONFIG_FILE } from './load-config.js';
export { resolveConfig, type ResolvedConfig, type ResolveInputs } from './resolve-config.js';
export { SHARE_TARGETS, siteOptionsSchema, type ShareTarget, type SiteOptions } from './schema.js';
