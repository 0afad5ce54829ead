// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectDate } from '@/lib/content';
import { labelWidth } from '@/lib/pictures/text';
import { MAX_ROWS, TIMELINE, timelineLayout, type Box, type TimelineItem, type TimelineLayout } from '@/lib/pictures/timeline';

const day = (iso: string): ProjectDate => ({ date: new Date(`${iso}T00:00:00Z`), precision: 'day' });
const year = (value: number): ProjectDate => ({ date: new Date(Date.UTC(value, 0, 1)), precision: 'year' });
const today = new Date('2025-06-15T00:00:00Z');

describe('timelineLayout', () => {
  const items: TimelineItem[] = [
    { title: 'Dated', start: day('2023-01-01'), end: day('2026-12-31') },
    { title: 'Open-ended', start: year(2021) },
    { title: 'Undated' },
    { title: 'Only an end', end: day('2024-06-30') },
  ];
  const layout = timelineLayout(items, today);
  const bar = (title: string) => layout.bars.find((each) => each.label === title)!;
  const x = (iso: string) => ((Date.parse(`${iso}T00:00:00Z`) - Date.parse('2021-01-01T00:00:00Z')) / (Date.parse('2027-01-01T00:00:00Z') - Date.parse('2021-01-01T00:00:00Z'))) * TIMELINE.width;

  it('runs the axis from 1 January of the earliest year to the end of the latest', () => {
    expect(layout.axisStart.toISOString().slice(0, 10)).toBe('2021-01-01');
    expect(layout.axisEnd.toISOString().slice(0, 10)).toBe('2027-01-01');
    expect(layout.ticks.map((tick) => tick.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(layout.ticks[0]?.x).toBe(0);
  });

  it('draws a dated project from its first day to the end of its last', () => {
    expect(bar('Dated').x1).toBeCloseTo(x('2023-01-01'), 1);
    expect(bar('Dated').x2).toBeCloseTo(TIMELINE.width, 1);
    expect(bar('Dated')).toMatchObject({ openStart: false, openEnd: false });
  });

  it('runs a project without an end off the end of the axis, marked open', () => {
    expect(bar('Open-ended')).toMatchObject({ x1: 0, x2: TIMELINE.width, openStart: false, openEnd: true });
  });

  it('runs a project with only an end in from the start of the axis, marked open', () => {
    expect(bar('Only an end').x1).toBe(0);
    expect(bar('Only an end').x2).toBeCloseTo(x('2024-07-01'), 1);
    expect(bar('Only an end')).toMatchObject({ openStart: true, openEnd: false });
  });

  it('lists a project without dates apart, and draws no bar for it', () => {
    expect(layout.undated.map((item) => item.title)).toEqual(['Undated']);
    expect(layout.bars.map((each) => each.label)).toEqual(['Dated', 'Open-ended', 'Only an end']);
  });

  it('gives each bar its own row, one below the other', () => {
    expect(layout.bars.map((each) => each.y)).toEqual([0, 1, 2].map((row) => TIMELINE.top + row * TIMELINE.row));
    expect(layout.height).toBe(TIMELINE.top + 3 * TIMELINE.row + TIMELINE.axis);
  });

  it('marks the day it is built for', () => {
    expect(layout.today.date.toISOString().slice(0, 10)).toBe('2025-06-15');
    expect(layout.today.x).toBeCloseTo(x('2025-06-15'), 1);
  });

  it('keeps today on the axis when every project has ended long before', () => {
    const old = timelineLayout([{ title: 'Old', start: year(2002), end: year(2004) }], today);
    expect(old.axisEnd.getUTCFullYear()).toBe(2026);
    // The first and last years are labelled, whatever the step between (issue 21: the
    // axis of a project from 2002 began its labels at 2005).
    expect(old.ticks.map((tick) => tick.year)).toEqual([2002, 2005, 2010, 2015, 2020, 2025]);
    expect(old.today.x).toBeLessThan(TIMELINE.width);
  });
});

describe('timelineLayout with many projects', () => {
  // 1000 projects over ten start years, every tenth without an end.
  const many: TimelineItem[] = Array.from({ length: 1000 }, (_, index) => ({
    title: `Project ${index}`,
    start: year(2015 + (index % 10)),
    end: index % 10 === 3 ? undefined : year(2018 + (index % 10)),
  }));

  it(`groups rows by start year past ${MAX_ROWS} projects, so the picture keeps one row a year`, () => {
    const layout = timelineLayout(many, today);
    expect(layout.grouped).toBe(true);
    expect(layout.bars.map((bar) => bar.label)).toEqual(Array.from({ length: 10 }, (_, index) => `Started in ${2015 + index}: 100 projects`));
    const cohort2018 = layout.bars[3]!;
    expect(cohort2018).toMatchObject({ openEnd: true });
    expect(layout.bars[4]).toMatchObject({ openEnd: false });
    expect(layout.height).toBe(TIMELINE.top + 10 * TIMELINE.row + TIMELINE.axis);
  });

  it(`keeps a row per project up to ${MAX_ROWS}`, () => {
    const layout = timelineLayout(many.slice(0, MAX_ROWS), today);
    expect(layout.grouped).toBe(false);
    expect(layout.bars).toHaveLength(MAX_ROWS);
  });
});

/**
 * The geometry of a drawn timeline, as boxes in viewBox units: every label (on its plate),
 * every bar and open end, the today marker's label, and the year labels. What may not
 * overlap, does not; the marker's line runs beneath the plates (the component draws it
 * before them, tests/components/pictures/ProjectsTimeline.test.tsx), so the plates are
 * checked to hold their whole label wherever the marker stands.
 */
function geometryProblems(layout: TimelineLayout): string[] {
  const problems: string[] = [];
  const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const inside = (a: Box) => a.x >= 0 && a.x + a.width <= layout.width && a.y >= 0 && a.y + a.height <= layout.height;
  const font = TIMELINE.labelSize;
  const labels = layout.bars.map((bar) => {
    const width = labelWidth(bar.label, font);
    const { x, y, anchor, plate } = bar.placement;
    // The text's box: its estimated width, from its ascent (0.9 em) to its descent (0.25 em).
    const text: Box = { x: anchor === 'end' ? x - width : x, y: y - 0.9 * font, width, height: 1.15 * font };
    return { name: `label ${bar.label}`, text, plate };
  });
  const marks: Array<{ name: string; box: Box }> = layout.bars.flatMap((bar) => {
    const y = bar.y + TIMELINE.barOffset;
    const width = Math.max(bar.x2 - bar.x1, 2);
    // Bars and their open ends, with the dashes' round-off (half their stroke) around them.
    return [{ name: `bar ${bar.label}`, box: { x: bar.x1, y: y - 1, width, height: TIMELINE.bar + 2 } }];
  });
  const bottom = layout.height - TIMELINE.axis;
  const todayWidth = labelWidth('Today', font);
  const todayAnchorEnd = layout.today.x > layout.width - 40;
  const todayText: Box = { x: todayAnchorEnd ? layout.today.x - todayWidth : layout.today.x - todayWidth / 2, y: TIMELINE.top - 18 - 0.9 * font, width: todayWidth, height: 1.15 * font };
  const years = layout.ticks.map((tick) => ({ name: `year ${tick.year}`, box: { x: tick.label.x, y: bottom + 16 - 0.9 * font, width: tick.label.width, height: 1.15 * font } }));

  for (const [index, label] of labels.entries()) {
    const holds = label.plate.x <= label.text.x && label.plate.x + label.plate.width >= label.text.x + label.text.width && label.plate.y <= label.text.y && label.plate.y + label.plate.height >= label.text.y + label.text.height;
    if (!holds) problems.push(`${label.name}: its plate does not hold it`);
    if (!inside(label.plate)) problems.push(`${label.name} leaves the picture`);
    for (const other of labels.slice(index + 1)) if (overlap(label.plate, other.plate)) problems.push(`${label.name} overlaps ${other.name}`);
    for (const mark of [...marks, ...years, { name: 'the today label', box: todayText }]) {
      if (overlap(label.plate, mark.box)) problems.push(`${label.name} overlaps ${mark.name}`);
    }
  }
  for (const [index, year] of years.entries()) {
    if (!inside(year.box)) problems.push(`${year.name} leaves the picture`);
    for (const other of years.slice(index + 1)) if (overlap(year.box, other.box)) problems.push(`${year.name} overlaps ${other.name}`);
  }
  // The axis covers the real span: its first and last years are labelled, and hold every date.
  const first = layout.axisStart.getUTCFullYear();
  const last = layout.axisEnd.getUTCFullYear() - 1;
  if (layout.ticks[0]?.year !== first || layout.ticks.at(-1)?.year !== last) problems.push(`the axis is labelled ${layout.ticks[0]?.year}–${layout.ticks.at(-1)?.year}, not ${first}–${last}`);
  for (const bar of layout.bars) {
    for (const date of [bar.item.start, bar.item.end]) {
      if (date && (date.date < layout.axisStart || date.date >= layout.axisEnd)) problems.push(`${bar.label} has a date off the axis`);
    }
  }
  return problems;
}

describe('the timeline geometry (issue 21)', () => {
  // The listing of issue 21: a project from 2002 with no end, one of four years and one
  // that ends a few months after the day the site is built for.
  const three: TimelineItem[] = [
    { title: 'CIVITAS', start: year(2002) },
    { title: 'UPPER', start: day('2023-01-01'), end: day('2026-12-31') },
    { title: 'NetZeroCities', start: day('2021-10-01'), end: day('2025-09-30') },
  ];
  // 1000 projects starting from 1998 to 2031, with long titles, open ends and missing starts.
  const thousand: TimelineItem[] = Array.from({ length: 1000 }, (_, index) => ({
    title: `A project with a long title number ${index}`,
    start: index % 97 === 0 ? undefined : year(1998 + (index % 34)),
    end: index % 7 === 0 ? undefined : year(2001 + (index % 34)),
  }));
  // Days the marker can stand on, from before the axis's start to past its end, a season apart.
  const days = Array.from({ length: 4 * 40 }, (_, quarter) => new Date(Date.UTC(1995, quarter * 3, 15)));

  it('has no overlap and an axis over the real span at 3 projects, wherever today falls', () => {
    for (const day of days) expect(geometryProblems(timelineLayout(three, day)), day.toISOString()).toEqual([]);
    const layout = timelineLayout(three, new Date('2026-12-01T00:00:00Z'));
    expect([layout.axisStart.getUTCFullYear(), layout.axisEnd.getUTCFullYear() - 1]).toEqual([2002, 2026]);
    expect(layout.ticks.map((tick) => tick.year)).toEqual([2002, 2005, 2010, 2015, 2020, 2026]);
  });

  it('has no overlap and an axis over the real span at 1000 projects, wherever today falls', () => {
    for (const day of days) expect(geometryProblems(timelineLayout(thousand, day)), day.toISOString()).toEqual([]);
    const layout = timelineLayout(thousand, new Date('2026-12-01T00:00:00Z'));
    expect(layout.grouped).toBe(true);
    expect([layout.axisStart.getUTCFullYear(), layout.axisEnd.getUTCFullYear() - 1]).toEqual([1998, 2031]);
  });

  it('finds an overlap when a plate is moved onto a bar, so the check can fail', () => {
    const layout = timelineLayout(three, new Date('2026-12-01T00:00:00Z'));
    const moved = { ...layout, bars: layout.bars.map((bar, index) => (index === 0 ? { ...bar, placement: { ...bar.placement, plate: { ...bar.placement.plate, y: bar.y + TIMELINE.barOffset } } } : bar)) };
    expect(geometryProblems(moved)).toContain('label CIVITAS: its plate does not hold it');
    expect(geometryProblems(moved)).toContain('label CIVITAS overlaps bar CIVITAS');
  });
});
