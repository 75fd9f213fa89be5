// The one way a cache file reaches the disk: written next to its place, then renamed over it (a
// crash never leaves half a file), and, for text, a first line holding a checksum of the rest (a
// torn or hand-edited file is detected and never trusted). Failures only cost speed: a cache that
// cannot be written is skipped, one that cannot be read is empty. A file that another mechanism
// moves into place (the output manifest, renamed by the commit journal) uses checkedText and
// parseChecked, the same format without the write.
import fs from 'node:fs';
import path from 'node:path';
import { hashOf } from '../shared/hash.js';

/** Told when a cache file fails its checksum (for the CACHE_DAMAGED warning). */
export type OnDamaged = (file: string) => void;

/** Write bytes or text to file atomically; false when it could not be written. */
export function writeAtomic(file: string, data: string | Buffer): boolean {
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/** Text under its checksum line; `salt` (e.g. the entry's key) is part of the checksum. */
export function checkedText(text: string, salt = ''): string {
  return `${hashOf(salt, text)}\n${text}`;
}

/** The text of what checkedText made, or 'corrupt' when the checksum does not match. */
export function parseChecked(raw: string, salt = ''): { text: string } | 'corrupt' {
  const nl = raw.indexOf('\n');
  const text = raw.slice(nl + 1);
  return nl > 0 && raw.slice(0, nl) === hashOf(salt, text) ? { text } : 'corrupt';
}

/** Write text under a checksum line, atomically. */
export function writeChecked(file: string, text: string, salt = ''): boolean {
  return writeAtomic(file, checkedText(text, salt));
}

/** The text written by writeChecked, 'missing', or 'corrupt' when the checksum does not match. */
export function readChecked(file: string, salt = ''): { text: string } | 'missing' | 'corrupt' {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8');
  } catch {
    return 'missing';
  }
  return parseChecked(raw, salt);
}
