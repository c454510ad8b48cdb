// Appending an incremental update (PDF 32000-1 §7.5.6) to a file whose last cross-reference
// section is a classic table — what pdf-lib writes with `useObjectStreams: false` and what every
// update of ours writes. Earlier bytes are never touched, so earlier signatures stay valid.
import type { PDFContext, PDFRef } from 'pdf-lib';

const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.subarray(from, to)).toString('latin1');

export interface PdfTail {
  /** Offset of the last cross-reference section (the update's /Prev). */
  readonly lastXrefOffset: number;
  /** /Size of the last trailer: one more than the highest object number in use. */
  readonly size: number;
}

export class UnsupportedPdfError extends Error {}

/** Reads the last `startxref` and its trailer; refuses cross-reference streams. */
export function readTail(bytes: Uint8Array): PdfTail {
  const tail = latin1(bytes, Math.max(0, bytes.length - 1024), bytes.length);
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (match?.[1] === undefined) throw new UnsupportedPdfError('No startxref at the end of the file');
  const lastXrefOffset = Number(match[1]);
  if (lastXrefOffset >= bytes.length) throw new UnsupportedPdfError('startxref points past the end of the file');
  const section = latin1(bytes, lastXrefOffset, bytes.length);
  if (!section.startsWith('xref')) throw new UnsupportedPdfError('The last cross-reference section is a stream');
  const trailerAt = section.indexOf('trailer');
  const size = /\/Size\s+(\d+)/.exec(section.slice(trailerAt));
  if (trailerAt < 0 || size?.[1] === undefined) throw new UnsupportedPdfError('The last trailer has no /Size');
  return { lastXrefOffset, size: Number(size[1]) };
}

export interface IndirectObject {
  readonly ref: PDFRef;
  /** The object in PDF syntax, one byte per character (latin1): what goes between `obj` and `endobj`. */
  readonly body: string;
}

// A character above U+00FF would not survive latin1 and would shift every offset after it.
const notLatin1 = /[\u0100-\uffff]/;

/**
 * The bytes to write after `bytes`: the given objects, a cross-reference section for them and a
 * trailer that chains to the previous one (Root, Info and ID carried over unchanged). Offsets
 * count from the start of the file; the caller keeps the file and this increment as two parts.
 */
export function incrementFor(bytes: Uint8Array, context: PDFContext, objects: readonly IndirectObject[]): Uint8Array {
  const tail = readTail(bytes);
  // Written as one latin1 string, so a character's index is its byte's offset in the increment.
  let text = bytes[bytes.length - 1] === 0x0a ? '' : '\n';

  const offsets = new Map<number, { offset: number; generation: number }>();
  for (const { ref, body } of objects) {
    if (notLatin1.test(body)) throw new Error(`Object ${String(ref.objectNumber)} has a character outside latin1`);
    offsets.set(ref.objectNumber, { offset: bytes.length + text.length, generation: ref.generationNumber });
    text += `${String(ref.objectNumber)} ${String(ref.generationNumber)} obj\n${body}\nendobj\n`;
  }

  const xrefOffset = bytes.length + text.length;
  let xref = 'xref\n';
  for (const number of [...offsets.keys()].sort((a, b) => a - b)) {
    const entry = offsets.get(number);
    if (entry === undefined) continue;
    xref += `${String(number)} 1\n${String(entry.offset).padStart(10, '0')} ${String(entry.generation).padStart(5, '0')} n\r\n`;
  }
  text += xref;

  const highest = Math.max(tail.size - 1, ...offsets.keys());
  const info = context.trailerInfo;
  let trailer = `trailer\n<< /Size ${String(highest + 1)} /Prev ${String(tail.lastXrefOffset)}`;
  if (info.Root) trailer += ` /Root ${info.Root.toString()}`;
  if (info.Info) trailer += ` /Info ${info.Info.toString()}`;
  if (info.ID) trailer += ` /ID ${info.ID.toString()}`;
  trailer += ` >>\nstartxref\n${String(xrefOffset)}\n%%EOF\n`;
  text += trailer;
  return Buffer.from(text, 'latin1');
}

/** The first object number free for new objects: above everything the file already uses. */
export function firstFreeObjectNumber(bytes: Uint8Array, context: PDFContext): number {
  return Math.max(readTail(bytes).size, context.largestObjectNumber + 1);
}
