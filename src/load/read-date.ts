// The article's date, from wherever the generator it came from put it: the front matter (in any
// form parseDate reads; Eleventy's "Created"/"Last Modified"), a YYYY-M-D- file name (Jekyll,
// Eleventy; Zola also YYYY-MM-DD_), or a YYYY/MM/DD/ path (Zola's `path`, dated folders).
import path from 'node:path';
import { readDate } from '../shared/dates.js';
import type { Instant } from '../types.js';
import type { FieldReader } from './read-fields.js';
import { invalidKey, tomlDateText } from './read-fields.js';

/** A file name that starts with a date: Jekyll allows one- or two-digit months and days. */
export const DATE_PREFIX = /^(\d{4}-\d{1,2}-\d{1,2})[-_](.+)$/;

const PATH_DATE = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})\//;
const FILE_TIME = /^(git )?(last modified|created)$/i;

export interface ArticleDate {
  date: Instant;
  /** The source gave a day and no time: pages show the date alone. */
  dateOnly: boolean;
  /** Where a date that was not written as `date` came from, for the DATE_FROM_FILE_TIME warning. */
  fromFileTime?: string;
}

export interface DateSources {
  /** The article file, relative to the content folder. */
  file: string;
  /** The file's stem, without extension (a bundle's folder name). */
  stem: string;
  timeZone: string;
  /** The file's modification time, for Eleventy's "Last Modified" and "Created" when nothing steadier exists. */
  fileTime?: Instant;
}

/** Find the date, or record a problem that says what was looked at. */
export function readArticleDate(r: FieldReader, data: Record<string, unknown>, src: DateSources): ArticleDate | undefined {
  const written = data.date ?? data.publishDate ?? data.pubDate;
  const key = data.date !== undefined ? 'date' : data.publishDate !== undefined ? 'publishDate' : 'pubDate';
  const fromName = DATE_PREFIX.exec(src.stem)?.[1];
  if (typeof written === 'string' && FILE_TIME.test(written.trim())) {
    // Eleventy reads these from the file system; the file name's date, when there is one, does not move.
    if (fromName) return fromText(r, key, fromName);
    if (src.fileTime !== undefined) return { date: src.fileTime, dateOnly: false, fromFileTime: written.trim() };
  }
  if (written !== undefined && written !== null && written !== '') {
    const date = r.date(key, written);
    if (date === undefined) return undefined;
    return { date, dateOnly: isDateOnly(written, src.timeZone) };
  }
  if (fromName) return fromText(r, 'date', fromName);
  for (const candidate of [data.path, data.url, data.permalink, src.file]) {
    const m = typeof candidate === 'string' ? PATH_DATE.exec(candidate.replace(/^\/?/, '/')) : null;
    if (m) return fromText(r, 'date', `${m[1]}-${m[2]}-${m[3]}`);
  }
  r.problems.push(invalidKey('date', { kind: 'no-date', fileName: path.posix.basename(src.file) }));
  return undefined;
}

function fromText(r: FieldReader, key: string, text: string): ArticleDate | undefined {
  const date = r.date(key, text);
  return date === undefined ? undefined : { date, dateOnly: true };
}

/** True when a written date gives a day and no time (2016-10-11, TOML local date, "March 5, 2014"). */
export function isDateOnly(value: unknown, timeZone: string): boolean {
  const text = value instanceof Date ? tomlDateText(value) : typeof value === 'string' ? value : undefined;
  return text !== undefined && readDate(text, timeZone)?.dateOnly === true;
}
