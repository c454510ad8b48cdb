import { describe, expect, it } from 'vitest';
import { fromParts, parseCalendarDate, type CalendarDate } from '../dates';
import { dateInWords, dayName, formatDateLong, formatDateWithDay, monthName } from './date-words';

const d = (s: string): CalendarDate => {
  const v = parseCalendarDate(s);
  if (v === undefined) throw new Error(s);
  return v;
};

describe('Indonesian date wording', () => {
  it('writes the Berita Acara date in words', () => {
    expect(dateInWords(d('2026-03-23'))).toBe('Senin, tanggal dua puluh tiga bulan Maret tahun dua ribu dua puluh enam');
    expect(dateInWords(d('2025-08-01'))).toBe('Jumat, tanggal satu bulan Agustus tahun dua ribu dua puluh lima');
    expect(dateInWords(d('2026-12-11'))).toBe('Jumat, tanggal sebelas bulan Desember tahun dua ribu dua puluh enam');
  });

  it('names every day of a known week, Monday 23 March 2026 to Sunday 29 March', () => {
    const names = [23, 24, 25, 26, 27, 28, 29].map((day) => dayName(fromParts(2026, 3, day)));
    expect(names).toEqual(['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu']);
  });

  it('formats letter dates without a leading zero', () => {
    expect(formatDateLong(d('2026-03-23'))).toBe('23 Maret 2026');
    expect(formatDateLong(d('2026-01-05'))).toBe('5 Januari 2026');
    expect(formatDateWithDay(d('2025-08-18'))).toBe('Senin, 18 Agustus 2025');
  });

  it('names all twelve months and rejects the rest', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual([
      'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
    ]);
    for (const bad of [0, 13, 1.5, -1]) expect(() => monthName(bad)).toThrow(/bulan harus bilangan bulat 1 sampai 12/);
  });
});
