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
  // SVG animation elements can set an attribute such as href to a javascript: URL after the
  // sanitiser has looked (<set attributeName="href" to="javascript:...">).
  'set',
  'animate',
  'animatemotion',
  'animatetransform',
  'discard',
  'foreignobject',
];

/** Whether an element name (any case: SVG's are camelCase in hast) may never be allowed. */
export function isForbiddenTag(name: string): boolean {
  return FORBIDDEN_TAGS.includes(name.toLowerCase());
}

/** URL schemes that run code or smuggle a document in. */
export const FORBIDDEN_PROTOCOLS: readonly string[] = ['javascript', 'vbscript', 'data', 'file'];

/** Event handlers (onclick, ...), inline documents (srcdoc), form hijacking and inline CSS. */
export function isForbiddenAttribute(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.startsWith('on') || ['srcdoc', 'formaction', 'style'].includes(lower);
}
