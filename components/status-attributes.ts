import type { Project } from '@/lib/content';
import { toIsoDay } from '@/lib/day';

/**
 * The dates a status is decided by, as data attributes on the element that shows it, so
 * the `status` enhancement can redo the status on the day the page is read
 * (lib/enhancements/status.ts). Its `<dd>` holds the word.
 */
export function statusAttributes({ statusDates }: Pick<Project, 'statusDates'>): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (statusDates.start !== undefined) attributes['data-status-start'] = toIsoDay(statusDates.start);
  if (statusDates.end !== undefined) attributes['data-status-end'] = toIsoDay(statusDates.end);
  return attributes;
}
