// What a PDF in a packet may contain. The verifier opens these files offline on a government
// laptop, so the importer parses every object (pdf-lib, including compressed object streams, with
// name escapes such as /J#61vaScript decoded) and decides:
//
// refused — the file cannot be trusted or cannot be checked:
//   broken (no %%EOF, unparsable, no pages) — we cannot vouch for what we cannot read;
//   encrypted (/Encrypt) — its objects cannot be inspected, and offline it may not open at all;
//   /JavaScript or /JS — code; the viewer does not run it, but no legitimate permit needs it;
//   /Launch — starts programs on the machine that opens the file;
//   /EmbeddedFile(s), /FileAttachment, /GoToE — files smuggled inside, unchecked by the packet's
//     hashes and media-type checks;
//   /RichMedia — embedded Flash/3D/video players.
// accepted with a warning — inert in Verikop's viewer (pdf.js without scripting), but worth a look:
//   /SubmitForm, /ImportData — form actions that send or load data;
//   /AA — actions on events (page open, field focus) that are not scripts;
//   /GoToR — links to another file;
//   /XFA — XML forms, which may show empty in a normal viewer.
// /OpenAction is not judged by itself: most generators set it to "open at page 1"; a JavaScript or
// Launch action under it is refused by the rules above.
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFStream, type PDFObject } from 'pdf-lib';
import type { PacketProblem, PacketRefusalCode, PacketWarning, PacketWarningCode } from './problems';

export interface PdfInspection {
  readonly pages: number;
  readonly refusals: readonly PacketProblem[];
  readonly warnings: readonly PacketWarning[];
}

const refused: Readonly<Record<string, { code: PacketRefusalCode; what: string }>> = {
  JavaScript: { code: 'packet_pdf_javascript', what: 'kode JavaScript' },
  JS: { code: 'packet_pdf_javascript', what: 'kode JavaScript' },
  Launch: { code: 'packet_pdf_launch', what: 'aksi Launch yang menjalankan program' },
  EmbeddedFile: { code: 'packet_pdf_embedded_file', what: 'berkas tersisip' },
  EmbeddedFiles: { code: 'packet_pdf_embedded_file', what: 'berkas tersisip' },
  FileAttachment: { code: 'packet_pdf_embedded_file', what: 'lampiran berkas' },
  GoToE: { code: 'packet_pdf_embedded_file', what: 'tautan ke berkas tersisip' },
  RichMedia: { code: 'packet_pdf_rich_media', what: 'media kaya (Flash/3D/video)' },
};

const warned: Readonly<Record<string, { code: PacketWarningCode; what: string }>> = {
  SubmitForm: { code: 'packet_pdf_form_action', what: 'aksi formulir yang mengirim data' },
  ImportData: { code: 'packet_pdf_form_action', what: 'aksi formulir yang memuat data' },
  AA: { code: 'packet_pdf_additional_actions', what: 'aksi otomatis pada peristiwa (bukan skrip)' },
  GoToR: { code: 'packet_pdf_external_action', what: 'tautan ke berkas lain' },
  XFA: { code: 'packet_pdf_xfa', what: 'formulir XFA yang mungkin tampil kosong' },
};

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Every name used anywhere in the document's objects, as keys or values, decoded. */
function namesIn(doc: PDFDocument): Set<string> {
  const names = new Set<string>();
  const visit = (obj: PDFObject, depth: number): void => {
    if (depth > 64) return; // nesting this deep is itself a sign of a crafted file; refs are not followed
    if (obj instanceof PDFName) names.add(obj.decodeText());
    else if (obj instanceof PDFDict) {
      for (const [key, value] of obj.entries()) {
        names.add(key.decodeText());
        visit(value, depth + 1);
      }
    } else if (obj instanceof PDFArray) for (const item of obj.asArray()) visit(item, depth + 1);
    else if (obj instanceof PDFStream) visit(obj.dict, depth + 1);
  };
  for (const [, obj] of doc.context.enumerateIndirectObjects()) visit(obj, 0);
  return names;
}

export async function inspectPdf(bytes: Uint8Array, fileName: string): Promise<PdfInspection> {
  const broken = (detail: string): PdfInspection => ({
    pages: 0,
    refusals: [{ code: 'packet_pdf_broken', fileName, message: `PDF "${fileName}" rusak atau tidak utuh (${detail}). Minta salinan yang utuh.` }],
    warnings: [],
  });
  // The last %%EOF must be near the end (a truncated download loses it); 1 KiB allows trailing
  // whitespace and the junk some scanners append.
  const eof = asBuffer(bytes).lastIndexOf('%%EOF');
  if (eof < 0 || eof < bytes.length - 1024) return broken('penanda akhir %%EOF tidak ada');
  const encrypted: PdfInspection = {
    pages: 0,
    refusals: [{ code: 'packet_pdf_encrypted', fileName, message: `PDF "${fileName}" terenkripsi/berkata sandi; isinya tidak dapat diperiksa. Minta salinan tanpa enkripsi.` }],
    warnings: [],
  };
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { ignoreEncryption: true, throwOnInvalidObject: true, updateMetadata: false });
  } catch (e) {
    // Encrypted object streams cannot be parsed at all; the trailer (or xref stream) dictionary
    // that names the /Encrypt dictionary is never encrypted itself, so look for it in the bytes.
    if (asBuffer(bytes).includes('/Encrypt')) return encrypted;
    return broken(`tidak dapat diurai: ${e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e)}`);
  }
  if (doc.isEncrypted) return encrypted;
  let pages: number;
  try {
    pages = doc.getPageCount();
  } catch {
    return broken('daftar halaman tidak dapat dibaca');
  }
  if (pages === 0) return broken('tidak ada halaman');
  const names = namesIn(doc);
  const refusals = new Map<PacketRefusalCode, string[]>();
  const warnings = new Map<PacketWarningCode, string[]>();
  for (const name of names) {
    const r = refused[name];
    if (r) refusals.set(r.code, [...(refusals.get(r.code) ?? []), r.what]);
    const w = warned[name];
    if (w) warnings.set(w.code, [...(warnings.get(w.code) ?? []), w.what]);
  }
  const describe = (whats: readonly string[]) => [...new Set(whats)].join(', ');
  return {
    pages,
    refusals: [...refusals].map(([code, whats]) => ({
      code,
      fileName,
      message: `PDF "${fileName}" memuat ${describe(whats)}; berkas seperti ini tidak diterima. Minta PDF biasa (mis. hasil cetak ke PDF atau pindaian).`,
    })),
    warnings: [...warnings].map(([code, whats]) => ({
      code,
      fileName,
      message: `PDF "${fileName}" memuat ${describe(whats)}. Penampil Verikop tidak menjalankannya; periksa isinya dengan saksama.`,
    })),
  };
}
