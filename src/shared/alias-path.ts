// Aliases are typed by people (old CMS addresses pasted into front matter) and become files in
// the output folder, so anything that could escape that folder or isn't a plain path is refused.

export type AliasPath =
  | { path: string; outPath: string; /** False when no file system can hold outPath (a name over 255 bytes). */ fitsFile: boolean }
  | { error: string; /** The reason alone: "is empty", "contains a backslash". */ why: string };

/** Limits of common file systems: 255 bytes per name; whole paths kept well under PATH_MAX. */
const MAX_NAME_BYTES = 255;
const MAX_PATH_BYTES = 1024;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
const HTML_FILE = /\.html?$/i;

/** Percent-encode one decoded segment, keeping the sub-delimiters RFC 3986 allows in paths. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/%(24|26|2B|2C|3B|3D|3A|40)/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function checkShape(alias: string): string | undefined {
  if (alias === '') return 'is empty';
  if (SCHEME.test(alias)) return 'is a URL; write the site path, starting with "/"';
  if (alias.startsWith('//')) return 'starts with "//", which browsers read as another host';
  if (!alias.startsWith('/')) return 'must start with "/"';
  if (alias.includes('\\')) return 'contains a backslash';
  if (alias.includes('?') || alias.includes('#')) return 'contains a query or fragment ("?" or "#")';
  if (LONE_SURROGATE.test(alias)) return 'contains a broken Unicode character';
  return undefined;
}

function checkSegment(segment: string): string | undefined {
  if (segment === '') return 'has an empty path segment ("//")';
  if (segment === '.' || segment === '..') return 'contains a "." or ".." segment';
  if (segment.includes('/') || segment.includes('\\')) return 'encodes a slash or backslash inside a segment';
  if (CONTROL.test(segment)) return 'contains a control character';
  return undefined;
}

/** Turn a user-written alias into its encoded site path and output file path, or explain why not. */
export function aliasToPath(alias: string): AliasPath {
  const trimmed = alias.trim();
  const fail = (why: string): AliasPath => ({ error: `Alias ${JSON.stringify(alias)} ${why}.`, why });
  const shapeError = checkShape(trimmed);
  if (shapeError !== undefined) return fail(shapeError);

  const isDirectory = trimmed.endsWith('/');
  const raw = trimmed.slice(1, isDirectory ? -1 : undefined);
  if (raw === '') return fail('is the site root, which would replace the home page');
  const decoded: string[] = [];
  for (const part of raw.split('/')) {
    const segment = decodeSegment(part);
    if (segment === undefined) return fail('has malformed percent-encoding');
    const segmentError = checkSegment(segment);
    if (segmentError !== undefined) return fail(segmentError);
    decoded.push(segment);
  }

  const encoded = `/${decoded.map(encodePathSegment).join('/')}`;
  const fitsFile = decoded.every((s) => Buffer.byteLength(s) <= MAX_NAME_BYTES) && Buffer.byteLength(raw) <= MAX_PATH_BYTES;
  // Only .html/.htm names become files: other extensions would be served with the wrong type.
  if (!isDirectory && HTML_FILE.test(decoded[decoded.length - 1]!)) {
    return { path: encoded, outPath: decoded.join('/'), fitsFile };
  }
  return { path: `${encoded}/`, outPath: `${decoded.join('/')}/index.html`, fitsFile };
}

export type QueryAlias = { path: string; query: string } | { error: string; why: string };

const QUERY_FIELD = /^[A-Za-z0-9_.~%+-]+=[A-Za-z0-9_.~%+-]+$/;

/**
 * An alias with a query, such as WordPress's /?p=123: its encoded path and its parameters as
 * space-separated key=value fields. Undefined when the alias has no query.
 */
export function splitQueryAlias(alias: string): QueryAlias | undefined {
  const trimmed = alias.trim();
  const at = trimmed.indexOf('?');
  if (at < 0) return undefined;
  const fail = (why: string): QueryAlias => ({ error: `Alias ${JSON.stringify(alias)} ${why}.`, why });
  const fields = trimmed.slice(at + 1).split('&');
  if (trimmed.includes('#') || !fields.every((f) => QUERY_FIELD.test(f))) {
    return fail('has a query that is not plain key=value pairs joined by "&"');
  }
  const pathPart = trimmed.slice(0, at);
  if (pathPart === '/') return { path: '/', query: fields.join(' ') };
  const target = aliasToPath(pathPart);
  if ('error' in target) return { error: target.error, why: target.why };
  // /index.php?p=1 names that path itself: no "/" is added as it is for pages.
  const exact = pathPart.endsWith('/') || HTML_FILE.test(pathPart) ? target.path : target.path.slice(0, -1);
  return { path: exact, query: fields.join(' ') };
}
