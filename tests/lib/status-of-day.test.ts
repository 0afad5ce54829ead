import { describe, expect, it } from 'vitest';
import { parseDay } from '@/lib/day';
import { statusOn } from '@/lib/status-of-day';

const day = (iso: string) => parseDay(iso)!;

describe('statusOn', () => {
  const upper = { start: day('2023-01-01'), end: day('2026-12-31') };

  it('is planned before the start, ongoing to the last day, completed the day after', () => {
    expect(statusOn(upper, day('2022-12-31'))).toBe('planned');
    expect(statusOn(upper, day('2023-01-01'))).toBe('ongoing');
    expect(statusOn(upper, day('2026-12-31'))).toBe('ongoing');
    expect(statusOn(upper, day('2027-01-01'))).toBe('completed');
  });

  it('cannot tell once started without an end, and needs no start to tell from an end', () => {
    expect(statusOn({ start: day('2021-10-01') }, day('2021-09-30'))).toBe('planned');
    expect(statusOn({ start: day('2021-10-01') }, day('2026-12-15'))).toBeUndefined();
    expect(statusOn({ end: day('2025-06-30') }, day('2025-06-30'))).toBe('ongoing');
    expect(statusOn({ end: day('2025-06-30') }, day('2025-07-01'))).toBe('completed');
    expect(statusOn({}, day('2025-07-01'))).toBeUndefined();
  });
});
