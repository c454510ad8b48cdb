// Indonesian day and date wording for official documents. A Berita Acara opens with
// "Pada hari ini Senin, tanggal dua puluh tiga bulan Maret tahun dua ribu dua puluh enam";
// letters are dated "Bontang, 23 Maret 2026".
import { dateParts, dayOfWeek, type CalendarDate } from '../dates';
import { terbilang } from './terbilang';

// Indexed by dayOfWeek: 0 = Sunday. KBBI spelling ("Jumat", not "Jum'at").
const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

const MONTH_NAMES = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** "Senin" … "Minggu". */
export function dayName(date: CalendarDate): string {
  const name = DAY_NAMES[dayOfWeek(date)];
  if (name === undefined) throw new RangeError(`Hari tidak dikenal untuk tanggal ${date}`);
  return name;
}

/** Month name for 1–12 ("Januari" … "Desember"); RangeError otherwise. */
export function monthName(month: number): string {
  const name = Number.isInteger(month) ? MONTH_NAMES[month - 1] : undefined;
  if (name === undefined) throw new RangeError(`Bulan ${String(month)} tidak ada: bulan harus bilangan bulat 1 sampai 12`);
  return name;
}

/** "23 Maret 2026" — the day without a leading zero, as letters are dated. */
export function formatDateLong(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${String(day)} ${monthName(month)} ${String(year)}`;
}

/** "Senin, 23 Maret 2026". */
export function formatDateWithDay(date: CalendarDate): string {
  return `${dayName(date)}, ${formatDateLong(date)}`;
}

/**
 * "Senin, tanggal dua puluh tiga bulan Maret tahun dua ribu dua puluh enam": what a Berita Acara
 * says after "Pada hari ini". The month stays a name; day and year are spelled out.
 */
export function dateInWords(date: CalendarDate): string {
  const { year, month, day } = dateParts(date);
  return `${dayName(date)}, tanggal ${terbilang(day)} bulan ${monthName(month)} tahun ${terbilang(year)}`;
}
