import { toIsoDay, utcDay, type PartialDate } from '../day';
import type { ContentReader } from './reader';

/** How long facts may go unchecked before the check asks for a review. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The words of the review messages: a project's facts, or the accessibility statement. */
export interface ReviewWording {
  subject: string;
  checked: string;
  done: string;
  todo: string;
}

export const REVIEW_OF_FACTS: ReviewWording = {
  subject: 'the facts were',
  checked: 'checked',
  done: 'checked the facts against the sources',
  todo: 'check this file against its sources',
};

export const REVIEW_OF_STATEMENT: ReviewWording = {
  subject: 'the statement was',
  checked: 'reviewed',
  done: 'reviewed the statement',
  todo: 'review it against the site as it is now',
};

/**
 * Facts go stale: a review date more than a year old asks for a fresh check (a warning:
 * the facts are not known to be wrong), and one in the future is a typo.
 */
export function checkReviewed(
  reader: ContentReader,
  file: string,
  reviewed: PartialDate,
  line: number | undefined,
  reviewDay: Date,
  wording: ReviewWording = REVIEW_OF_FACTS,
) {
  const day = utcDay(reviewDay);
  const written = toIsoDay(reviewed.first);
  if (reviewed.first.getTime() > day + 24 * 60 * 60 * 1000) {
    reader.report({
      file,
      line,
      field: 'reviewed',
      message: `${written} is in the future; write the day you last ${wording.done}`,
    });
    return;
  }
  const due = Date.UTC(reviewDay.getUTCFullYear(), reviewDay.getUTCMonth() - REVIEW_INTERVAL_MONTHS, reviewDay.getUTCDate());
  if (reviewed.last.getTime() < due) {
    reader.warn({
      file,
      line,
      field: 'reviewed',
      message: `${wording.subject} last ${wording.checked} on ${written}, more than ${REVIEW_INTERVAL_MONTHS} months ago; ${wording.todo}, then set reviewed to that day`,
    });
  }
}
