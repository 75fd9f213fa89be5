// What no article body may contain, whatever a site's config widens: the sanitiser drops these
// and the config schema refuses to allow them.

/** Elements that run code, load plugins, restyle or re-base the whole page. */
export const FORBIDDEN_TAGS: readonly string[] = [
  'script',
  'style',
  'object',
  'embed',
  'applet',
  'base',
  'meta',
  'link',
  'frame',
  'frameset',
  'template',
];

/** URL schemes that run code or smuggle a document in. */
export const FORBIDDEN_PROTOCOLS: readonly string[] = ['javascript', 'vbscript', 'data', 'file'];

/** Event handlers (onclick, ...), inline documents (srcdoc), form hijacking and inline CSS. */
export function isForbiddenAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('on') || ['srcdoc', 'formaction', 'style'].includes(lower);
}
