import { utcDay, type ProjectDate } from '@/lib/day';
import { plural } from '../text';
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
}

export interface TimelineLayout {
  width: number;
  height: number;
  /** The first and last instants of the axis (1 January of its first and after its last year). */
  axisStart: Date;
  axisEnd: Date;
  /** One tick per labelled year. */
  ticks: Array<{ year: number; x: number }>;
  /** Where the day the site was built for falls. */
  today: { date: Date; x: number };
  bars: TimelineBar[];
  /** Items with no date at all: listed apart, never drawn. */
  undated: TimelineItem[];
  /** True when there were too many items for a row each, and rows are cohorts by start year. */
  grouped: boolean;
}

/**
 * The viewBox width and the rows' rhythm, in viewBox units. Narrow, so that text stays
 * readable on a phone (12 units show as about 10 px at 375 px wide); the page caps its
 * width on wide screens so text never grows past about 17 px.
 */
export const TIMELINE = { width: 400, row: 30, bar: 10, axis: 26, top: 28, labelSize: 12 } as const;

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

  const bars = rows.map((item, index): TimelineBar => ({
    label: item.title,
    y: TIMELINE.top + index * TIMELINE.row,
    x1: item.start ? x(item.start.date) : 0,
    x2: item.end ? x(lastInstant(item.end)) : TIMELINE.width,
    openStart: !item.start,
    openEnd: !item.end,
    item,
  }));

  const yearCount = lastYear - firstYear + 1;
  const every = yearCount <= 12 ? 1 : yearCount <= 30 ? 5 : 10;
  const ticks: TimelineLayout['ticks'] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    if (year % every === 0) ticks.push({ year, x: x(new Date(Date.UTC(year, 0, 1))) });
  }
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
