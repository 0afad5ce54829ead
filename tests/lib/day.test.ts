import { describe, expect, it } from 'vitest';
import { localDay, parseDay, toIsoDay, utcDay } from '@/lib/day';

const day = (iso: string) => parseDay(iso)!;

describe('days', () => {
  it('reads and writes YYYY-MM-DD, refusing days not on the calendar', () => {
    expect(toIsoDay(day('2024-02-29'))).toBe('2024-02-29');
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
