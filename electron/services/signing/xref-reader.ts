// Reading a classic-xref PDF the way a viewer does — trailer, cross-reference tables, then only
// the objects asked for — instead of parsing every object of the file. Signing needs the
// catalog, the form and its fields (a few objects); parsing a 20 MB scan in full to find them
// cost most of the signing time and several times the file in memory. Objects are parsed on
// first lookup from the offsets the xref gives, so pdf-lib's PDFDict/PDFContext lookups work
// unchanged on top. Anything unexpected throws UnsupportedPdfError; the caller then falls back
// to pdf-lib's full parse, so this path never decides about a file it does not understand.
import { PDFContext, PDFDict, PDFName, PDFNumber, PDFObjectParser, PDFRef, type PDFObject } from 'pdf-lib';
import { UnsupportedPdfError, readTail } from './incremental';

interface XrefEntry {
  readonly offset: number;
  readonly generation: number;
}

/** One classic xref entry: exactly 20 bytes (PDF 32000-1 §7.5.4). */
const ENTRY = /^(\d{10}) (\d{5}) ([nf])(?:\r\n| \n| \r)$/;
const MAX_SECTIONS = 10_000;

const latin1 = (bytes: Uint8Array, from: number, to: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + from, Math.max(0, Math.min(to, bytes.length) - from)).toString('latin1');

const isWhite = (b: number | undefined): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0x0c || b === 0x00;

function skipWhite(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length && isWhite(bytes[i])) i += 1;
  return i;
}

/** Reads one xref section at `offset` into `entries` (entries already there are newer and win); answers its trailer. */
function readSection(bytes: Uint8Array, offset: number, context: PDFContext, entries: Map<number, XrefEntry | null>): PDFDict {
  if (latin1(bytes, offset, offset + 4) !== 'xref') throw new UnsupportedPdfError('No classic xref section where the trailer points');
  let at = offset + 4;
  for (;;) {
    at = skipWhite(bytes, at);
    if (latin1(bytes, at, at + 7) === 'trailer') break;
    const header = /^(\d{1,10})[ ]+(\d{1,10})[ ]*(?:\r\n|\r|\n)/.exec(latin1(bytes, at, at + 32));
    if (header?.[1] === undefined || header[2] === undefined) throw new UnsupportedPdfError('Malformed xref subsection header');
    const start = Number(header[1]);
    const count = Number(header[2]);
    at += header[0].length;
    if (at + count * 20 > bytes.length) throw new UnsupportedPdfError('xref subsection runs past the end of the file');
    for (let i = 0; i < count; i += 1, at += 20) {
      const entry = ENTRY.exec(latin1(bytes, at, at + 20));
      if (entry?.[1] === undefined || entry[2] === undefined) throw new UnsupportedPdfError('Malformed xref entry');
      const number = start + i;
      if (entries.has(number)) continue;
      entries.set(number, entry[3] === 'n' ? { offset: Number(entry[1]), generation: Number(entry[2]) } : null);
    }
  }
  const trailer = PDFObjectParser.forBytes(bytes.subarray(at + 7), context).parseObject();
  if (!(trailer instanceof PDFDict)) throw new UnsupportedPdfError('The trailer is not a dictionary');
  // A hybrid file keeps some objects in streams this reader does not open.
  if (trailer.has(PDFName.of('XRefStm'))) throw new UnsupportedPdfError('Hybrid cross-reference (XRefStm)');
  return trailer;
}

/** The context's object table, filled on first lookup from the xref offsets. */
class ObjectsOnDemand extends Map<PDFRef, PDFObject> {
  constructor(private readonly parse: (ref: PDFRef) => PDFObject | undefined) {
    super();
  }

  override get(ref: PDFRef): PDFObject | undefined {
    if (super.has(ref)) return super.get(ref);
    const object = this.parse(ref);
    if (object !== undefined) super.set(ref, object);
    return object;
  }
}

export interface LazyPdf {
  readonly context: PDFContext;
  readonly catalog: PDFDict;
}

/** Opens `bytes` through its xref; objects are parsed when first looked up. */
export function openThroughXref(bytes: Uint8Array): LazyPdf {
  const tail = readTail(bytes);
  const context = PDFContext.create();
  const entries = new Map<number, XrefEntry | null>();
  const seen = new Set<number>();
  let last: PDFDict | undefined;
  for (let offset: number | undefined = tail.lastXrefOffset; offset !== undefined; ) {
    if (seen.has(offset) || seen.size >= MAX_SECTIONS || offset < 0 || offset >= bytes.length) throw new UnsupportedPdfError('xref chain loops or points outside the file');
    seen.add(offset);
    const trailer = readSection(bytes, offset, context, entries);
    last ??= trailer;
    const prev = trailer.get(PDFName.of('Prev'));
    if (prev !== undefined && !(prev instanceof PDFNumber)) throw new UnsupportedPdfError('/Prev is not a number');
    offset = prev?.asNumber();
  }
  if (last === undefined || last.has(PDFName.of('Encrypt'))) throw new UnsupportedPdfError('Encrypted or without trailer');

  const parse = (ref: PDFRef): PDFObject | undefined => {
    const entry = entries.get(ref.objectNumber);
    if (entry == null || entry.generation !== ref.generationNumber) return undefined;
    const header = /^(\d+)[ \r\n\t\f\0]+(\d+)[ \r\n\t\f\0]+obj/.exec(latin1(bytes, entry.offset, entry.offset + 40));
    if (header?.[1] === undefined || Number(header[1]) !== ref.objectNumber || Number(header[2]) !== ref.generationNumber) {
      throw new UnsupportedPdfError(`xref offset of object ${String(ref.objectNumber)} does not hold it`);
    }
    return PDFObjectParser.forBytes(bytes.subarray(entry.offset + header[0].length), context).parseObject();
  };
  // pdf-lib keeps its object table private; this is the one place that swaps it for the lazy one.
  (context as unknown as { indirectObjects: Map<PDFRef, PDFObject> }).indirectObjects = new ObjectsOnDemand(parse);
  let largest = 0;
  for (const number of entries.keys()) largest = Math.max(largest, number);
  context.largestObjectNumber = largest;

  const root = last.get(PDFName.of('Root'));
  const info = last.get(PDFName.of('Info'));
  const id = last.get(PDFName.of('ID'));
  context.trailerInfo = { Root: root, Info: info, ID: id };
  const catalog = root instanceof PDFRef ? context.lookupMaybe(root, PDFDict) : undefined;
  if (catalog === undefined) throw new UnsupportedPdfError('No catalog');
  return { context, catalog };
}
