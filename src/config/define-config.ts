import type { SiteOptions } from './schema.js';

/** Identity function that types a JS/TS config: `export default defineConfig({ title: 'Daily Planet' })`. */
export function defineConfig(options: SiteOptions): SiteOptions {
  return options;
}
