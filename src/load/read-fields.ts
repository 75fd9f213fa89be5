// Field readers for front matter: each returns a clean value or records a problem with a fix.
import type { ProblemSpec, WordingData } from '../errors/index.js';
import { DATE_FORMS, parseDate } from '../shared/dates.js';
import type { Instant } from '../types.js';

/** A problem of one front matter key: its line is looked up when the error is made. */
export type Problem = { key: string } & ProblemSpec;

/** FRONT_MATTER_INVALID about key. */
export function invalidKey(key: string, data: WordingData<'FRONT_MATTER_INVALID'>): Problem {
  return { key, code: 'FRONT_MATTER_INVALID', data };
}

export interface FieldReader {
  problems: Problem[];
  string(key: string, value: unknown): string | undefined;
  stringList(key: string, value: unknown): string[];
  date(key: string, value: unknown): Instant | undefined;
  boolean(key: string, value: unknown): boolean;
}

/** A reader that collects every problem in one file instead of stopping at the first. */
export function createFieldReader(timeZone: string): FieldReader {
  const problems: Problem[] = [];
  const typeOf = (v: unknown) => (Array.isArray(v) ? 'a list' : v === null ? 'empty' : `a ${typeof v}`);
  const reader: FieldReader = {
    problems,
    string(key, value) {
      if (value === undefined || value === null) return undefined;
      if (typeof value === 'number' || typeof value === 'boolean') return String(value);
      if (typeof value !== 'string') {
        problems.push(invalidKey(key, { kind: 'not-text', key, found: typeOf(value) }));
        return undefined;
      }
      const s = withoutControls(value).normalize('NFC').trim();
      return s === '' ? undefined : s;
    },
    stringList(key, value) {
      if (value === undefined || value === null) return [];
      const items = Array.isArray(value) ? value : [value];
      const out: string[] = [];
      for (const item of items) {
        const s = reader.string(key, item);
        if (s !== undefined && !out.includes(s)) out.push(s);
      }
      return out;
    },
    date(key, value) {
      if (value === undefined || value === null || value === '') return undefined;
      const text = value instanceof Date ? tomlDateText(value) : typeof value === 'string' ? value : undefined;
      const instant = text === undefined ? null : parseDate(text, timeZone);
      if (instant === null) {
        // Eleventy's "Last Modified" and "Created" read file times, which a fresh clone resets.
        const fileTime = typeof value === 'string' && /^(git )?(last modified|created)$/i.test(value.trim());
        const shown = JSON.stringify(value instanceof Date ? text : value);
        problems.push(invalidKey(key, { kind: 'bad-date', key, value: shown, fileTime, forms: DATE_FORMS }));
        return undefined;
      }
      return instant;
    },
    boolean(key, value) {
      if (value === undefined || value === null) return false;
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'yes') return true;
      if (value === 'false' || value === 'no') return false;
      problems.push(invalidKey(key, { kind: 'not-boolean', key, value: JSON.stringify(value) }));
      return false;
    },
  };
  return reader;
}

// smol-toml gives Date subclasses that print their TOML form (local dates keep no offset).
/** A TOML date as text (smol-toml local dates print without an offset), else the ISO instant. */
export function tomlDateText(d: Date): string {
  const s = String(d);
  return /^\d{4}-\d{2}-\d{2}/.test(s) ? s : Number.isNaN(d.getTime()) ? s : d.toISOString();
}

// Control characters (NUL, backspace from old CMS exports) are not allowed in HTML or XML text,
// and a lone surrogate (possible in JSON front matter) is not a character at all.
const CONTROLS = /(?![\t\n\r])\p{Cc}/gu;
const LONE_SURROGATE = /\p{Cs}/gu;

function withoutControls(text: string): string {
  return text.replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}
