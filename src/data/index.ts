// Site data: data/*.{json,yaml,toml} as site.data, author profiles and menus.
export { loadSiteData, type SiteData } from './load-site-data.js';
export { authorNames, type AuthorProfile } from './authors.js';
export type { Menus } from './menus.js';
