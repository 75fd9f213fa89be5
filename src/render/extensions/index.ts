// The site's own unified plugins and Handlebars helpers (from a JS/TS config, or module specifiers).
export { extensionSource, forWorkers, workersCanLoad, type ExtensionSource } from './extension-source.js';
export { helpersFingerprint, pluginsFingerprint } from './extensions-fingerprint.js';
export { loadExtensions, type LoadedExtensions, type LoadedPlugin } from './load-extensions.js';
