// Calendar dates without time zones. A date entered in Bontang (UTC+8) must be the same date in
// Jakarta, on the server, and in a PDF, so dates are 'YYYY-MM-DD' strings and all arithmetic is
// done on the proleptic Gregorian calendar in UTC, never on local Date objects.
import { z } from 'zod';

declare const calendarDateBrand: unique symbol;
export type CalendarDate = string & { readonly [calendarDateBrand]: true };

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date if `text` is a real 'YYYY-MM-DD' date (2026-02-30 is not), otherwise undefined. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return text as CalendarDate;
}

export const calendarDateSchema = z
  .string()
  .refine((s) => parseCalendarDate(s) !== undefined, { error: 'Tanggal harus berformat TTTT-BB-HH dan ada di kalender' })
  .transform((s) => s as CalendarDate);

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function fromParts(year: number, month: number, day: number): CalendarDate {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = parseCalendarDate(text);
  if (date === undefined) throw new RangeError(`Not a calendar date: ${text}`);
  return date;
}

const toEpochDay = (d: CalendarDate): number => {
  const { year, month, day } = dateParts(d);
  return Date.UTC(year, month - 1, day) / 86_400_000;
};

const fromEpochDay = (n: number): CalendarDate => {
  const t = new Date(n * 86_400_000);
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
};

export const compareDates = (a: CalendarDate, b: CalendarDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const addDays = (d: CalendarDate, n: number): CalendarDate => fromEpochDay(toEpochDay(d) + n);
/** Days from a to b (negative when b is earlier). */
export const daysBetween = (a: CalendarDate, b: CalendarDate): number => toEpochDay(b) - toEpochDay(a);
/** 0 = Sunday … 6 = Saturday. */
export const dayOfWeek = (d: CalendarDate): number => (((toEpochDay(d) + 4) % 7) + 7) % 7;

/**
 * Adds calendar months. When the target month is shorter, the day is clamped to its last day:
 * 31 Jan + 1 month = 28 Feb (29 in leap years); 31 Aug + 1 month = 30 Sep. This is how people
 * count "six months from the 31st" and how Indonesian regulations are read in practice.
 */
export function addMonths(d: CalendarDate, n: number): CalendarDate {
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Whole calendar months from `from` to `to`: the largest m ≥ 0 with addMonths(from, m) ≤ to
 * (0 when `to` is before `from`). So 31 Jan → 28 Feb is one month, and 15 Jan → 14 Jul is five.
 */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) < 0) return 0;
  const a = dateParts(from);
  const b = dateParts(to);
  let m = (b.year - a.year) * 12 + (b.month - a.month);
  while (m > 0 && compareDates(addMonths(from, m), to) > 0) m -= 1;
  return m;
}

/** Today's date in a given UTC offset (Bontang is WITA, UTC+8), from an instant. */
export function dateInOffset(instant: Date, offsetMinutes: number): CalendarDate {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  return fromParts(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

export const WITA_OFFSET_MINUTES = 8 * 60;
