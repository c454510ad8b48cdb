import { describe, expect, it } from 'vitest';
import { checkLetterNumber, defaultLetterNumberForm, formOf, inputOf } from './letter-number';

describe('letter-number form', () => {
  it('shows Bontang’s example for the default pattern', () => {
    expect(checkLetterNumber(defaultLetterNumberForm, 2026)).toMatchObject({ ok: true, example: '500.3/017/DKUKMP/2026' });
  });

  it('follows the digits and the order typed', () => {
    const form = { template: '{unit}-{nomor}/{tahun}', classification: '', unitCode: 'DKUKMP', sequenceDigits: '4' };
    expect(checkLetterNumber(form, 2027)).toMatchObject({ ok: true, example: 'DKUKMP-0017/2027' });
  });

  it('puts each problem on its field', () => {
    const check = checkLetterNumber({ template: '{klasifikasi}/{tahun}', classification: '', unitCode: 'DKUKMP', sequenceDigits: '9' }, 2026);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors.template).toMatch(/wajib memuat \{nomor\}/);
    expect(check.errors.classification).toMatch(/kode klasifikasi wajib diisi/);
    expect(check.errors.unitCode).toMatch(/tidak memakai \{unit\}/);
    expect(check.errors.sequenceDigits).toBe('Jumlah digit nomor urut harus bilangan 1–6');
  });

  it('refuses an unknown token with the tokens that exist', () => {
    const check = checkLetterNumber({ ...defaultLetterNumberForm, template: '{kode}/{nomor}/{tahun}' }, 2026);
    expect(check.ok ? '' : check.errors.template).toMatch(/\{kode\} tidak dikenal.*\{klasifikasi\}/);
  });

  it('round-trips stored settings through the form', () => {
    const stored = { template: '{nomor}/{unit}/{tahun}', unitCode: 'DKUKMP', sequenceDigits: 2 };
    expect(inputOf(formOf(stored))).toEqual(stored);
    expect(formOf(undefined)).toBe(defaultLetterNumberForm);
  });
});
