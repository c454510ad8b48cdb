import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLetterNumber, letterNumberPatternSchema, nextSequence, parseLetterNumber, type LetterNumberPatternInput } from './letter-number';

const dinas = letterNumberPatternSchema.parse({ classification: '500.3', unitCode: 'DKUKMP' });

const problems = (input: LetterNumberPatternInput): string[] => {
  const r = letterNumberPatternSchema.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('letter number pattern', () => {
  it('formats the Dinas example with a three-digit sequence by default', () => {
    expect(formatLetterNumber(dinas, { sequence: 17, year: 2026 })).toBe('500.3/017/DKUKMP/2026');
    expect(formatLetterNumber(dinas, { sequence: 1234, year: 2026 })).toBe('500.3/1234/DKUKMP/2026');
  });

  it('honours a custom template and padding', () => {
    const p = letterNumberPatternSchema.parse({ template: 'B-{nomor}/{unit}/{klasifikasi}/{tahun}', classification: '503', unitCode: 'Kop', sequenceDigits: 4 });
    expect(formatLetterNumber(p, { sequence: 5, year: 2025 })).toBe('B-0005/Kop/503/2025');
    const bare = letterNumberPatternSchema.parse({ template: '{nomor}/{tahun}' });
    expect(formatLetterNumber(bare, { sequence: 9, year: 2026 })).toBe('009/2026');
  });

  it('rejects unsound templates with a reason', () => {
    expect(problems({ template: '{klasifikasi}/{nmr}/{tahun}', classification: '500.3' })).toEqual([
      'Penanda {nmr} tidak dikenal; yang dapat dipakai: {klasifikasi}, {nomor}, {unit}, {tahun}',
    ]);
    expect(problems({ template: '{nomor}/{unit}', unitCode: 'X' })).toEqual(['Pola nomor surat wajib memuat {tahun}']);
    expect(problems({ template: '{nomor}/{tahun}/{tahun}' })).toEqual(['Penanda {tahun} hanya boleh muncul sekali dalam pola nomor surat']);
    expect(problems({ template: '{nomor}{tahun}' })).toEqual(['Penanda {nomor} dan {tahun} harus dipisahkan oleh tanda, misalnya "/"']);
    expect(problems({ template: '{nomor}/{tahun}}' })).toEqual(['Pola nomor surat memuat kurung kurawal yang tidak berpasangan']);
    expect(problems({ unitCode: 'DKUKMP' })).toEqual(['Pola memakai {klasifikasi}, jadi kode klasifikasi wajib diisi']);
    expect(problems({ template: '{nomor}/{tahun}', unitCode: 'DKUKMP' })).toEqual(['kode unit diisi tetapi pola tidak memakai {unit}']);
    expect(problems({ classification: '500 3', unitCode: 'DKUKMP' })).toHaveLength(1);
    expect(problems({ classification: '500.3', unitCode: 'DKUKMP', sequenceDigits: 0 })).toHaveLength(1);
  });

  it('refuses to format impossible parts', () => {
    expect(() => formatLetterNumber(dinas, { sequence: 0, year: 2026 })).toThrow(/mulai 1/);
    expect(() => formatLetterNumber(dinas, { sequence: 1.5, year: 2026 })).toThrow(/mulai 1/);
    expect(() => formatLetterNumber(dinas, { sequence: 1, year: 26 })).toThrow(/1900–2999/);
  });

  it('round-trips every sequence and year', () => {
    const patterns = [
      dinas,
      letterNumberPatternSchema.parse({ template: '{unit}-{nomor}.{tahun}({klasifikasi})', classification: '800.1.2', unitCode: 'A.B', sequenceDigits: 1 }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...patterns), fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1900, max: 2999 }), (p, sequence, year) => {
        const text = formatLetterNumber(p, { sequence, year });
        expect(parseLetterNumber(p, text)).toEqual({ ok: true, value: { text, sequence, year } });
      }),
    );
  });

  it('reads hand-typed numbers into their canonical form and explains mismatches', () => {
    expect(parseLetterNumber(dinas, ' 500.3/17/DKUKMP/2026 ')).toEqual({ ok: true, value: { text: '500.3/017/DKUKMP/2026', sequence: 17, year: 2026 } });
    const wrongUnit = parseLetterNumber(dinas, '500.3/017/DPMPTSP/2026');
    expect(wrongUnit).toMatchObject({ ok: false, code: 'pattern_mismatch' });
    expect(wrongUnit.ok ? '' : wrongUnit.message).toContain('500.3/001/DKUKMP/2026');
    // The dot in "500.3" is literal, not "any character".
    expect(parseLetterNumber(dinas, '500x3/017/DKUKMP/2026')).toMatchObject({ ok: false, code: 'pattern_mismatch' });
    expect(parseLetterNumber(dinas, '500.3/000/DKUKMP/2026')).toMatchObject({ ok: false, code: 'invalid_sequence' });
    expect(parseLetterNumber(dinas, '500.3/001/DKUKMP/1899')).toMatchObject({ ok: false, code: 'invalid_year' });
  });
});

describe('nextSequence', () => {
  it('starts at 1 and restarts every year', () => {
    expect(nextSequence([], 2026)).toBe(1);
    const issued = [
      { sequence: 41, year: 2025 },
      { sequence: 1, year: 2026 },
      { sequence: 2, year: 2026 },
    ];
    expect(nextSequence(issued, 2026)).toBe(3);
    expect(nextSequence(issued, 2025)).toBe(42);
    expect(nextSequence(issued, 2027)).toBe(1);
  });

  it('never reuses a number left by a gap, and its result is always new for the year', () => {
    expect(nextSequence([{ sequence: 1, year: 2026 }, { sequence: 5, year: 2026 }], 2026)).toBe(6);
    fc.assert(
      fc.property(fc.array(fc.record({ sequence: fc.integer({ min: 1, max: 500 }), year: fc.integer({ min: 2024, max: 2027 }) })), fc.integer({ min: 2024, max: 2027 }), (issued, year) => {
        const next = nextSequence(issued, year);
        expect(issued.some((n) => n.year === year && n.sequence >= next)).toBe(false);
      }),
    );
  });
});
