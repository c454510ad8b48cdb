// Signing a Verikop PDF, PAdES baseline B-B: fill a prepared signature field in an incremental
// update (signature dictionary with SubFilter ETSI.CAdES.detached and the time in /M, plus the
// visible stamp), hash the two byte ranges around /Contents where they lie and write our CAdES
// signature into /Contents in place. The file is read through its xref (only the form's objects
// are parsed) and never copied: the signed file is handed back as two parts, the input untouched
// and the increment (which holds /ByteRange and /Contents), so whoever stores it writes the parts
// one after the other; see docs/benchmarks.md for what this saves.
import { createHash } from 'node:crypto';
import { PDFDocument, PDFName, PDFRef, type PDFContext } from 'pdf-lib';
import { Failure } from '../../../common/contract';
import { WITA, stampObjects, type StampTimeZone } from './appearance';
import { buildCadesDetachedForDigest } from './cms';
import { UnsupportedPdfError, firstFreeObjectNumber, incrementFor } from './incremental';
import { hexText, pdfDate } from './pdf-text';
import { listSignatureFields, signatureFieldsIn, type SignatureFieldInfo } from './signature-fields';
import type { Signer } from './signer';
import { openThroughXref } from './xref-reader';

export const padesMessages = {
  unreadable: 'Dokumen PDF tidak dapat dibaca; berkasnya rusak atau terenkripsi.',
  unsupported: 'Dokumen ini tidak dapat ditandatangani: bukan dokumen yang disusun oleh Verikop.',
  noField: (field: string) => `Dokumen tidak memiliki kolom tanda tangan "${field}".`,
  alreadySigned: (field: string) => `Kolom tanda tangan "${field}" sudah ditandatangani.`,
} as const;

export interface PadesOptions {
  /** Name of the prepared signature field to fill. */
  readonly field: string;
  readonly reason: string;
  readonly location: string;
  /** The signing time written to /M and shown on the stamp. */
  readonly signedAt: Date;
  readonly zone?: StampTimeZone;
}

async function load(pdf: Uint8Array): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(pdf, { updateMetadata: false });
  } catch {
    throw new Failure('pdf_unreadable', padesMessages.unreadable);
  }
}

// Room for the CMS: the certificates, the attributes and a signature of up to 4096 bits,
// with margin. Unused room is zero padding inside /Contents.
const contentsRoom = (chain: readonly Uint8Array[]): number => chain.reduce((n, c) => n + c.length, 0) + 4096;

function signatureDictionary(options: PadesOptions, signerName: string, room: number): string {
  // Replaced in place by the real ranges, which fit in the placeholders' room.
  const placeholder = '/**********';
  return [
    '<<',
    '/Type /Sig',
    '/Filter /Adobe.PPKLite',
    '/SubFilter /ETSI.CAdES.detached',
    `/ByteRange [0 ${placeholder} ${placeholder} ${placeholder}]`,
    `/Contents <${'0'.repeat(room * 2)}>`,
    `/M ${pdfDate(options.signedAt)}`,
    `/Name ${hexText(signerName)}`,
    `/Reason ${hexText(options.reason)}`,
    `/Location ${hexText(options.location)}`,
    '>>',
  ].join('\n');
}

interface OpenedForm {
  readonly context: PDFContext;
  readonly fields: readonly SignatureFieldInfo[];
}

/**
 * The form's signature fields, read through the xref; a file that reader does not understand
 * (hybrid xref, odd offsets, encryption) gets pdf-lib's full parse as before, with its answers.
 */
async function openForm(pdf: Uint8Array): Promise<OpenedForm> {
  try {
    const { context, catalog } = openThroughXref(pdf);
    return { context, fields: signatureFieldsIn(context, catalog) };
  } catch {
    const doc = await load(pdf);
    return { context: doc.context, fields: listSignatureFields(doc) };
  }
}

interface Placeholders {
  /** Where the /ByteRange array's `[` and `]` are, in the increment. */
  readonly rangeOpen: number;
  readonly rangeClose: number;
  /** Where /Contents' `<` and `>` are, in the increment. */
  readonly contentsOpen: number;
  readonly contentsClose: number;
}

/** The signature dictionary is the increment's first object, so the first matches are its own. */
function placeholdersIn(increment: Buffer): Placeholders {
  const byteRange = increment.indexOf('/ByteRange');
  const rangeOpen = increment.indexOf('[', byteRange);
  const rangeClose = increment.indexOf(']', rangeOpen);
  const contents = increment.indexOf('/Contents', rangeClose);
  const contentsOpen = increment.indexOf('<', contents);
  const contentsClose = increment.indexOf('>', contentsOpen);
  if (byteRange < 0 || rangeOpen < 0 || rangeClose < 0 || contents < 0 || contentsOpen < 0 || contentsClose < 0) {
    throw new Error('Signature dictionary placeholders not found in the increment');
  }
  return { rangeOpen, rangeClose, contentsOpen, contentsClose };
}

/**
 * A signed PDF as the signer produces it: the file is `parts` one after the other. The first part
 * IS the caller's input buffer (not a copy), so it must not be changed while the parts are in
 * use; the second is the increment, /ByteRange and /Contents filled in. Store it with
 * `vault.put(signed.parts, …)`; only a consumer that needs one buffer calls `joinSigned`.
 */
export interface SignedPdf {
  readonly parts: readonly [input: Uint8Array, increment: Uint8Array];
  readonly byteLength: number;
}

/** The signed file in one buffer, a copy of every byte: for consumers that must parse or check it whole. */
export const joinSigned = (signed: SignedPdf): Uint8Array => Buffer.concat(signed.parts);

/** Signs the field; the input bytes are the signed file's first part, unchanged and not copied. */
export async function signPdf(pdf: Uint8Array, signer: Signer, options: PadesOptions): Promise<SignedPdf> {
  const { context, fields } = await openForm(pdf);
  const field = fields.find((f) => f.name === options.field);
  if (field === undefined) throw new Failure('signature_field_missing', padesMessages.noField(options.field));
  if (field.value !== undefined) throw new Failure('signature_field_signed', padesMessages.alreadySigned(options.field));

  const chain = await signer.certificateChain();
  const description = signer.describe();
  let first: number;
  try {
    first = firstFreeObjectNumber(pdf, context);
  } catch (error) {
    if (error instanceof UnsupportedPdfError) throw new Failure('pdf_unsupported', padesMessages.unsupported);
    throw error;
  }
  const sigRef = PDFRef.of(first);
  const stampRefs = [PDFRef.of(first + 1), PDFRef.of(first + 2), PDFRef.of(first + 3)] as const;
  const [x1, y1, x2, y2] = field.rect;
  const stamp = stampObjects(stampRefs, {
    signer: description,
    signedAt: options.signedAt,
    zone: options.zone ?? WITA,
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  });
  const widget = field.dict.clone(context);
  widget.set(PDFName.of('V'), sigRef);
  widget.set(PDFName.of('AP'), context.obj({ N: stamp.appearance }));

  const added = incrementFor(pdf, context, [
    { ref: sigRef, body: signatureDictionary(options, description.signerName, contentsRoom(chain)) },
    // The field's own dictionary, as read from the file, with the two entries a signature sets.
    { ref: field.ref, body: widget.toString() },
    ...stamp.objects,
  ]);
  const increment = Buffer.from(added.buffer, added.byteOffset, added.byteLength);
  const at = placeholdersIn(increment);

  // Signed: everything but the hex string of /Contents, its delimiters included. The hole lies
  // inside the increment, so the input is signed whole and never written to.
  const total = pdf.length + increment.length;
  const holeStart = pdf.length + at.contentsOpen;
  const holeEnd = pdf.length + at.contentsClose + 1;
  const ranges = `[0 ${String(holeStart)} ${String(holeEnd)} ${String(total - holeEnd)}`;
  const room = at.rangeClose - at.rangeOpen;
  if (ranges.length > room) throw new Error('ByteRange does not fit its placeholder');
  increment.write(ranges.padEnd(room, ' '), at.rangeOpen, 'latin1');

  // The two ranges hashed where they lie, across the parts: the input, the increment up to '<',
  // and the increment after '>'.
  const digest = createHash('sha256')
    .update(pdf)
    .update(increment.subarray(0, at.contentsOpen))
    .update(increment.subarray(at.contentsClose + 1))
    .digest();
  const cms = Buffer.from(await buildCadesDetachedForDigest(digest, signer, chain)).toString('hex');
  if (cms.length > at.contentsClose - at.contentsOpen - 1) throw new Error('The CMS signature is larger than the room reserved in /Contents');
  increment.write(cms, at.contentsOpen + 1, 'latin1');
  return { parts: [pdf, new Uint8Array(increment.buffer, increment.byteOffset, increment.byteLength)], byteLength: total };
}
