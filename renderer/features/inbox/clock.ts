// The 30-working-day clock as the inbox shows it: how many working days are left, and a tone
// that darkens as they run out. Counting is the domain calendar's (serviceClock); this file only
// decides how the figure looks and which deadline a filter means.
import {
  addDays,
  addWorkingDays,
  serviceClock,
  type CalendarDate,
  type WorkflowState,
  type WorkingDayCalendar,
} from '../../../common/domain';

/** calm > 10 days left ≥ soon > 5 ≥ urgent ≥ 1; due on the last day; overdue after it. */
export type ClockTone = 'calm' | 'soon' | 'urgent' | 'due' | 'overdue' | 'stopped';

export interface ClockView {
  readonly tone: ClockTone;
  readonly deadline: CalendarDate;
  /** Working days left; negative by the working days overdue. */
  readonly left: number;
  /** The calendar does not cover a year the count crossed: the figure may be a few days off. */
  readonly uncertain: boolean;
}

/** Once the recommendation is signed the service has answered: the clock no longer runs. */
export const clockStopped = (state: WorkflowState): boolean => state === 'signed' || state === 'delivered';

export function toneFor(left: number, overdue: boolean): Exclude<ClockTone, 'stopped'> {
  if (overdue) return 'overdue';
  if (left <= 0) return 'due';
  if (left <= 5) return 'urgent';
  if (left <= 10) return 'soon';
  return 'calm';
}

export function clockView(calendar: WorkingDayCalendar, receivedAt: CalendarDate, state: WorkflowState, today: CalendarDate): ClockView {
  const clock = serviceClock(calendar, receivedAt, today);
  const { deadline, workingDaysLeft: left, overdue } = clock.value;
  return { tone: clockStopped(state) ? 'stopped' : toneFor(left, overdue), deadline, left, uncertain: clock.warnings.length > 0 };
}

export const deadlineFilters = ['all', 'overdue', 'within5', 'within10'] as const;
export type DeadlineFilter = (typeof deadlineFilters)[number];

/**
 * The inbox query's `deadlineBefore` for a filter. "At most N working days left" holds exactly
 * when the deadline is on or before the N-th working day after today (counted as serviceClock
 * counts), so the bound is the day after that one; overdue means the deadline is before today.
 */
export function deadlineBeforeFor(filter: DeadlineFilter, calendar: WorkingDayCalendar, today: CalendarDate): CalendarDate | undefined {
  switch (filter) {
    case 'all':
      return undefined;
    case 'overdue':
      return today;
    case 'within5':
      return addDays(addWorkingDays(calendar, today, 5).value, 1);
    case 'within10':
      return addDays(addWorkingDays(calendar, today, 10).value, 1);
  }
}
