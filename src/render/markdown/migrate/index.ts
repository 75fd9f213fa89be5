// Template syntax of other generators in migrated bodies (Jekyll's Liquid, Hugo's shortcodes,
// Zola's @/ links, kramdown's attribute lists), converted inside the Markdown pipeline.
export { convertMigratedSyntax, hasMigratedSyntax } from './convert-migrated.js';
export type { BlockAttributes, Conversion, ResolveReference, SyntaxNote } from './types.js';
