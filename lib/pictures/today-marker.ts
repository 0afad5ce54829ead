/**
 * Where "today" stands on a timeline's axis: the one rule for the build (lib/pictures/
 * timeline.ts) and for the `status` enhancement, which moves the marker to the day the
 * page is read. Pure, with no imports, so the module bundles it for a few bytes.
 */

/** The x of a day on an axis from `axisStart` to `axisEnd` (timestamps) drawn `width` wide, to 0.1. */
export function axisX(day: number, axisStart: number, axisEnd: number, width: number): number {
  return Math.round(((day - axisStart) / (axisEnd - axisStart)) * width * 10) / 10;
}

/** Whether a day falls on the axis at all: a page read years later has today off its end. */
export function isOnAxis(day: number, axisStart: number, axisEnd: number): boolean {
  return day >= axisStart && day < axisEnd;
}
