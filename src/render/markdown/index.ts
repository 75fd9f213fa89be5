// Markdown body -> HTML fragment: one unified pipeline, built once and reused.
export type { MarkdownOptions, MarkdownRenderer } from './create-markdown-renderer.js';
export { createMarkdownRenderer } from './create-markdown-renderer.js';
export { needsGfm } from './needs-gfm.js';
