// The xref reader signing uses instead of a full parse: it must see the same fields as pdf-lib's
// full parse, follow incremental updates (a signed field is seen as signed), and refuse what it
// does not understand rather than guess — signPdf then falls back to the full parse.
import { PDFDocument, PDFName, PDFRef, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { DemoCa } from './demo-pki';
import { UnsupportedPdfError } from './incremental';
import { LocalP12Signer } from './p12-signer';
import { joinSigned, signPdf } from './pades';
import { listSignatureFields, prepareSignatureField, signatureFieldsIn } from './signature-fields';
import { openThroughXref } from './xref-reader';

async function formPdf(useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  page.drawText('Surat Rekomendasi (contoh)', { x: 56, y: 780, font, size: 14 });
  prepareSignatureField(doc, page, { name: 'verifikator', x: 56, y: 560, width: 220, height: 70 });
  prepareSignatureField(doc, page, { name: 'kepala_dinas', x: 316, y: 560, width: 200, height: 60 });
  return doc.save({ useObjectStreams });
}

const summary = (fields: ReturnType<typeof listSignatureFields>) => fields.map((f) => ({ name: f.name, ref: f.ref.toString(), rect: f.rect, signed: f.value !== undefined }));

describe('reading a PDF through its cross-reference table', () => {
  let unsigned: Uint8Array;
  let signed: Uint8Array;

  beforeAll(async () => {
    unsigned = await formPdf(false);
    const ca = DemoCa.create();
    const signer = LocalP12Signer.open(ca.issueSigner({ commonName: 'Budi Santoso', nip: '198501012010011001' }, 'x').p12, 'x');
    signed = joinSigned(await signPdf(unsigned, signer, { field: 'verifikator', reason: 'Uji', location: 'Bontang', signedAt: new Date('2026-03-23T02:30:00Z') }));
  });

  it('finds the same signature fields as the full parse', async () => {
    const lazy = openThroughXref(unsigned);
    const full = listSignatureFields(await PDFDocument.load(unsigned));
    expect(full.length).toBe(2);
    expect(summary(signatureFieldsIn(lazy.context, lazy.catalog))).toEqual(summary(full));
  });

  it('follows the update chain: the field filled in the last revision is seen as signed', async () => {
    const lazy = openThroughXref(signed);
    const fields = summary(signatureFieldsIn(lazy.context, lazy.catalog));
    expect(fields).toEqual(summary(listSignatureFields(await PDFDocument.load(signed))));
    expect(fields.map((f) => [f.name, f.signed])).toEqual([
      ['verifikator', true],
      ['kepala_dinas', false],
    ]);
  });

  it('parses only what is looked up', () => {
    const lazy = openThroughXref(unsigned);
    signatureFieldsIn(lazy.context, lazy.catalog);
    // Pages, fonts and content streams were never needed to find the fields.
    const loaded = lazy.context.enumerateIndirectObjects().length;
    expect(loaded).toBeGreaterThan(0);
    expect(loaded).toBeLessThan(lazy.context.largestObjectNumber);
  });

  it('refuses a file whose cross-reference is a stream', async () => {
    expect(() => openThroughXref(new Uint8Array(Buffer.from('%PDF-1.7\n')))).toThrow(UnsupportedPdfError);
    await expect(formPdf(true).then(openThroughXref)).rejects.toThrow(UnsupportedPdfError);
  });

  it('refuses an xref entry that points at another object instead of reading it', () => {
    const text = Buffer.from(unsigned).toString('latin1');
    const catalogNumber = /\/Root (\d+) 0 R/.exec(text)?.[1];
    const entryStart = text.lastIndexOf('xref\n');
    // Point the catalog's entry at object 1's offset.
    const lines = text.slice(entryStart).split('\n');
    const first = lines.findIndex((l) => /^0 \d+/.test(l));
    const entry = (n: number) => lines[first + 1 + n] ?? '';
    lines[first + 1 + Number(catalogNumber)] = entry(1) === entry(Number(catalogNumber)) ? entry(2) : entry(1);
    const broken = Buffer.from(text.slice(0, entryStart) + lines.join('\n'), 'latin1');
    expect(() => openThroughXref(broken)).toThrow(UnsupportedPdfError);
  });

  it('leaves objects it was not asked about unparsed, but parses them on request', () => {
    const lazy = openThroughXref(unsigned);
    const pages = lazy.catalog.lookup(PDFName.of('Pages'));
    expect(pages).toBeDefined();
    expect(lazy.context.lookup(PDFRef.of(lazy.context.largestObjectNumber + 50))).toBeUndefined();
  });
});
