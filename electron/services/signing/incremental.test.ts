import { PDFDocument, PDFObjectParser, PDFRef } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { incrementFor } from './incremental';
import { openThroughXref } from './xref-reader';

describe('incremental update written as text', () => {
  let base: Uint8Array;
  beforeAll(async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    base = await doc.save({ useObjectStreams: false });
  });

  it('gives each object the offset where its "n g obj" starts, and chains to the previous xref', () => {
    const { context } = openThroughXref(base);
    const first = context.largestObjectNumber + 1;
    const bodies = ['<< /A (ä ü) >>', `<< /Length 3 >>\nstream\nabc\nendstream`, '[1 2 3]'];
    const increment = incrementFor(base, context, bodies.map((body, i) => ({ ref: PDFRef.of(first + i), body })));
    const whole = Buffer.concat([base, increment]);
    const reopened = openThroughXref(whole);
    // Read back from the offsets the new xref gives, each is the object that was written.
    for (const [i, body] of bodies.entries()) {
      const written = PDFObjectParser.forBytes(Buffer.from(body, 'latin1'), context).parseObject();
      expect(reopened.context.lookup(PDFRef.of(first + i))?.toString()).toBe(written.toString());
    }
    // The old objects are still reached through the chain of xref sections.
    expect(reopened.catalog.toString()).toBe(openThroughXref(base).catalog.toString());
  });

  it('refuses a body with a character latin1 cannot hold, instead of shifting every offset after it', () => {
    const { context } = openThroughXref(base);
    expect(() => incrementFor(base, context, [{ ref: PDFRef.of(context.largestObjectNumber + 1), body: '(Rp 1.000 — lunas)' }])).toThrow(/latin1/);
  });
});
