// What both documents share: an A4 PDF with the embedded fonts, the page margins (room at the
// foot for the signature statement), metadata, and the final pass that writes footers and
// page numbers and saves without object streams so signatures can be appended incrementally.
import { PDFDocument } from 'pdf-lib';
import { embedFonts, type FontFiles } from './layout/fonts';
import { Flow, mm } from './layout/flow';
import { FOOTER_HEIGHT, drawFooter, type FooterText } from './parts/footer';
import type { PhotoLoader } from './parts/photos';

export interface RenderContext {
  readonly fonts: FontFiles;
  /** Issuer named in the electronic-signature statement. */
  readonly signatureIssuer: string;
  readonly loadPhoto: PhotoLoader;
  /** Written as the PDF's creation date. */
  readonly now: Date;
}

export interface SignatureFieldPlan {
  readonly field: string;
  readonly role: string;
  readonly name: string;
  readonly nip: string;
}

export interface RenderedDocument {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly signatureFields: readonly SignatureFieldPlan[];
}

export interface Metadata {
  readonly title: string;
  readonly subject: string;
  readonly author: string;
}

export async function startDocument(ctx: RenderContext, meta: Metadata): Promise<Flow> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setSubject(meta.subject);
  doc.setAuthor(meta.author);
  doc.setCreator('Verikop');
  doc.setProducer('Verikop (pdf-lib)');
  doc.setLanguage('id-ID');
  doc.setCreationDate(ctx.now);
  doc.setModificationDate(ctx.now);
  const fonts = await embedFonts(doc, ctx.fonts);
  return new Flow(doc, fonts, { top: mm(14), right: mm(20), bottom: FOOTER_HEIGHT + 14, left: mm(25) });
}

export async function finishDocument(flow: Flow, footer: FooterText): Promise<Uint8Array> {
  flow.finish((page, index, count) => {
    drawFooter(flow, page, index, count, footer);
  });
  return flow.doc.save({ useObjectStreams: false });
}
