import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  createWorkingDayCalendar,
  holidayCalendarDocumentSchema,
  seedCalendarDocument,
  serviceClock,
  type CalendarDate,
} from '../../../common/domain';
import { clockView, deadlineBeforeFor, toneFor } from './clock';

const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));
const day = (d: string) => d as CalendarDate;

describe('toneFor', () => {
  it.each([
    [30, false, 'calm'],
    [11, false, 'calm'],
    [10, false, 'soon'],
    [6, false, 'soon'],
    [5, false, 'urgent'],
    [1, false, 'urgent'],
    [0, false, 'due'],
    [0, true, 'overdue'],
    [-3, true, 'overdue'],
  ] as const)('%i days left (overdue %s) → %s', (left, overdue, tone) => {
    expect(toneFor(left, overdue)).toBe(tone);
  });
});

describe('clockView', () => {
  it('counts from receipt with the holidays of the seed calendar', () => {
    // Received Mon 9 Mar 2026; Nyepi, Idulfitri and its cuti bersama (18–24 Mar) do not count.
    const view = clockView(calendar, day('2026-03-09'), 'in_verification', day('2026-03-30'));
    expect(view.left).toBe(30 - 10);
    expect(view.tone).toBe('calm');
    expect(view.uncertain).toBe(false);
  });

  it('stops once the recommendation is signed, however late', () => {
    expect(clockView(calendar, day('2026-01-05'), 'signed', day('2026-11-02')).tone).toBe('stopped');
    expect(clockView(calendar, day('2026-01-05'), 'approved', day('2026-11-02')).tone).toBe('overdue');
  });

  it('flags a count that crosses a year the calendar does not cover', () => {
    expect(clockView(calendar, day('2026-12-01'), 'received', day('2027-01-20')).uncertain).toBe(true);
  });
});

describe('deadlineBeforeFor', () => {
  const dates = fc.integer({ min: 0, max: 700 }).map((n) => addDays(day('2025-01-01'), n));

  it('is nothing for "all"', () => {
    expect(deadlineBeforeFor('all', calendar, day('2026-03-30'))).toBeUndefined();
  });

  it.each([
    ['within5', 5],
    ['within10', 10],
  ] as const)('%s keeps exactly the files with at most %i working days left', (filter, n) => {
    fc.assert(
      fc.property(dates, dates, (received, today) => {
        const clock = serviceClock(calendar, received, today).value;
        const before = deadlineBeforeFor(filter, calendar, today);
        if (before === undefined) throw new Error('a bound was expected');
        expect(compareDates(clock.deadline, before) < 0).toBe(clock.workingDaysLeft <= n);
      }),
      { numRuns: 400 },
    );
  });

  it('"overdue" keeps exactly the files the clock calls overdue', () => {
    fc.assert(
      fc.property(dates, dates, (received, today) => {
        const clock = serviceClock(calendar, received, today).value;
        const before = deadlineBeforeFor('overdue', calendar, today);
        if (before === undefined) throw new Error('a bound was expected');
        expect(compareDates(clock.deadline, before) < 0).toBe(clock.overdue);
      }),
      { numRuns: 400 },
    );
  });
});
