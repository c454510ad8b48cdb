// Nomor Induk Kependudukan: 16 digits, PPKKCC DDMMYY SSSS.
//   PP province, KK kabupaten/kota, CC kecamatan (none of them 00);
//   DDMMYY date of birth, with 40 added to the day for women (so 41–71 is a woman's 1–31);
//   SSSS serial within that kecamatan and birth date, from 0001.
// The birth year has two digits, so a date is real if it exists in 19YY or 20YY: 29 Feb of
// YY = 00 is real (2000 was a leap year), 29 Feb of YY = 01 is not.
import { daysInMonth, isLeapYear } from './dates';

export const nikInvalidReasons = ['empty', 'not_digits', 'wrong_length', 'invalid_region', 'invalid_birth_date', 'invalid_serial'] as const;
export type NikInvalidReason = (typeof nikInvalidReasons)[number];

export interface ParsedNik {
  /** The 16 digits, without the spaces people sometimes type between groups. */
  readonly nik: string;
  readonly provinceCode: string;
  /** Digits 1–4, e.g. 6474 for Kota Bontang. */
  readonly kabKotaCode: string;
  /** Digits 1–6. */
  readonly kecamatanCode: string;
  readonly female: boolean;
  /** Day of birth with the +40 for women removed. */
  readonly birthDay: number;
  readonly birthMonth: number;
  /** Two-digit year as written (the century is not in the number). */
  readonly birthYear2: number;
  readonly serial: number;
}

export type NikParseResult = { readonly ok: true; readonly value: ParsedNik } | { readonly ok: false; readonly reason: NikInvalidReason };

const fail = (reason: NikInvalidReason): NikParseResult => ({ ok: false, reason });

const isRealBirthDate = (day: number, month: number, year2: number): boolean => {
  if (month < 1 || month > 12 || day < 1) return false;
  // Only February depends on the year; either century will do (see the header).
  if (month === 2 && day === 29) return isLeapYear(1900 + year2) || isLeapYear(2000 + year2);
  return day <= daysInMonth(2001, month);
};

/** Checks a NIK as written in a list; whitespace between digit groups is tolerated. */
export function parseNik(raw: string): NikParseResult {
  const nik = raw.replace(/\s+/g, '');
  if (nik === '') return fail('empty');
  if (!/^\d+$/.test(nik)) return fail('not_digits');
  if (nik.length !== 16) return fail('wrong_length');
  const digits = (from: number, to: number): number => Number(nik.slice(from, to));
  if (digits(0, 2) === 0 || digits(2, 4) === 0 || digits(4, 6) === 0) return fail('invalid_region');
  const rawDay = digits(6, 8);
  const female = rawDay > 40;
  const birthDay = female ? rawDay - 40 : rawDay;
  const birthMonth = digits(8, 10);
  const birthYear2 = digits(10, 12);
  if (!isRealBirthDate(birthDay, birthMonth, birthYear2)) return fail('invalid_birth_date');
  const serial = digits(12, 16);
  if (serial === 0) return fail('invalid_serial');
  return {
    ok: true,
    value: {
      nik,
      provinceCode: nik.slice(0, 2),
      kabKotaCode: nik.slice(0, 4),
      kecamatanCode: nik.slice(0, 6),
      female,
      birthDay,
      birthMonth,
      birthYear2,
      serial,
    },
  };
}
