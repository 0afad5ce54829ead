import { localDay, parseDay, STATUS_LABELS, statusOn } from '../status-of-day';

/**
 * Keeps statuses right on the day the page is read. The build writes each status for its
 * own day, with the dates it was decided by in `data-status-start` and `data-status-end`
 * (components/status-attributes.ts); here the same rule (lib/status-of-day.ts) runs again
 * for the visitor's today. A status the dates can no longer decide is hidden rather than
 * left wrong.
 */
export function correctStatuses(root: ParentNode, today: number): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-status-start], [data-status-end]')) {
    const status = statusOn({ start: parseDay(element.dataset.statusStart), end: parseDay(element.dataset.statusEnd) }, today);
    const label = element.querySelector('dd');
    if (!status || !label) {
      element.hidden = true;
      continue;
    }
    // Only a changed word is written, so a page read on its build day is left untouched.
    if (label.textContent !== STATUS_LABELS[status]) label.textContent = STATUS_LABELS[status];
  }
}

correctStatuses(document, localDay(new Date()));
