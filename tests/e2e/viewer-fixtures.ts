// Documents for the viewer's end-to-end test, generated at run time: multi-page PDFs whose pages
// carry a marker a test can read back from the canvas, a scanned page in CCITT G4 (the usual
// compression of black-and-white scans), a photo, a password-protected PDF and a PDF with
// document JavaScript. ImageMagick and qpdf come from Debian (see STACK-NOTES.md).
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { degrees, PDFDocument, PDFName, PDFString, rgb, StandardFonts } from 'pdf-lib';

const run = promisify(execFile);

/** A portrait page's size in points, and where its page marker sits (see `markerSlotCentre`). */
export const markedPage = { width: 595, height: 842 } as const;
export const markerSlots = 12;
const marker = { left: 30, pitch: 45, size: 30, top: 100 } as const;

/** Centre of marker slot `slot` (1-based), in points from the page's top-left corner. */
export const markerSlotCentre = (slot: number): { x: number; y: number } => ({
  x: marker.left + (slot - 1) * marker.pitch + marker.size / 2,
  y: marker.top + marker.size / 2,
});

/** The slot page `n` marks: pages cycle through the 12 slots. */
export const markerSlotOf = (page: number): number => ((page - 1) % markerSlots) + 1;

export interface MarkedPdfOptions {
  readonly pages: number;
  /** Pages laid out landscape. */
  readonly landscape?: readonly number[];
  /** Pages carrying /Rotate 90. */
  readonly rotated?: readonly number[];
}

/** Pages with "HALAMAN n" and a black square in slot n: which page is on screen can be read back. */
export async function markedPdf(options: MarkedPdfOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.HelveticaBold);
  for (let n = 1; n <= options.pages; n++) {
    const landscape = options.landscape?.includes(n) === true;
    const page = doc.addPage(landscape ? [markedPage.height, markedPage.width] : [markedPage.width, markedPage.height]);
    const { height } = page.getSize();
    page.drawRectangle({ x: 0, y: height - 60, width: page.getWidth(), height: 60, color: rgb(0.1, 0.3, 0.7) });
    const slot = markerSlotOf(n);
    page.drawRectangle({ x: marker.left + (slot - 1) * marker.pitch, y: height - marker.top - marker.size, width: marker.size, height: marker.size, color: rgb(0, 0, 0) });
    page.drawText(`HALAMAN ${String(n)}`, { x: 60, y: height / 2, size: 64, font });
    if (options.rotated?.includes(n) === true) page.setRotation(degrees(90));
  }
  return doc.save();
}

/** A one-page PDF whose catalog runs JavaScript on opening — which the viewer must never run. */
export async function scriptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([markedPage.width, markedPage.height]).drawText('Dokumen dengan JavaScript', { x: 50, y: 700, size: 24, font });
  const action = doc.context.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of("app.alert('skrip berjalan');") });
  doc.catalog.set(PDFName.of('OpenAction'), action);
  return doc.save();
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verikop-viewer-'));
  try {
    return await work(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The same document locked with a password (AES-256), as qpdf writes it. */
export function encryptedPdf(plain: Uint8Array): Promise<Uint8Array> {
  return inTempDir(async (dir) => {
    await writeFile(path.join(dir, 'in.pdf'), plain);
    await run('qpdf', ['--encrypt', 'rahasia', 'rahasia', '256', '--', path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
    return new Uint8Array(await readFile(path.join(dir, 'out.pdf')));
  });
}

/** A 1200 × 800 JPEG photo. */
export function photoJpeg(): Promise<Uint8Array> {
  return inTempDir(async (dir) => {
    const out = path.join(dir, 'foto.jpg');
    await run('convert', ['-size', '1200x800', 'gradient:navy-gold', '-fill', 'black', '-draw', 'rectangle 0,0 200,800', out]);
    return new Uint8Array(await readFile(out));
  });
}

/**
 * The JPEG with an EXIF block saying how the camera was held (6: turn 90° clockwise to view), as
 * phone cameras write it instead of turning the pixels.
 */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  // A minimal little-endian TIFF with one IFD entry: Orientation (0x0112), SHORT, 1 value.
  const tiff = new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0]);
  const payload = new Uint8Array([...new TextEncoder().encode('Exif'), 0, 0, ...tiff]);
  const length = payload.length + 2;
  // APP1 goes right after the SOI marker.
  return new Uint8Array([...jpeg.subarray(0, 2), 0xff, 0xe1, length >> 8, length & 0xff, ...payload, ...jpeg.subarray(2)]);
}

/**
 * An A4 page scanned at 200 dpi in black and white, stored as CCITT G4 like a scanner does.
 * pdf.js decodes CCITT with a plain-JS decoder it loads at run time: if the build did not ship
 * that decoder, this page renders blank instead of failing.
 */
export function scannedPdf(): Promise<Uint8Array> {
  return inTempDir(async (dir) => {
    const tif = path.join(dir, 'scan.tif');
    const [width, height] = [1654, 2339];
    await run('convert', [
      '-size', `${String(width)}x${String(height)}`, 'xc:white', '-fill', 'black', '-draw', 'rectangle 150,150 1500,450',
      '-monochrome', '-compress', 'Group4', '-define', `tiff:rows-per-strip=${String(height)}`, tif,
    ]);
    return pdfFromG4Tiff(new Uint8Array(await readFile(tif)));
  });
}

// A single-strip G4 TIFF's data is exactly a PDF /CCITTFaxDecode stream (K -1); only the tags
// giving size, photometric interpretation and where the strip lies are needed.
async function pdfFromG4Tiff(tiff: Uint8Array): Promise<Uint8Array> {
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const little = view.getUint16(0) === 0x4949;
  const u16 = (at: number): number => view.getUint16(at, little);
  const u32 = (at: number): number => view.getUint32(at, little);
  const tags = new Map<number, number>();
  const ifd = u32(4);
  for (let i = 0; i < u16(ifd); i++) {
    const entry = ifd + 2 + i * 12;
    tags.set(u16(entry), u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8));
  }
  const tag = (id: number): number => {
    const value = tags.get(id);
    if (value === undefined) throw new Error(`TIFF tag ${String(id)} missing`);
    return value;
  };
  if (tag(259) !== 4) throw new Error('expected a CCITT G4 TIFF');
  const [width, height, whiteIsZero] = [tag(256), tag(257), tag(262) === 0];
  const strip = tiff.subarray(tag(273), tag(273) + tag(279));

  const doc = await PDFDocument.create();
  const image = doc.context.register(
    doc.context.stream(strip, {
      Type: 'XObject', Subtype: 'Image', Width: width, Height: height, BitsPerComponent: 1, ColorSpace: 'DeviceGray',
      Filter: 'CCITTFaxDecode', DecodeParms: { K: -1, Columns: width, Rows: height, BlackIs1: !whiteIsZero },
    }),
  );
  const [pageWidth, pageHeight] = [(width / 200) * 72, (height / 200) * 72];
  const page = doc.addPage([pageWidth, pageHeight]);
  page.node.normalizedEntries().Resources.set(PDFName.of('XObject'), doc.context.obj({ Scan: image }));
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(`q ${String(pageWidth)} 0 0 ${String(pageHeight)} 0 0 cm /Scan Do Q`)));
  return doc.save();
}
