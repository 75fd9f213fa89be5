import { createHash } from 'node:crypto';

/** Hex SHA-1 of a string or bytes; used for cache keys and change detection, not for security. */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha1');
  for (const part of parts) {
    h.update(part);
    h.update('\0');
  }
  return h.digest('hex');
}
