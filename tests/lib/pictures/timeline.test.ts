// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ProjectDate } from '@/lib/content';
import { MAX_ROWS, TIMELINE, timelineLayout, type TimelineItem } from '@/lib/pictures/timeline';

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
    expect(old.ticks.map((tick) => tick.year)).toEqual([2005, 2010, 2015, 2020, 2025]);
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
