// Dates: parsing what writers type (ISO 8601 with or without time or offset) and formatting
// instants in the site's time zone. Wall times without an offset are read in the site's zone.
import type { Instant } from '../types.js';

// ISO 8601 plus what Jekyll (Ruby's Time.parse), Hugo and WordPress exports contain: a space for
// the T, a space before the offset, -0500, -05:00 or a bare -5, nanoseconds, a trailing "UTC",
// unpadded months, days and hours, slashes for dashes, and the year repeated before the offset
// ("2023-01-29 18:30:22 2023 -0800", which Time.parse reads and real posts carry).
const ISO =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[T ]\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:\s+(\d{4}))?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?(?:\s+(?:UTC|GMT))?)?$/i;
// RFC 2822, as in RSS and some imported front matter: Tue, 11 Oct 2016 10:00:00 +0000.
const RFC2822 =
  /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC?|GMT|[+-]\d{2}:?\d{2})?$/i;
// Month-name dates Time.parse and Eleventy's Luxon read: "March 5, 2014", "Mar 5 2014 10:00", "5 March 2014".
const NAMED =
  /^(?:[a-z]+,?\s+)?(?:([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})\s+([a-z]{3,9})\.?),?\s+(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?)?$/i;
const MONTH_ABBR = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The date forms parseDate accepts, for messages about dates it cannot read. */
export const DATE_FORMS =
  '2019-10-23, 2019-10-23T09:00:00, 2019-10-23 09:00, 2019-10-23T09:00:00+07:00, 2013-01-23 10:00:00 -0500, 2015-03-17 14:00:00 -4, 23 October 2019, ' +
  "2019-10-23T02:00:00Z or Wed, 23 Oct 2019 09:00:00 +0700 (without an offset, the site's timeZone applies)";

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Parse an ISO 8601 (or RFC 2822, or month-name) date or date-time; without an offset it is a wall time in timeZone. Null if invalid. */
export function parseDate(text: string, timeZone: string): Instant | null {
  return readDate(text, timeZone)?.instant ?? null;
}

/** A date as written: the instant, and whether the text gave only a day (no time to show). */
export interface ReadDate {
  instant: Instant;
  dateOnly: boolean;
}

/** parseDate, also telling whether the text had a time. */
export function readDate(text: string, timeZone: string): ReadDate | null {
  const trimmed = text.trim();
  const m = ISO.exec(trimmed);
  if (m) {
    if (m[9] !== undefined && m[9] !== m[1]) return null;
    return dated(fromParts([m[1], m[3], m[4], m[5], m[6], m[7]], m[8], m[10], timeZone), m[5] === undefined);
  }
  const r = RFC2822.exec(trimmed);
  if (r) {
    const month = MONTH_ABBR.indexOf(r[2]!.toLowerCase()) + 1;
    return month === 0 ? null : dated(fromParts([r[3], String(month), r[1], r[4], r[5], r[6]], undefined, r[7], timeZone), false);
  }
  const n = NAMED.exec(trimmed);
  const name = n ? (n[1] ?? n[4])! : '';
  const month = MONTH_ABBR.indexOf(name.slice(0, 3).toLowerCase()) + 1;
  // "Mar", "March" and "Sept" name a month; "Marching" does not.
  if (!n || month === 0 || !MONTH_NAMES_FULL[month - 1]!.startsWith(name.toLowerCase().replace(/^sept$/, 'sep'))) return null;
  return dated(fromParts([n[5], String(month), n[2] ?? n[3], n[6], n[7], n[8]], undefined, n[9], timeZone), n[6] === undefined);
}

const MONTH_NAMES_FULL = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function dated(instant: Instant | null, dateOnly: boolean): ReadDate | null {
  return instant === null ? null : { instant, dateOnly };
}

function fromParts(
  parts: (string | undefined)[],
  fraction: string | undefined,
  zone: string | undefined,
  timeZone: string,
): Instant | null {
  const [year, month, day, hour, minute, second] = parts.map((p) => Number(p ?? 0)) as [number, number, number, number, number, number];
  const ms = fraction ? Number(fraction.slice(0, 3).padEnd(3, '0')) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  if (zone === undefined) return wallToInstant(wall, timeZone);
  if (/^(Z|UTC?|GMT)$/i.test(zone)) return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  // -5 and -05 are hours; -0500, -05:00 and -500 hours and minutes.
  const digits = zone
    .slice(1)
    .replace(':', '')
    .padStart(zone.length > 3 ? 4 : 2, '0');
  const offsetMin = Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
  if (offsetMin > 18 * 60) return null;
  return wall - sign * offsetMin * 60_000;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partFormatters.set(timeZone, f);
  }
  return f;
}

/** Offset of timeZone from UTC at an instant, in minutes (e.g. 420 for +07:00). */
export function zoneOffsetMinutes(instant: Instant, timeZone: string): number {
  if (timeZone === 'UTC') return 0;
  // Asking Intl costs ~20 µs and pages format thousands of dates. A span whose two ends have the
  // same offset has it throughout (zones change offset at most twice a year, months apart):
  // try the whole UTC month, then the day, and ask Intl per instant only on a transition day.
  return (
    spanOffset(monthStart(instant), monthEnd(instant), timeZone) ??
    spanOffset(Math.floor(instant / DAY) * DAY, Math.floor(instant / DAY) * DAY + DAY - 1000, timeZone) ??
    intlOffset(instant, timeZone)
  );
}

const DAY = 86_400_000;
const spanOffsets = new Map<string, number | null>();

function spanOffset(start: number, end: number, timeZone: string): number | null {
  const key = `${timeZone} ${start} ${end}`;
  let offset = spanOffsets.get(key);
  if (offset === undefined) {
    const first = intlOffset(start, timeZone);
    offset = first === intlOffset(end, timeZone) ? first : null;
    if (spanOffsets.size > 100_000) spanOffsets.clear();
    spanOffsets.set(key, offset);
  }
  return offset;
}

function monthStart(instant: Instant): number {
  const d = new Date(instant);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function monthEnd(instant: Instant): number {
  const d = new Date(instant);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) - 1000;
}

function intlOffset(instant: Instant, timeZone: string): number {
  const out: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(out.year!, out.month! - 1, out.day!, out.hour! % 24, out.minute!, out.second!);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
}

/** The calendar fields of an instant in a time zone. */
export function wallTime(instant: Instant, timeZone: string): WallTime {
  const d = new Date(instant + zoneOffsetMinutes(instant, timeZone) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

function wallToInstant(wallAsUtc: number, timeZone: string): Instant {
  // Two passes settle the offset, including across DST changes.
  let guess = wallAsUtc - zoneOffsetMinutes(wallAsUtc, timeZone) * 60_000;
  guess = wallAsUtc - zoneOffsetMinutes(guess, timeZone) * 60_000;
  return guess;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function offsetText(minutes: number, separator: string): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${separator}${pad(abs % 60)}`;
}

/** RFC 3339 / ISO 8601 with the zone's offset: 2019-10-23T09:00:00+07:00. */
export function formatIso(instant: Instant, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  const off = zoneOffsetMinutes(instant, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${offsetText(off, ':')}`;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** RFC 822 date for RSS: Wed, 23 Oct 2019 09:00:00 +0700. */
export function formatRfc822(instant: Instant, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  const weekday = DAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
  const off = zoneOffsetMinutes(instant, timeZone);
  return `${weekday}, ${pad(w.day)} ${MONTHS[w.month - 1]!.slice(0, 3)} ${w.year} ${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)} ${offsetText(off, '')}`;
}

/** Human date for pages: 23 October 2019. */
export function formatLongDate(instant: Instant, timeZone: string): string {
  const w = wallTime(instant, timeZone);
  return `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? String(month);
}

const zoneLabels = new Map<string, Intl.DateTimeFormat>();

/** The zone a wall time is in, as readers see it beside a dateline: "GMT+7", "UTC", "BST". */
export function timeZoneLabel(instant: Instant, timeZone: string): string {
  let f = zoneLabels.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' });
    zoneLabels.set(timeZone, f);
  }
  return f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}
