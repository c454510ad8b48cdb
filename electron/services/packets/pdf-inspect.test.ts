import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from './pdf-inspect';
import { hostilePdf } from './testing/hostile-pdfs';

async function pdfWithCatalogEntry(key: string, value: (doc: PDFDocument) => Parameters<PDFDocument['catalog']['set']>[1]): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage();
  doc.catalog.set(PDFName.of(key), value(doc));
  return doc.save();
}

describe('inspectPdf', () => {
  it('a small file without %%EOF is broken', async () => {
    const result = await inspectPdf(new TextEncoder().encode('%PDF-1.7\n1 0 obj << >> endobj\n'), 'kecil.pdf');
    expect(result.refusals.map((r) => r.code)).toEqual(['packet_pdf_broken']);
  });

  it('a plain PDF passes and its pages are counted', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.addPage();
    expect(await inspectPdf(await doc.save(), 'biasa.pdf')).toEqual({ pages: 2, refusals: [], warnings: [] });
  });

  it('warns about event actions that are not scripts and about XFA forms', async () => {
    const aa = await pdfWithCatalogEntry('AA', (doc) => doc.context.obj({ WC: doc.context.obj({ S: 'GoToR', F: PDFString.of('lain.pdf') }) }));
    expect((await inspectPdf(aa, 'aa.pdf')).warnings.map((w) => w.code).sort()).toEqual(['packet_pdf_additional_actions', 'packet_pdf_external_action']);
    const xfa = await pdfWithCatalogEntry('AcroForm', (doc) => doc.context.obj({ Fields: [], XFA: PDFString.of('<xdp/>') }));
    expect((await inspectPdf(xfa, 'xfa.pdf')).warnings.map((w) => w.code)).toEqual(['packet_pdf_xfa']);
  });

  it('refuses every kind of active content at once, naming each', async () => {
    const doc = await PDFDocument.load(await hostilePdf('embedded-file'));
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('1') }));
    const result = await inspectPdf(await doc.save(), 'campur.pdf');
    expect(result.refusals.map((r) => r.code).sort()).toEqual(['packet_pdf_embedded_file', 'packet_pdf_javascript']);
    expect(result.refusals.every((r) => r.fileName === 'campur.pdf')).toBe(true);
  });
});
