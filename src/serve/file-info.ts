// What both local servers (serve and dev) need to know of a file in the output folder.
import fs from 'node:fs';
import mime from 'mime/lite';

/** The file's stats, or undefined when it is not there. */
export function statOf(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Content type by extension; text gets an explicit charset since the build writes UTF-8. */
export function contentType(file: string): string {
  const type = mime.getType(file) ?? 'application/octet-stream';
  const textual =
    type.startsWith('text/') || /^application\/(json|xml|javascript|rss\+xml|atom\+xml|feed\+json|manifest\+json)$/.test(type);
  return textual ? `${type}; charset=utf-8` : type;
}
