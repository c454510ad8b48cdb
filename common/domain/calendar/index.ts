// Working-day calendar: holidays and cuti bersama as a replaceable document, and the 30-working-day
// service clock computed from it.
export { holidayCalendarDocumentSchema, type HolidayCalendarDocument, type HolidayCalendarDocumentInput } from './document';
export { seedCalendarDocument } from './seed-calendar';
export {
  addWorkingDays,
  createWorkingDayCalendar,
  describeDay,
  isWorkingDay,
  loadWorkingDayCalendar,
  mergeWarnings,
  workingDaysBetween,
  type CalendarWarning,
  type DayKind,
  type DayOff,
  type LoadCalendarResult,
  type WithWarnings,
  type WorkingDayCalendar,
} from './working-days';
export { SERVICE_LEVEL_WORKING_DAYS, serviceClock, serviceDeadline, workingDaysLeft, type ServiceClock } from './service-clock';
