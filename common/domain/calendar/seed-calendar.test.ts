import { describe, expect, it } from 'vitest';
import { dayOfWeek, parseCalendarDate, type CalendarDate } from '../dates';
import { holidayCalendarDocumentSchema } from './document';
import { seedCalendarDocument } from './seed-calendar';
import { createWorkingDayCalendar, describeDay, isWorkingDay } from './working-days';

// The official lists, copied independently from DOMAIN.md so a slip in the seed shows up here.
const official = {
  '2025': {
    holidays: ['01-01', '01-27', '01-29', '03-29', '03-31', '04-01', '04-18', '04-20', '05-01', '05-12', '05-29', '06-01', '06-06', '06-27', '08-17', '09-05', '12-25'],
    collectiveLeave: ['01-28', '03-28', '04-02', '04-03', '04-04', '04-07', '05-13', '05-30', '06-09', '12-26', '08-18'],
  },
  '2026': {
    holidays: ['01-01', '01-16', '02-17', '03-19', '03-21', '03-22', '04-03', '04-05', '05-01', '05-14', '05-27', '05-31', '06-01', '06-16', '08-17', '08-25', '12-25'],
    collectiveLeave: ['02-16', '03-18', '03-20', '03-23', '03-24', '05-15', '05-28', '12-24'],
  },
} as const;

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};

const doc = holidayCalendarDocumentSchema.parse(seedCalendarDocument);
const calendar = createWorkingDayCalendar(doc);

describe('seed calendar (SKB 3 Menteri 2025 and 2026)', () => {
  it.each(['2025', '2026'] as const)('lists exactly the official days of %s', (year) => {
    const dates = (entries: readonly { date: string }[]): string[] => entries.map((e) => e.date).sort();
    const expected = (days: readonly string[]): string[] => days.map((md) => `${year}-${md}`).sort();
    expect(dates(doc.years[year]?.holidays ?? [])).toEqual(expected(official[year].holidays));
    expect(dates(doc.years[year]?.collectiveLeave ?? [])).toEqual(expected(official[year].collectiveLeave));
  });

  it('makes no listed day a working day, even on a site visit in a covered year', () => {
    for (const [year, lists] of Object.entries(official)) {
      for (const md of [...lists.holidays, ...lists.collectiveLeave]) {
        expect(isWorkingDay(calendar, d(`${year}-${md}`))).toEqual({ value: false, warnings: [] });
      }
    }
  });

  it('carries the 7 August 2025 amendment: Monday 18 August 2025 is cuti bersama', () => {
    const day = d('2025-08-18');
    expect(dayOfWeek(day)).toBe(1);
    expect(describeDay(calendar, day).value).toEqual({ kind: 'collective_leave', name: 'Proklamasi Kemerdekaan Republik Indonesia' });
    expect(calendar.daysOff.get(day)?.decree).toContain('Nomor 933 Tahun 2025');
  });

  it('names days by their occasion', () => {
    const name = (s: string): string | undefined => describeDay(calendar, d(s)).value.name;
    expect(name('2026-03-19')).toBe('Hari Suci Nyepi (Tahun Baru Saka 1948)');
    expect(name('2026-03-22')).toBe('Idulfitri 1447 Hijriah');
    expect(name('2026-05-31')).toBe('Hari Raya Waisak 2570 BE');
    expect(name('2025-04-20')).toBe('Kebangkitan Yesus Kristus (Paskah)');
    expect(name('2025-06-27')).toBe('1 Muharam Tahun Baru Islam 1447 Hijriah');
    expect(name('2026-12-24')).toBe('Kelahiran Yesus Kristus (Natal)');
  });

  it('survives a JSON round trip, as the server sends it', () => {
    expect(holidayCalendarDocumentSchema.parse(JSON.parse(JSON.stringify(seedCalendarDocument)))).toEqual(doc);
  });
});
