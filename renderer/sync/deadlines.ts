// Deadlines of pulled applications, from the working-day calendar the server last published
// (kept in the sync state) or, until it has, the one shipped with the app.
import {
  createWorkingDayCalendar,
  holidayCalendarDocumentSchema,
  loadWorkingDayCalendar,
  seedCalendarDocument,
  serviceDeadline,
  type CalendarDate,
  type WorkingDayCalendar,
} from '../../common/domain';

const seed = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));

export function calendarOf(document: unknown): WorkingDayCalendar {
  if (document === undefined) return seed;
  const loaded = loadWorkingDayCalendar(document);
  return loaded.ok ? loaded.calendar : seed;
}

export const deadlineOf =
  (calendar: WorkingDayCalendar) =>
  (receivedAt: CalendarDate): CalendarDate =>
    serviceDeadline(calendar, receivedAt).value;
