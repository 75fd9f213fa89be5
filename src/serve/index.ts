// serve: a built site as the CDN will serve it (for `broadsheet serve`, and `_headers` for dev).
export { createSiteServer, type SiteServer, type SiteServerOptions } from './create-site-server.js';
export { parseHeadersFile, type HeaderRules } from './headers-rules.js';
export { parseRedirectsFile, type RedirectMatch, type RedirectRules } from './redirect-rules.js';
