import type { ProjectDate, ProjectStatus } from './content/types';
import { STATUS_LABELS } from './status-of-day';

// Dates are stored as midnight UTC, so they are formatted in UTC to never slip a day.
const byPrecision = {
  year: new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/**
 * A project date for visitors. Project periods read best as months ("January 2023"), and a
 * date is never shown more precisely than the editor wrote it.
 */
export function formatProjectDate(date: ProjectDate): string {
  const precision = date.precision === 'day' ? 'month' : date.precision;
  return byPrecision[precision].format(date.date);
}

/** A day in full, such as "29 November 2026". */
export function formatDay(date: Date): string {
  return byPrecision.day.format(date);
}

/** The value for a `<time dateTime>` attribute, as precise as the date is known. */
export function machineDate(date: ProjectDate): string {
  const iso = date.date.toISOString();
  return iso.slice(0, date.precision === 'year' ? 4 : date.precision === 'month' ? 7 : 10);
}


/** The word visitors see for a status. */
export function statusLabel(status: ProjectStatus): string {
  return STATUS_LABELS[status];
}

/** A source address as short readable link text: `cordis.europa.eu/project/id/101095904`. */
export function displayUrl(address: string): string {
  const url = new URL(address);
  const path = `${url.pathname}${url.search}`.replace(/\/$/, '');
  return `${url.hostname.replace(/^www\./, '')}${path}`;
}
