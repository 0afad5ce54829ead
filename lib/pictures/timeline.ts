import { utcDay, type ProjectDate } from '@/lib/day';
import { plural } from '../text';
import { labelWidth } from './text';
import { axisX } from './today-marker';

/**
 * The timeline's geometry: projects as bars on one shared time axis, with a marker for
 * the day the site was built for. Pure functions, so the same content always draws the
 * same picture.
 */

/** Something with a period: a project (or, once grouped, a cohort of projects). */
export interface TimelineItem {
  title: string;
  start?: ProjectDate;
  end?: ProjectDate;
}

/** One bar, in viewBox units. */
export interface TimelineBar {
  label: string;
  /** Top of the row: the label sits at the top, the bar below it. */
  y: number;
  x1: number;
  x2: number;
  /** Began before anything the content says: drawn fading in from the axis's start. */
  openStart: boolean;
  /** No end is known: drawn running off the axis's end. */
  openEnd: boolean;
  /** The dates as written, or the cohort's size, for the text equivalent. */
  item: TimelineItem & { count?: number };
  /** Where the label is written, above the bar, on its plate. */
  placement: LabelPlacement;
}

/** A row's label: its anchor point, and the plate it sits on, in viewBox units. */
export interface LabelPlacement {
  x: number;
  /** The text's baseline. */
  y: number;
  anchor: 'start' | 'end';
  /**
   * A surface-coloured plate as wide as the label's generous width estimate: it hides the
   * grid lines and the today marker where they pass, wherever the `status` module moves
   * the marker to, so no line ever runs through a label.
   */
  plate: Box;
}

/** A labelled year: its line at `x`, its label from `label.x` to `label.x + label.width`. */
export interface Tick {
  year: number;
  x: number;
  label: { x: number; width: number; anchor: 'start' | 'end' };
}

/** A rectangle in viewBox units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The first and last instants of the axis (1 January of its first and after its last year). */
  axisStart: Date;
  axisEnd: Date;
  /** One tick per labelled year, with where its label is written (below the axis). */
  ticks: Tick[];
  /** Where the day the site was built for falls. */
  today: { date: Date; x: number };
  bars: TimelineBar[];
  /** Items with no date at all: listed apart, never drawn. */
  undated: TimelineItem[];
  /** True when there were too many items for a row each, and rows are cohorts by start year. */
  grouped: boolean;
}

/**
 * The viewBox width and the rows' rhythm, in viewBox units. A row is its label's band
 * (from just above the row's `y` to `labelBand` below) and then its bar (from `barOffset`), so a
 * label never meets a bar, an open end or another label. Narrow, so that text stays
 * readable on a phone (12 units show as about 10 px at 375 px wide); the page caps its
 * width on wide screens so text never grows past about 17 px.
 */
export const TIMELINE = { width: 400, row: 30, bar: 10, axis: 26, top: 28, labelSize: 12, labelBand: 15, barOffset: 16 } as const;

/**
 * Past this many dated items, one row each would make a picture too tall to take in (at
 * 1000 projects, twenty screens of bars); rows then show cohorts by start year instead,
 * which keeps the picture to one row per year however many projects there are.
 */
export const MAX_ROWS = 20;

const DAY = 24 * 60 * 60 * 1000;

/** The last instant a partial date covers: the end of its day, month or year. */
function lastInstant(date: ProjectDate): Date {
  const d = date.date;
  if (date.precision === 'year') return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  if (date.precision === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
  return new Date(d.getTime() + DAY);
}

/** Cohorts by start year (projects with only an end date form one more), each spanning its members. */
export function groupByStartYear(items: readonly TimelineItem[]): Array<TimelineItem & { count: number }> {
  const cohorts = new Map<number | 'unknown', TimelineItem[]>();
  for (const item of items) {
    const key = item.start ? item.start.date.getUTCFullYear() : 'unknown';
    cohorts.set(key, [...(cohorts.get(key) ?? []), item]);
  }
  const keys = [...cohorts.keys()].sort((a, b) => (a === 'unknown' ? -1 : b === 'unknown' ? 1 : a - b));
  return keys.map((key) => {
    const members = cohorts.get(key) ?? [];
    const starts = members.flatMap((member) => (member.start ? [member.start] : []));
    const ends = members.flatMap((member) => (member.end ? [member.end] : []));
    const earliest = starts.sort((a, b) => a.date.getTime() - b.date.getTime())[0];
    // One open-ended member leaves the whole cohort open-ended.
    const latest = ends.length === members.length ? ends.sort((a, b) => lastInstant(b).getTime() - lastInstant(a).getTime())[0] : undefined;
    const title = key === 'unknown' ? `Start not known: ${plural(members.length, 'project')}` : `Started in ${key}: ${plural(members.length, 'project')}`;
    return { title, start: earliest, end: latest, count: members.length };
  });
}

/**
 * A row's label: where its bar starts, or ending at the right edge when it would run off
 * it; on a plate from the top of the row to the end of its label band.
 */
function placeLabel(text: string, x1: number, y: number): LabelPlacement {
  const width = labelWidth(text, TIMELINE.labelSize);
  const anchor = x1 + width > TIMELINE.width ? 'end' : 'start';
  const x = anchor === 'end' ? TIMELINE.width : x1;
  return { x, y: y + TIMELINE.labelSize - 2, anchor, plate: { x: anchor === 'end' ? x - width : x, y: y - 1, width, height: TIMELINE.labelBand } };
}

/**
 * Lays out the items on one axis that runs from 1 January of the earliest year (a start,
 * an end or today) to the end of the latest. Each item with a date gets a row; an item
 * without a start runs in from the axis's start, one without an end runs off its end.
 */
export function timelineLayout(items: readonly TimelineItem[], today: Date): TimelineLayout {
  const dated = items.filter((item) => item.start || item.end);
  const undated = items.filter((item) => !item.start && !item.end);
  const grouped = dated.length > MAX_ROWS;
  const rows: Array<TimelineItem & { count?: number }> = grouped ? groupByStartYear(dated) : dated;

  const years = [today.getUTCFullYear()];
  for (const item of rows) {
    if (item.start) years.push(item.start.date.getUTCFullYear());
    if (item.end) years.push(item.end.date.getUTCFullYear());
  }
  const firstYear = Math.min(...years);
  const lastYear = Math.max(...years);
  const axisStart = new Date(Date.UTC(firstYear, 0, 1));
  const axisEnd = new Date(Date.UTC(lastYear + 1, 0, 1));
  const x = (date: Date) => axisX(date.getTime(), axisStart.getTime(), axisEnd.getTime(), TIMELINE.width);

  const bars = rows.map((item, index): TimelineBar => {
    const y = TIMELINE.top + index * TIMELINE.row;
    const x1 = item.start ? x(item.start.date) : 0;
    return {
      label: item.title,
      y,
      x1,
      x2: item.end ? x(lastInstant(item.end)) : TIMELINE.width,
      openStart: !item.start,
      openEnd: !item.end,
      item,
      placement: placeLabel(item.title, x1, y),
    };
  });

  // The first and the last year are always labelled, so the axis shows the whole span;
  // years between are labelled every 1, 5 or 10 where their label clears its neighbours.
  const yearCount = lastYear - firstYear + 1;
  const every = yearCount <= 12 ? 1 : yearCount <= 30 ? 5 : 10;
  const tick = (year: number): Tick => {
    const tickX = x(new Date(Date.UTC(year, 0, 1)));
    const width = labelWidth(String(year), TIMELINE.labelSize);
    // Right of its line, or ending at the axis's end when it would run off it.
    const label = tickX + 2 + width > TIMELINE.width ? { x: TIMELINE.width - width, width, anchor: 'end' as const } : { x: tickX + 2, width, anchor: 'start' as const };
    return { year, x: tickX, label };
  };
  const clear = (a: Tick, b: Tick) => a.label.x + a.label.width + 4 <= b.label.x;
  const last = tick(lastYear);
  const ticks: Tick[] = [tick(firstYear)];
  for (let year = firstYear + 1; year < lastYear; year++) {
    const candidate = tick(year);
    if (year % every === 0 && clear(ticks.at(-1)!, candidate) && clear(candidate, last)) ticks.push(candidate);
  }
  if (lastYear > firstYear) ticks.push(last);
  const day = new Date(utcDay(today));
  return {
    width: TIMELINE.width,
    height: TIMELINE.top + bars.length * TIMELINE.row + TIMELINE.axis,
    axisStart,
    axisEnd,
    ticks,
    today: { date: day, x: x(day) },
    bars,
    undated,
    grouped,
  };
}
