/**
 * Days and dates, in one place: how they are read, compared, written for machines and for
 * visitors, and how precisely they are known. Every date of the content is a midnight in
 * UTC, so every format here is in UTC and never slips a day. Pure and without imports,
 * so the browser's enhancements bundle it too.
 */

/** How precisely a date is known: `2002`, `2021-10` or `2023-01-01`. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date and how precisely it is known, so it is never shown more precisely than written. */
export interface ProjectDate {
  date: Date;
  precision: DatePrecision;
}

/** A date as editors write it, with the precision they wrote it in. */
export interface PartialDate {
  /** The first day of the period (midnight UTC). */
  first: Date;
  /** The last day of the period (midnight UTC). */
  last: Date;
  precision: DatePrecision;
}

/** `2002`, `2021-10` or `2023-01-01`: ISO 8601 with reduced precision. */
export const PARTIAL_ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Reads `2002`, `2021-10` or `2023-01-01` (ISO 8601 with reduced precision), or undefined
 * for anything else, including days that are not on the calendar (30 February).
 */
export function parsePartialDate(value: string): PartialDate | undefined {
  const match = PARTIAL_ISO_DATE.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const y = Number(year);
  const m = month === undefined ? undefined : Number(month) - 1;
  const d = day === undefined ? undefined : Number(day);
  if (m !== undefined && (m < 0 || m > 11)) return undefined;
  if (m !== undefined && d !== undefined) {
    const date = new Date(Date.UTC(y, m, d));
    if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return undefined;
    return { first: date, last: date, precision: 'day' };
  }
  if (m !== undefined) {
    return { first: new Date(Date.UTC(y, m, 1)), last: new Date(Date.UTC(y, m + 1, 0)), precision: 'month' };
  }
  return { first: new Date(Date.UTC(y, 0, 1)), last: new Date(Date.UTC(y, 11, 31)), precision: 'year' };
}

/** A day as the timestamp of its midnight in UTC: how every date here is compared. */
export type Day = number;

/** The UTC calendar day of an instant (dates from content are midnights in UTC). */
export function utcDay(date: Date): Day {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** The calendar day on the visitor's own clock, which is the day the visitor is living. */
export function localDay(now: Date): Day {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** A day written as `YYYY-MM-DD` (as the page carries it), or undefined. */
export function parseDay(iso: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!match) return undefined;
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return toIsoDay(day) === iso ? day : undefined;
}

/** A day as `YYYY-MM-DD`, the form `parseDay` reads back, machines read and `<time dateTime>` takes. */
export function toIsoDay(day: Date | Day): string {
  return new Date(day).toISOString().slice(0, 10);
}

/** The value for a `<time dateTime>` attribute or the API, as precise as the date is known. */
export function machineDate(date: ProjectDate): string {
  return toIsoDay(date.date).slice(0, { year: 4, month: 7, day: 10 }[date.precision]);
}

const byPrecision = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** A day in full for visitors, such as "29 November 2026". */
export function formatDay(day: Date | Day): string {
  return byPrecision.day.format(day);
}

/**
 * A project date for visitors. Project periods read best as months ("January 2023"), and a
 * date is never shown more precisely than the editor wrote it.
 */
export function formatProjectDate(date: ProjectDate): string {
  const precision = date.precision === 'day' ? 'month' : date.precision;
  return byPrecision[precision].format(date.date);
}
