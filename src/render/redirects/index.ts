// Redirects for aliases: a `_redirects` file for hosts that read one, HTML pages for the rest.
export type { Redirect } from './redirect-types.js';
export { renderRedirectsFile } from './redirects-file.js';
export { renderRedirectPage } from './redirect-page.js';
export type { AliasPath, QueryAlias } from '../../shared/alias-path.js';
export { aliasToPath, splitQueryAlias } from '../../shared/alias-path.js';
