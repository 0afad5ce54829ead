import { axisX, isOnAxis } from '../pictures/today-marker';
import { formatDay, localDay, parseDay, toIsoDay } from '../day';
import { STATUS_LABELS, statusOn } from '../status-of-day';

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

/**
 * Moves each timeline's "today" marker (components/pictures/ProjectsTimeline.tsx) to the
 * day the page is read, by the axis dates the picture carries; a day off the axis hides it.
 */
export function moveTodayMarkers(root: ParentNode, today: number): void {
  for (const svg of root.querySelectorAll<SVGSVGElement>('svg[data-axis-start][data-axis-end]')) {
    const marker = svg.querySelector<SVGGElement>('[data-today-marker]');
    const start = parseDay(svg.dataset.axisStart);
    const end = parseDay(svg.dataset.axisEnd);
    if (!marker || start === undefined || end === undefined || marker.dataset.todayMarker === toIsoDay(today)) continue;
    marker.dataset.todayMarker = toIsoDay(today);
    const onAxis = isOnAxis(today, start, end);
    // The picture's description names the marked day too; it must not keep the build's.
    const description = svg.querySelector('desc');
    if (description) {
      const sentence = onAxis ? `The marked day is ${formatDay(today)}.` : `Today, ${formatDay(today)}, is outside the period shown.`;
      description.textContent = (description.textContent ?? '').replace(/The marked day is [^.]*\.$/, sentence);
    }
    if (!onAxis) {
      marker.setAttribute('visibility', 'hidden');
      continue;
    }
    const width = svg.viewBox.baseVal.width;
    const x = String(axisX(today, start, end, width));
    for (const line of marker.querySelectorAll('line')) {
      line.setAttribute('x1', x);
      line.setAttribute('x2', x);
    }
    const label = marker.querySelector('text');
    label?.setAttribute('x', x);
    label?.setAttribute('text-anchor', Number(x) > width - 40 ? 'end' : 'middle');
  }
}

const today = localDay(new Date());
correctStatuses(document, today);
moveTodayMarkers(document, today);
