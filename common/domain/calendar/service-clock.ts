// The 30-working-day service level (DOMAIN.md, "Time: service level"): examination and approval
// must finish within 30 working days of the file reaching the Dinas. The day of receipt is day 0;
// the clock's first day is the next working day, and the deadline is the 30th working day after
// receipt — the last day on which the recommendation is still on time.
import { compareDates, type CalendarDate } from '../dates';
import { addWorkingDays, mergeWarnings, workingDaysBetween, type WithWarnings, type WorkingDayCalendar } from './working-days';

export const SERVICE_LEVEL_WORKING_DAYS = 30;

function checkLimit(limit: number): void {
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new RangeError(`Batas waktu layanan harus bilangan bulat hari kerja, paling sedikit 1 (diterima: ${String(limit)})`);
  }
}

/** The last working day on which the service is on time: addWorkingDays(received, limit). */
export function serviceDeadline(calendar: WorkingDayCalendar, receivedDate: CalendarDate, limit = SERVICE_LEVEL_WORKING_DAYS): WithWarnings<CalendarDate> {
  checkLimit(limit);
  return addWorkingDays(calendar, receivedDate, limit);
}

export interface ServiceClock {
  readonly deadline: CalendarDate;
  /** Working days elapsed in (received, today]; 0 when today is not after receipt. */
  readonly workingDaysUsed: number;
  /** limit − used: 0 on the deadline itself, negative by the working days overdue. */
  readonly workingDaysLeft: number;
  /** Today is after the deadline (also on a weekend following it, when `left` still reads 0). */
  readonly overdue: boolean;
}

export function serviceClock(
  calendar: WorkingDayCalendar,
  receivedDate: CalendarDate,
  today: CalendarDate,
  limit = SERVICE_LEVEL_WORKING_DAYS,
): WithWarnings<ServiceClock> {
  const deadline = serviceDeadline(calendar, receivedDate, limit);
  // A file dated after today (a clock set wrong, a typo) has used nothing yet, rather than
  // gaining extra days.
  const used = compareDates(today, receivedDate) > 0 ? workingDaysBetween(calendar, receivedDate, today) : { value: 0, warnings: [] };
  return {
    value: {
      deadline: deadline.value,
      workingDaysUsed: used.value,
      workingDaysLeft: limit - used.value,
      overdue: compareDates(today, deadline.value) > 0,
    },
    warnings: mergeWarnings(deadline.warnings, used.warnings),
  };
}

/** Working days left on the clock on `today`; see ServiceClock.workingDaysLeft. */
export function workingDaysLeft(
  calendar: WorkingDayCalendar,
  receivedDate: CalendarDate,
  today: CalendarDate,
  limit = SERVICE_LEVEL_WORKING_DAYS,
): WithWarnings<number> {
  const clock = serviceClock(calendar, receivedDate, today, limit);
  return { value: clock.value.workingDaysLeft, warnings: clock.warnings };
}
