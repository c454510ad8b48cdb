// Working days (hari kerja): Monday to Friday, minus national holidays and cuti bersama from the
// published calendar document. For a year the document does not cover, only weekends are
// non-working, and every answer that looked at such a year says so in its warnings: a deadline
// that may be a few days off must never look as certain as one computed from the decree.
import { addDays, compareDates, dateParts, dayOfWeek, type CalendarDate } from '../dates';
import { holidayCalendarDocumentSchema, type HolidayCalendarDocument } from './document';

export interface DayOff {
  readonly date: CalendarDate;
  readonly kind: 'holiday' | 'collective_leave';
  readonly name: string;
  readonly decree?: string;
}

/** Built once from a validated document; treat as immutable. */
export interface WorkingDayCalendar {
  readonly version: number;
  readonly issuedAt: CalendarDate;
  readonly coveredYears: ReadonlySet<number>;
  readonly daysOff: ReadonlyMap<CalendarDate, DayOff>;
}

export interface CalendarWarning {
  readonly code: 'calendar_year_missing';
  readonly year: number;
  /** Indonesian, ready to show beside the figure it qualifies. */
  readonly message: string;
}

/** Every calendar answer: the value, and why it may be less certain than it looks. */
export interface WithWarnings<T> {
  readonly value: T;
  readonly warnings: readonly CalendarWarning[];
}

export function createWorkingDayCalendar(doc: HolidayCalendarDocument): WorkingDayCalendar {
  const daysOff = new Map<CalendarDate, DayOff>();
  for (const year of Object.values(doc.years)) {
    for (const h of year.holidays) daysOff.set(h.date, { date: h.date, kind: 'holiday', name: h.name });
    for (const c of year.collectiveLeave) {
      daysOff.set(c.date, { date: c.date, kind: 'collective_leave', name: c.name, ...(c.decree === undefined ? {} : { decree: c.decree }) });
    }
  }
  const coveredYears = new Set(Object.keys(doc.years).map(Number));
  return { version: doc.version, issuedAt: doc.issuedAt, coveredYears, daysOff };
}

export type LoadCalendarResult = { readonly ok: true; readonly calendar: WorkingDayCalendar } | { readonly ok: false; readonly problems: readonly string[] };

/** Validates a document from outside (server, file) and builds the calendar, or lists each problem. */
export function loadWorkingDayCalendar(input: unknown): LoadCalendarResult {
  const parsed = holidayCalendarDocumentSchema.safeParse(input);
  if (parsed.success) return { ok: true, calendar: createWorkingDayCalendar(parsed.data) };
  const problems = parsed.error.issues.map((i) => (i.path.length === 0 ? i.message : `${i.path.join('.')}: ${i.message}`));
  return { ok: false, problems };
}

const missingYearWarning = (year: number): CalendarWarning => ({
  code: 'calendar_year_missing',
  year,
  message: `Kalender hari libur tahun ${year} belum tersedia: hanya Sabtu dan Minggu yang dihitung sebagai hari libur, jadi hasil ini bisa meleset beberapa hari.`,
});

/** Collects the uncovered years a computation touched, once each, in order. */
class MissingYears {
  private readonly years = new Set<number>();
  constructor(private readonly calendar: WorkingDayCalendar) {}
  note(date: CalendarDate): void {
    const { year } = dateParts(date);
    if (!this.calendar.coveredYears.has(year)) this.years.add(year);
  }
  warnings(): CalendarWarning[] {
    return [...this.years].sort((a, b) => a - b).map(missingYearWarning);
  }
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'collective_leave';

function classify(calendar: WorkingDayCalendar, date: CalendarDate): { kind: DayKind; name?: string } {
  // A holiday on a Sunday is still named, so the UI can say why the day is off.
  const off = calendar.daysOff.get(date);
  if (off !== undefined) return { kind: off.kind, name: off.name };
  const dow = dayOfWeek(date);
  return { kind: dow === 0 || dow === 6 ? 'weekend' : 'working' };
}

/** What kind of day `date` is, with the holiday's name where it has one. */
export function describeDay(calendar: WorkingDayCalendar, date: CalendarDate): WithWarnings<{ kind: DayKind; name?: string }> {
  const missing = new MissingYears(calendar);
  missing.note(date);
  return { value: classify(calendar, date), warnings: missing.warnings() };
}

export function isWorkingDay(calendar: WorkingDayCalendar, date: CalendarDate): WithWarnings<boolean> {
  const { value, warnings } = describeDay(calendar, date);
  return { value: value.kind === 'working', warnings };
}

/**
 * The n-th working day after `date` (n ≥ 0; n = 0 gives `date` itself, whatever kind of day it
 * is). Inverse of workingDaysBetween: workingDaysBetween(d, addWorkingDays(d, n)) = n.
 */
export function addWorkingDays(calendar: WorkingDayCalendar, date: CalendarDate, n: number): WithWarnings<CalendarDate> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Jumlah hari kerja harus bilangan bulat 0 atau lebih (diterima: ${String(n)})`);
  const missing = new MissingYears(calendar);
  let current = date;
  for (let left = n; left > 0; ) {
    current = addDays(current, 1);
    missing.note(current);
    if (classify(calendar, current).kind === 'working') left -= 1;
  }
  return { value: current, warnings: missing.warnings() };
}

/**
 * The number of working days d with a < d ≤ b: the start day is excluded and the end day
 * included, the way a clock counts days elapsed since a file arrived. Equal dates give 0; when
 * b is before a the result is minus the count for (b, a], so swapping the arguments negates it
 * and counts add up: between(a, b) + between(b, c) = between(a, c).
 */
export function workingDaysBetween(calendar: WorkingDayCalendar, a: CalendarDate, b: CalendarDate): WithWarnings<number> {
  if (compareDates(b, a) < 0) {
    const reverse = workingDaysBetween(calendar, b, a);
    // No -0: callers compare counts with ===/Object.is and print them.
    return { value: reverse.value === 0 ? 0 : -reverse.value, warnings: reverse.warnings };
  }
  const missing = new MissingYears(calendar);
  let count = 0;
  for (let d = a; compareDates(d, b) < 0; ) {
    d = addDays(d, 1);
    missing.note(d);
    if (classify(calendar, d).kind === 'working') count += 1;
  }
  return { value: count, warnings: missing.warnings() };
}

/** Warnings from several answers, each year once. */
export function mergeWarnings(...lists: (readonly CalendarWarning[])[]): CalendarWarning[] {
  const byYear = new Map<number, CalendarWarning>();
  for (const w of lists.flat()) byYear.set(w.year, w);
  return [...byYear.values()].sort((x, y) => x.year - y.year);
}
