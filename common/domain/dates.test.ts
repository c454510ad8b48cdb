import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, calendarDateSchema, dateInOffset, dayOfWeek, daysBetween, fromParts, monthsBetween, parseCalendarDate, type CalendarDate } from './dates';

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};
const arbDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((t) => fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));

describe('calendar dates', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(parseCalendarDate('2024-02-29')).toBe('2024-02-29');
    for (const bad of ['2025-02-29', '2026-13-01', '2026-04-31', '2026-4-1', '26-04-01', '2026-04-01T00:00', '']) {
      expect(parseCalendarDate(bad)).toBeUndefined();
    }
    expect(calendarDateSchema.safeParse('2026-02-30').success).toBe(false);
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    expect(addMonths(d('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2025-08-31'), 1)).toBe('2025-09-30');
    expect(addMonths(d('2025-08-31'), 6)).toBe('2026-02-28');
    expect(addMonths(d('2026-03-31'), -1)).toBe('2026-02-28');
    expect(addMonths(d('2025-12-15'), 1)).toBe('2026-01-15');
  });

  it('counts whole months consistently with addMonths', () => {
    expect(monthsBetween(d('2026-01-31'), d('2026-02-28'))).toBe(1);
    expect(monthsBetween(d('2026-01-15'), d('2026-07-14'))).toBe(5);
    expect(monthsBetween(d('2026-01-15'), d('2026-07-15'))).toBe(6);
    expect(monthsBetween(d('2025-08-31'), d('2026-02-28'))).toBe(6);
    expect(monthsBetween(d('2026-05-01'), d('2026-04-01'))).toBe(0);
    fc.assert(
      fc.property(arbDate, arbDate, (a, b) => {
        const m = monthsBetween(a, b);
        if (b < a) return m === 0;
        return addMonths(a, m) <= b && addMonths(a, m + 1) > b;
      }),
    );
  });

  it('adds days across years and knows the weekday', () => {
    expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(dayOfWeek(d('2026-03-23'))).toBe(1); // a Monday
    expect(dayOfWeek(d('2026-11-28'))).toBe(6); // a Saturday
    fc.assert(fc.property(arbDate, fc.integer({ min: -5000, max: 5000 }), (a, n) => daysBetween(a, addDays(a, n)) === n));
  });

  it('takes the date in Bontang time, not the machine zone', () => {
    expect(dateInOffset(new Date('2026-03-22T17:30:00Z'), 480)).toBe('2026-03-23');
    expect(dateInOffset(new Date('2026-03-22T15:30:00Z'), 480)).toBe('2026-03-22');
  });
});
