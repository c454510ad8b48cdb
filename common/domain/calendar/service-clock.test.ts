import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromParts, parseCalendarDate, type CalendarDate } from '../dates';
import { holidayCalendarDocumentSchema } from './document';
import { seedCalendarDocument } from './seed-calendar';
import { SERVICE_LEVEL_WORKING_DAYS, serviceClock, serviceDeadline, workingDaysLeft } from './service-clock';
import { addWorkingDays, createWorkingDayCalendar, workingDaysBetween } from './working-days';

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};
const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));

describe('30-working-day service clock', () => {
  it('matches a deadline worked by hand across the Nyepi and Idulfitri 2026 cluster', () => {
    // Received Monday 16 March 2026. Day 1 is Tue 17 Mar; 18–24 Mar are Nyepi, Idulfitri and
    // their cuti bersama (with the weekend); 25 Mar–2 Apr are days 2–8; Fri 3 Apr is Wafat Yesus
    // Kristus; 6–30 Apr are days 9–27; Fri 1 May is Hari Buruh; 4, 5, 6 May are days 28–30.
    expect(serviceDeadline(calendar, d('2026-03-16'))).toEqual({ value: '2026-05-06', warnings: [] });
    expect(serviceDeadline(calendar, d('2026-03-16'), 1).value).toBe('2026-03-17');
    expect(serviceDeadline(calendar, d('2026-03-16'), 2).value).toBe('2026-03-25');
    expect(serviceDeadline(calendar, d('2026-03-16'), 8).value).toBe('2026-04-02');
    expect(serviceDeadline(calendar, d('2026-03-16'), 9).value).toBe('2026-04-06');
  });

  it('counts down the working days left', () => {
    const received = d('2026-03-16');
    const left = (today: string): number => workingDaysLeft(calendar, received, d(today)).value;
    expect(left('2026-03-16')).toBe(30);
    expect(left('2026-03-17')).toBe(29);
    expect(left('2026-03-24')).toBe(29); // the holidays do not run the clock
    expect(left('2026-03-25')).toBe(28);
    expect(left('2026-05-06')).toBe(0); // the last day
    expect(left('2026-05-07')).toBe(-1);
    expect(left('2026-03-10')).toBe(30); // a "today" before receipt uses nothing
  });

  it('is overdue only after the deadline, including the weekend right after it', () => {
    const clock = (today: string) => serviceClock(calendar, d('2026-03-16'), d(today)).value;
    expect(clock('2026-05-06')).toEqual({ deadline: '2026-05-06', workingDaysUsed: 30, workingDaysLeft: 0, overdue: false });
    // With a 13-day limit the deadline is Friday 10 Apr (day 13); the Saturday after it still
    // reads 0 left, but is past the deadline.
    const weekend = serviceClock(calendar, d('2026-03-16'), d('2026-04-11'), 13).value;
    expect(weekend).toEqual({ deadline: '2026-04-10', workingDaysUsed: 13, workingDaysLeft: 0, overdue: true });
  });

  it('agrees with the calendar on every working day of the clock and after it', () => {
    const date = fc
      .date({ min: new Date('2025-01-01T00:00:00Z'), max: new Date('2026-09-30T00:00:00Z'), noInvalidDate: true })
      .map((t) => fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 45 }), (received, k) => {
        const deadline = serviceDeadline(calendar, received).value;
        expect(workingDaysBetween(calendar, received, deadline).value).toBe(SERVICE_LEVEL_WORKING_DAYS);
        const today = addWorkingDays(calendar, received, k).value;
        const clock = serviceClock(calendar, received, today);
        expect(clock.value).toEqual({ deadline, workingDaysUsed: k, workingDaysLeft: SERVICE_LEVEL_WORKING_DAYS - k, overdue: k > SERVICE_LEVEL_WORKING_DAYS });
        expect(clock.warnings).toEqual([]);
      }),
    );
  });

  it('warns when the clock runs into a year the calendar does not cover', () => {
    const res = serviceClock(calendar, d('2026-12-01'), d('2027-01-05'));
    expect(res.warnings.map((w) => w.year)).toEqual([2027]);
    expect(serviceDeadline(calendar, d('2026-11-02')).warnings).toEqual([]);
  });

  it('rejects a limit that is not a positive whole number of days', () => {
    for (const bad of [0, -30, 2.5]) expect(() => serviceDeadline(calendar, d('2026-03-16'), bad)).toThrow(/paling sedikit 1/);
  });
});
