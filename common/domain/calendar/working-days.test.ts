import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween, fromParts, parseCalendarDate, type CalendarDate } from '../dates';
import { holidayCalendarDocumentSchema } from './document';
import { seedCalendarDocument } from './seed-calendar';
import { addWorkingDays, createWorkingDayCalendar, describeDay, isWorkingDay, mergeWarnings, workingDaysBetween } from './working-days';

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};
const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));

const dateBetween = (from: string, to: string): fc.Arbitrary<CalendarDate> =>
  fc
    .date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true })
    .map((t) => fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));

// Around the data (2024 and 2027 are not covered), and far outside it.
const nearData = dateBetween('2024-06-01', '2027-06-30');
const outsideData = dateBetween('2030-01-01', '2040-12-31');
const years = (ws: readonly { year: number }[]): number[] => ws.map((w) => w.year);

describe('working days', () => {
  it('adding N working days then counting the days between gives N', () => {
    for (const dates of [nearData, outsideData]) {
      fc.assert(
        fc.property(dates, fc.integer({ min: 0, max: 300 }), (start, n) => {
          const end = addWorkingDays(calendar, start, n).value;
          expect(workingDaysBetween(calendar, start, end).value).toBe(n);
          if (n > 0) expect(isWorkingDay(calendar, end).value).toBe(true);
        }),
      );
    }
  });

  it('counts are antisymmetric and add up over consecutive spans', () => {
    fc.assert(
      fc.property(nearData, nearData, nearData, (a, b, c) => {
        const between = (x: CalendarDate, y: CalendarDate): number => workingDaysBetween(calendar, x, y).value;
        expect(between(b, a)).toBe(0 - between(a, b));
        expect(between(a, b) + between(b, c)).toBe(between(a, c));
      }),
    );
  });

  it('never makes a Saturday or Sunday a working day', () => {
    fc.assert(
      fc.property(fc.oneof(nearData, outsideData), (date) => {
        const saturday = addDays(date, 6 - dayOfWeek(date));
        expect(dayOfWeek(saturday)).toBe(6);
        expect(isWorkingDay(calendar, saturday).value).toBe(false);
        expect(isWorkingDay(calendar, addDays(saturday, 1)).value).toBe(false);
      }),
    );
  });

  it('names a holiday that falls on a Sunday rather than calling it a weekend', () => {
    expect(describeDay(calendar, d('2026-03-22')).value).toEqual({ kind: 'holiday', name: 'Idulfitri 1447 Hijriah' });
    expect(describeDay(calendar, d('2026-03-28')).value).toEqual({ kind: 'weekend' });
    expect(describeDay(calendar, d('2026-03-25')).value).toEqual({ kind: 'working' });
  });

  it('steps over a holiday cluster: Friday 8 Aug 2025 + 6 skips 17 (Sunday) and 18 Aug (amendment)', () => {
    expect(addWorkingDays(calendar, d('2025-08-08'), 5)).toEqual({ value: '2025-08-15', warnings: [] });
    expect(addWorkingDays(calendar, d('2025-08-08'), 6)).toEqual({ value: '2025-08-19', warnings: [] });
    expect(addWorkingDays(calendar, d('2025-08-16'), 0).value).toBe('2025-08-16');
    expect(workingDaysBetween(calendar, d('2026-03-17'), d('2026-03-25')).value).toBe(1);
  });

  it('follows the data it is given: without the amendment, 18 Aug 2025 is a working day', () => {
    const before = structuredClone(seedCalendarDocument);
    before.years['2025'].collectiveLeave = before.years['2025'].collectiveLeave.filter((c) => c.date !== '2025-08-18');
    const old = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(before));
    expect(addWorkingDays(old, d('2025-08-08'), 6).value).toBe('2025-08-18');
    expect(addWorkingDays(calendar, d('2025-08-08'), 6).value).toBe('2025-08-19');
  });

  it('outside the covered years counts weekends only, and says so', () => {
    const res = isWorkingDay(calendar, d('2027-01-01'));
    expect(res.value).toBe(true); // Surely a holiday in reality: exactly why the warning exists.
    expect(res.warnings).toEqual([
      {
        code: 'calendar_year_missing',
        year: 2027,
        message: 'Kalender hari libur tahun 2027 belum tersedia: hanya Sabtu dan Minggu yang dihitung sebagai hari libur, jadi hasil ini bisa meleset beberapa hari.',
      },
    ]);
    expect(years(addWorkingDays(calendar, d('2026-12-20'), 30).warnings)).toEqual([2027]);
    expect(years(workingDaysBetween(calendar, d('2024-12-01'), d('2027-02-01')).warnings)).toEqual([2024, 2027]);
    expect(years(workingDaysBetween(calendar, d('2027-02-01'), d('2024-12-01')).warnings)).toEqual([2024, 2027]);
    expect(addWorkingDays(calendar, d('2026-12-01'), 5).warnings).toEqual([]);
  });

  it('warns exactly when a day examined lies in an uncovered year', () => {
    fc.assert(
      fc.property(nearData, fc.integer({ min: 0, max: 120 }), (start, n) => {
        const { value: end, warnings } = addWorkingDays(calendar, start, n);
        const examined = Array.from({ length: daysBetween(start, end) }, (_, i) => addDays(start, i + 1));
        const uncovered = [...new Set(examined.map((x) => Number(x.slice(0, 4))).filter((y) => y !== 2025 && y !== 2026))];
        expect(years(warnings)).toEqual(uncovered);
      }),
    );
  });

  it('rejects a negative or fractional count', () => {
    expect(() => addWorkingDays(calendar, d('2026-03-16'), -1)).toThrow(/0 atau lebih/);
    expect(() => addWorkingDays(calendar, d('2026-03-16'), 1.5)).toThrow(/0 atau lebih/);
  });

  it('merges warnings one per year, in order', () => {
    const w = (year: number) => isWorkingDay(calendar, fromParts(year, 1, 4)).warnings;
    expect(years(mergeWarnings(w(2028), w(2024), w(2028), w(2025)))).toEqual([2024, 2028]);
  });
});
