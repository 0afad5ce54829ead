import { describe, expect, it } from 'vitest';
import { formatDay, localDay, parseDay, statusOn, utcDay } from '@/lib/status-of-day';

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

describe('days', () => {
  it('reads and writes YYYY-MM-DD, refusing days not on the calendar', () => {
    expect(formatDay(day('2024-02-29'))).toBe('2024-02-29');
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay('2023-02')).toBeUndefined();
    expect(parseDay(undefined)).toBeUndefined();
  });

  it('takes the UTC day of a build date and the calendar day on the visitor’s clock', () => {
    expect(utcDay(new Date('2026-12-31T23:59:00Z'))).toBe(day('2026-12-31'));
    const lateEvening = new Date(2026, 11, 31, 23, 30);
    expect(localDay(lateEvening)).toBe(day('2026-12-31'));
  });
});
