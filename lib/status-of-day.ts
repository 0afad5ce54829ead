/**
 * Where a project stands on a given day, from its dates: the one rule shared by the build
 * (the loader's `projectStatus`) and the browser (the `status` enhancement, and any other
 * client code that needs "today", such as a timeline's marker). Pure and DOM-free, with no
 * imports, so a client module can bundle it for a few hundred bytes.
 */

/** Where a project stands on a day, derived from its dates. */
export type ProjectStatus = 'planned' | 'ongoing' | 'completed';

/** The word visitors see for each status. */
export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
};

/**
 * The dates a status is decided by, as days (see `utcDay`): the first day the project may
 * have started, and the last day it may run. A start written as `2023` begins on 1 January,
 * an end written as `2026` runs to 31 December, so a status is never claimed too early.
 */
export interface StatusDates {
  start?: number;
  end?: number;
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
  return new Date(day).toISOString().startsWith(iso!) ? day : undefined;
}

/** A day as `YYYY-MM-DD`, the form `parseDay` reads back. */
export function formatDay(day: Day): string {
  return new Date(day).toISOString().slice(0, 10);
}

/**
 * The status on `today`: planned before the start, completed after the end, ongoing in
 * between; undefined when the dates cannot tell (started, with no end date given).
 */
export function statusOn({ start, end }: StatusDates, today: Day): ProjectStatus | undefined {
  if (start !== undefined && today < start) return 'planned';
  if (end !== undefined && today > end) return 'completed';
  if (end !== undefined) return 'ongoing';
  return undefined;
}
