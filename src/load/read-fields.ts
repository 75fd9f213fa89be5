// Field readers for front matter: each returns a clean value or records a problem with a fix.
import type { ErrorCode } from '../errors/index.js';
import { DATE_FORMS, parseDate } from '../shared/dates.js';
import type { Instant } from '../types.js';

export interface Problem {
  key: string;
  /** Default: FRONT_MATTER_INVALID. */
  code?: ErrorCode;
  message: string;
  hint: string;
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
        problems.push({ key, message: `"${key}" should be text but is ${typeOf(value)}.`, hint: `Write ${key}: followed by plain text.` });
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
        problems.push({
          key,
          message: `"${key}" is not a valid date: ${JSON.stringify(value instanceof Date ? text : value)}.`,
          hint: fileTime
            ? `Dates taken from file times change with every checkout; write the date itself, e.g. ${key}: 2019-10-23.`
            : `Use ISO 8601 or another form Broadsheet reads: ${DATE_FORMS}.`,
        });
        return undefined;
      }
      return instant;
    },
    boolean(key, value) {
      if (value === undefined || value === null) return false;
      if (typeof value === 'boolean') return value;
      if (value === 'true' || value === 'yes') return true;
      if (value === 'false' || value === 'no') return false;
      problems.push({
        key,
        message: `"${key}" should be true or false, not ${JSON.stringify(value)}.`,
        hint: `Write ${key}: true or ${key}: false.`,
      });
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
