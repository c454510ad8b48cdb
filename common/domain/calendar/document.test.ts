import { describe, expect, it } from 'vitest';
import { holidayCalendarDocumentSchema, type HolidayCalendarDocumentInput } from './document';
import { loadWorkingDayCalendar } from './working-days';

const base = (): HolidayCalendarDocumentInput => ({
  version: 2,
  issuedAt: '2026-10-01',
  years: {
    '2027': {
      holidays: [
        { date: '2027-01-01', name: 'Tahun Baru 2027 Masehi' },
        { date: '2027-08-17', name: 'Proklamasi Kemerdekaan Republik Indonesia' },
      ],
      collectiveLeave: [{ date: '2027-12-24', name: 'Kelahiran Yesus Kristus (Natal)' }],
    },
  },
});

const problems = (doc: unknown): readonly string[] => {
  const r = loadWorkingDayCalendar(doc);
  return r.ok ? [] : r.problems;
};

describe('holiday calendar document', () => {
  it('accepts a sound document, weekend holidays included', () => {
    // 2027-08-17 is a Tuesday; add a Sunday holiday as well: it must not be an error.
    const doc = base();
    doc.years['2027']?.holidays.push({ date: '2027-03-28', name: 'Kebangkitan Yesus Kristus (Paskah)' });
    expect(holidayCalendarDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('rejects a date listed under the wrong year', () => {
    const doc = base();
    doc.years['2027']?.holidays.push({ date: '2028-01-01', name: 'Tahun Baru 2028 Masehi' });
    expect(problems(doc)).toEqual(['years.2027.holidays.2.date: Tanggal 2028-01-01 tidak termasuk tahun 2027']);
  });

  it('rejects a date listed twice, within a list or across both', () => {
    const doc = base();
    doc.years['2027']?.holidays.push({ date: '2027-01-01', name: 'Lagi' });
    doc.years['2027']?.collectiveLeave.push({ date: '2027-08-17', name: 'Proklamasi' });
    expect(problems(doc)).toEqual([
      'years.2027.holidays.2.date: Tanggal 2027-01-01 tercantum lebih dari sekali (sudah ada sebagai "Tahun Baru 2027 Masehi")',
      'years.2027.collectiveLeave.1.date: Tanggal 2027-08-17 tercantum lebih dari sekali (sudah ada sebagai "Proklamasi Kemerdekaan Republik Indonesia")',
    ]);
  });

  it('rejects impossible dates, blank names, empty years and bad keys', () => {
    const badDate = base();
    badDate.years['2027']?.holidays.push({ date: '2027-02-29', name: 'Tidak ada' });
    expect(problems(badDate)).toHaveLength(1);

    const blank = base();
    blank.years['2027']?.holidays.push({ date: '2027-05-01', name: '  ' });
    expect(problems(blank)).toEqual(['years.2027.holidays.2.name: Nama hari libur wajib diisi']);

    expect(problems({ ...base(), years: { '2027': { holidays: [], collectiveLeave: [] } } })).toEqual([
      'years.2027.holidays: Daftar hari libur nasional tahun ini kosong',
    ]);
    expect(problems({ ...base(), years: {} })).toEqual(['years: Kalender harus memuat sedikitnya satu tahun']);
    expect(problems({ ...base(), years: { '27': base().years['2027'] } })).toEqual(['years.27: Kunci tahun "27" harus empat angka, misalnya "2026"']);
    expect(problems({ ...base(), version: 0 })).toHaveLength(1);
    expect(problems('kalender')).toHaveLength(1);
  });

  it('builds a calendar from a valid document', () => {
    const r = loadWorkingDayCalendar(base());
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect([...r.calendar.coveredYears]).toEqual([2027]);
      expect(r.calendar.version).toBe(2);
      expect(r.calendar.daysOff.size).toBe(3);
    }
  });
});
