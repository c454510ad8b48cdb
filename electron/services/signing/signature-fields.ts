// Prepared signature fields. A Verikop document is generated with an empty signature field in
// each signature block (name, page, rectangle); signing later fills exactly that field in an
// incremental update, so the visible stamp lands where the layout put it and the page and form
// objects never need rewriting. Verification reads the same fields back.
import {
  PDFArray,
  StandardFontEmbedder,
  StandardFonts,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRef,
  PDFString,
  type PDFContext,
  type PDFDocument,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib';

/** Field names become PDF partial names: no dots, nothing a viewer would have to escape. */
export const SIGNATURE_FIELD_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

export interface SignatureFieldSpec {
  readonly name: string;
  /** Rectangle in page space (points, origin bottom left). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Shown in the empty field until it is signed (its appearance, replaced by the signature's). */
  readonly hint?: string;
}

const SIG_FLAGS_SIGNATURES_EXIST_APPEND_ONLY = 3;
const ANNOTATION_FLAG_PRINT = 4;

const helvetica = StandardFontEmbedder.for(StandardFonts.Helvetica as never);

/** The unsigned field's look: the hint, small and grey, centred. Helvetica: nothing to embed. */
function hintAppearance(doc: PDFDocument, width: number, height: number, hint: string): PDFRef {
  const size = Math.min(7, (7 * (width - 8)) / Math.max(1, helvetica.widthOfTextAtSize(hint, 7)));
  const x = (width - helvetica.widthOfTextAtSize(hint, size)) / 2;
  const y = height / 2 - size / 3;
  const content = `BT /F1 ${size.toFixed(2)} Tf 0.6 0.6 0.6 rg ${x.toFixed(2)} ${y.toFixed(2)} Td ${helvetica.encodeText(hint).toString()} Tj ET`;
  const font = doc.context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
  const stream = doc.context.stream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: { Font: { F1: doc.context.register(font) } },
  });
  return doc.context.register(stream);
}

/** Adds an empty signature field with a widget on `page`. */
export function prepareSignatureField(doc: PDFDocument, page: PDFPage, spec: SignatureFieldSpec): void {
  if (!SIGNATURE_FIELD_NAME.test(spec.name)) throw new RangeError(`Invalid signature field name: ${spec.name}`);
  if (listSignatureFields(doc).some((f) => f.name === spec.name)) {
    throw new RangeError(`Duplicate signature field name: ${spec.name}`);
  }
  const context = doc.context;
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: PDFString.of(spec.name),
    F: ANNOTATION_FLAG_PRINT,
    Rect: [spec.x, spec.y, spec.x + spec.width, spec.y + spec.height],
    P: page.ref,
  });
  if (spec.hint !== undefined) widget.set(PDFName.of('AP'), context.obj({ N: hintAppearance(doc, spec.width, spec.height, spec.hint) }));
  const ref = context.register(widget);
  page.node.addAnnot(ref);
  const acroForm = doc.catalog.getOrCreateAcroForm();
  acroForm.addField(ref);
  // Set from the start: viewers then save incrementally, which keeps signatures valid.
  acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(SIG_FLAGS_SIGNATURES_EXIST_APPEND_ONLY));
}

export interface SignatureFieldInfo {
  readonly name: string;
  readonly ref: PDFRef;
  readonly dict: PDFDict;
  /** The signature dictionary (/V), absent while the field is unsigned. */
  readonly value: PDFDict | undefined;
  readonly rect: readonly [number, number, number, number];
}

function textOf(obj: PDFObject | undefined): string | undefined {
  if (obj instanceof PDFString || obj instanceof PDFHexString) return obj.decodeText();
  return undefined;
}

function rectOf(dict: PDFDict): [number, number, number, number] {
  const rect = dict.lookupMaybe(PDFName.of('Rect'), PDFArray);
  const n = (i: number): number => {
    const v = rect?.lookupMaybe(i, PDFNumber);
    return v?.asNumber() ?? 0;
  };
  return [n(0), n(1), n(2), n(3)];
}

/** Every signature field of the document's form, in form order, with full dotted names. */
export function listSignatureFields(doc: PDFDocument): SignatureFieldInfo[] {
  return signatureFieldsIn(doc.context, doc.catalog);
}

/** The same, for a context opened another way (signing reads through the xref, see xref-reader.ts). */
export function signatureFieldsIn(context: PDFContext, catalog: PDFDict): SignatureFieldInfo[] {
  const acroForm = catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict);
  const fields = acroForm?.lookupMaybe(PDFName.of('Fields'), PDFArray);
  const found: SignatureFieldInfo[] = [];
  const seen = new Set<string>();
  const visit = (entry: PDFObject, prefix: string, inheritedFt: string | undefined): void => {
    if (!(entry instanceof PDFRef) || seen.has(entry.toString())) return;
    seen.add(entry.toString());
    const dict = context.lookupMaybe(entry, PDFDict);
    if (dict === undefined) return;
    const partial = textOf(dict.get(PDFName.of('T')));
    const name = partial === undefined ? prefix : prefix === '' ? partial : `${prefix}.${partial}`;
    const ft = dict.lookupMaybe(PDFName.of('FT'), PDFName)?.asString() ?? inheritedFt;
    const kids = dict.lookupMaybe(PDFName.of('Kids'), PDFArray);
    if (kids !== undefined && kids.size() > 0 && partial !== undefined) {
      for (let i = 0; i < kids.size(); i += 1) visit(kids.get(i), name, ft);
      return;
    }
    if (ft !== '/Sig' || name === '') return;
    found.push({ name, ref: entry, dict, value: dict.lookupMaybe(PDFName.of('V'), PDFDict), rect: rectOf(dict) });
  };
  for (let i = 0; i < (fields?.size() ?? 0); i += 1) {
    const entry = fields?.get(i);
    if (entry !== undefined) visit(entry, '', undefined);
  }
  return found;
}
