import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth } from './dates';
import { sampleNik } from './fixtures';
import { nikInvalidReasons, parseNik, type NikInvalidReason } from './nik';

describe('parseNik', () => {
  it('reads region, sex and birth date of valid numbers', () => {
    expect(parseNik('6474022005830017')).toEqual({
      ok: true,
      value: { nik: '6474022005830017', provinceCode: '64', kabKotaCode: '6474', kecamatanCode: '647402', female: false, birthDay: 20, birthMonth: 5, birthYear2: 83, serial: 17 },
    });
    const woman = parseNik('6474015203840001');
    expect(woman.ok && woman.value.female && woman.value.birthDay === 12).toBe(true);
    expect(parseNik('6474016902880005').ok).toBe(true); // 29 Feb 1988, a woman
    expect(parseNik('6474012902000001').ok).toBe(true); // 29 Feb 2000
    expect(parseNik('6474017112990001').ok).toBe(true); // 31 Dec, a woman (71)
    expect(parseNik(' 6474 0220 0583 0017 ')).toMatchObject({ ok: true, value: { nik: '6474022005830017' } });
  });

  const invalid: [string, NikInvalidReason][] = [
    ['', 'empty'],
    ['   ', 'empty'],
    ['647402200583001X', 'not_digits'],
    ['6474-0220-0583-0017', 'not_digits'],
    ["'6474022005830017", 'not_digits'],
    ['647402200583001', 'wrong_length'],
    ['64740220058300170', 'wrong_length'],
    ['0074022005830017', 'invalid_region'],
    ['6400022005830017', 'invalid_region'],
    ['6474002005830017', 'invalid_region'],
    ['6474020005830017', 'invalid_birth_date'], // day 00
    ['6474023205830017', 'invalid_birth_date'], // day 32, neither a man's nor a woman's
    ['6474024005830017', 'invalid_birth_date'], // day 40
    ['6474027205830017', 'invalid_birth_date'], // woman's day 32
    ['6474021513830017', 'invalid_birth_date'], // month 13
    ['6474021500830017', 'invalid_birth_date'], // month 00
    ['6474023104830017', 'invalid_birth_date'], // 31 April
    ['6474022902010017', 'invalid_birth_date'], // 29 Feb 1901/2001
    ['6474026902830017', 'invalid_birth_date'], // a woman's 29 Feb 1983
    ['6474022005830000', 'invalid_serial'],
  ];
  it.each(invalid)('rejects %j as %s', (raw, reason) => {
    expect(parseNik(raw)).toEqual({ ok: false, reason });
  });

  it('has a test case for every reason', () => {
    expect(new Set(invalid.map(([, r]) => r))).toEqual(new Set(nikInvalidReasons));
  });

  it('round-trips every real birth date and serial', () => {
    const arb = fc
      .record({
        kec: fc.integer({ min: 1, max: 99 }),
        year: fc.integer({ min: 1930, max: 2025 }),
        month: fc.integer({ min: 1, max: 12 }),
        dayIndex: fc.nat(),
        female: fc.boolean(),
        serial: fc.integer({ min: 1, max: 9999 }),
      })
      .map((r) => ({ ...r, day: (r.dayIndex % daysInMonth(r.year, r.month)) + 1 }));
    fc.assert(
      fc.property(arb, ({ kec, year, month, day, female, serial }) => {
        const birth = `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const parsed = parseNik(sampleNik(`6474${String(kec).padStart(2, '0')}`, birth, female, serial));
        expect(parsed).toMatchObject({ ok: true, value: { kabKotaCode: '6474', female, birthDay: day, birthMonth: month, birthYear2: year % 100, serial } });
      }),
    );
  });
});
