import type { Day } from './day';

/**
 * Where a project stands on a given day, from its dates: the one rule shared by the build
 * (the loader's `projectStatus`) and the browser (the `status` enhancement, and any other
 * client code that needs "today", such as a timeline's marker). Pure and DOM-free, with no
 * import but lib/day.ts, so a client module can bundle it for a few hundred bytes.
 */

/** Where a project stands on a day, derived from its dates. */
export type ProjectStatus = 'planned' | 'ongoing' | 'completed';

/** The word visitors see for each status. */
export const STATUS_LABELS: Readonly<Record<ProjectStatus, string>> = {
  planned: 'Planned',
  ongoing: 'Ongoing',
  completed: 'Completed',
};

/** The word visitors see for a status. */
export function statusLabel(status: ProjectStatus): string {
  return STATUS_LABELS[status];
}

/**
 * The dates a status is decided by, as days (see `utcDay` in lib/day.ts): the first day the project may
 * have started, and the last day it may run. A start written as `2023` begins on 1 January,
 * an end written as `2026` runs to 31 December, so a status is never claimed too early.
 */
export interface StatusDates {
  start?: number;
  end?: number;
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
