import { hash } from 'node:crypto';

/**
 * Hex SHA-1 of the parts (joined with NUL so ["ab", "c"] and ["a", "bc"] differ); used for
 * cache keys and change detection, not for security. The one-shot crypto.hash is about twice
 * as fast as createHash for the short strings page keys are made of.
 */
export function hashOf(...parts: (string | Uint8Array)[]): string {
  if (parts.length === 1) return hash('sha1', parts[0]!, 'hex');
  if (parts.every((p) => typeof p === 'string')) return hash('sha1', parts.join('\0'), 'hex');
  return hash('sha1', Buffer.concat(parts.flatMap((p) => [typeof p === 'string' ? Buffer.from(p) : p, SEPARATOR])), 'hex');
}

const SEPARATOR = Buffer.from([0]);
