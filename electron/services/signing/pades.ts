// Signing a Verikop PDF, PAdES baseline B-B: fill a prepared signature field in an incremental
// update (signature dictionary with SubFilter ETSI.CAdES.detached and the time in /M, plus the
// visible stamp), then let @signpdf compute the byte ranges and embed our CAdES signature.
import { SignPdf } from '@signpdf/signpdf';
import { Signer as SignPdfSigner } from '@signpdf/utils';
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFContext } from 'pdf-lib';
import { Failure } from '../../../common/contract';
import { WITA, stampObjects, type StampTimeZone } from './appearance';
import { buildCadesDetached } from './cms';
import { UnsupportedPdfError, appendIncrement, firstFreeObjectNumber } from './incremental';
import { listSignatureFields } from './signature-fields';
import type { Signer } from './signer';

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

/** Bridges our Signer to @signpdf, which hands over the bytes of the signed ranges. */
class CadesSigner extends SignPdfSigner {
  constructor(
    private readonly signer: Signer,
    private readonly chain: readonly Uint8Array[],
  ) {
    super();
  }

  override async sign(signedRanges: Buffer): Promise<Buffer> {
    return Buffer.from(await buildCadesDetached(signedRanges, this.signer, this.chain));
  }
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

function signatureDictionary(context: PDFContext, options: PadesOptions, signerName: string, room: number): PDFDict {
  const placeholder = PDFName.of('**********');
  return context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    // @signpdf finds this placeholder and the /Contents after it; keep this order.
    ByteRange: [PDFNumber.of(0), placeholder, placeholder, placeholder],
    Contents: PDFHexString.of('0'.repeat(room * 2)),
    M: PDFString.fromDate(options.signedAt),
    Name: PDFHexString.fromText(signerName),
    Reason: PDFHexString.fromText(options.reason),
    Location: PDFHexString.fromText(options.location),
  });
}

/** Returns the PDF with the field signed; the input bytes stay a prefix of the output. */
export async function signPdf(pdf: Uint8Array, signer: Signer, options: PadesOptions): Promise<Uint8Array> {
  const doc = await load(pdf);
  const field = listSignatureFields(doc).find((f) => f.name === options.field);
  if (field === undefined) throw new Failure('signature_field_missing', padesMessages.noField(options.field));
  if (field.value !== undefined) throw new Failure('signature_field_signed', padesMessages.alreadySigned(options.field));

  const context = doc.context;
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
  const stamp = stampObjects(context, stampRefs, {
    signer: description,
    signedAt: options.signedAt,
    zone: options.zone ?? WITA,
    width: Math.abs(x2 - x1),
    height: Math.abs(y2 - y1),
  });
  const widget = field.dict.clone(context);
  widget.set(PDFName.of('V'), sigRef);
  widget.set(PDFName.of('AP'), context.obj({ N: stamp.appearance }));

  const prepared = appendIncrement(pdf, context, [
    { ref: sigRef, object: signatureDictionary(context, options, description.signerName, contentsRoom(chain)) },
    { ref: field.ref, object: widget },
    ...stamp.objects,
  ]);
  const signed = await new SignPdf().sign(Buffer.from(prepared), new CadesSigner(signer, chain));
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
