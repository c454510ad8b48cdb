import { PDFHexString, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { hexText, pdfDate, pdfNumber } from './pdf-text';

describe('PDF syntax as text', () => {
  it('writes text strings that a PDF reader decodes back, beyond Latin-1 and the BMP', () => {
    for (const text of ['Budi Santoso, S.E.', 'Kepala Dinas — Bontang', 'Ñoño 😀 ✓', '']) {
      const written = hexText(text);
      expect(written).toMatch(/^<FEFF[0-9A-F]*>$/);
      expect(PDFHexString.of(written.slice(1, -1)).decodeText()).toBe(text);
    }
  });

  it('writes dates in the form pdf-lib and PDF readers parse', () => {
    for (const at of [new Date('2026-03-30T02:00:00Z'), new Date('2026-12-31T23:59:59.999Z'), new Date('2001-01-02T03:04:05Z')]) {
      const written = pdfDate(at);
      expect(written).toBe(PDFString.fromDate(at).toString());
      expect(PDFString.of(written.slice(1, -1)).decodeDate().getTime()).toBe(Math.floor(at.getTime() / 1000) * 1000);
    }
  });

  it('never writes a number in exponent form', () => {
    for (const n of [1e-7, -1e-9, 220, 70.5, 595.2756, 1234567.891]) {
      const written = pdfNumber(n);
      expect(written).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Math.abs(Number(written) - n)).toBeLessThan(1e-4);
    }
  });
});
