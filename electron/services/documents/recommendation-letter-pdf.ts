// The Surat Rekomendasi to the head of DPMPTSP laid out from its view model: letterhead;
// Nomor/Sifat/Lampiran/Hal on the left with place and date level on the right; "Yth." addressee;
// opening, applicant particulars, results per requirement, the decision with reasons, closing;
// the signatory's block with the QR code for the verification page; tembusan.
import type { RecommendationLetterView } from '../../../common/domain';
import { finishDocument, startDocument, type RenderContext, type RenderedDocument } from './document-frame';
import type { Flow, TextStyle } from './layout/flow';
import { drawQr } from './layout/qr';
import { drawTable } from './layout/table';
import { drawLabelled } from './parts/labelled';
import { drawLetterhead } from './parts/letterhead';
import { drawSignatureBlock, signatureBlockHeight, type SignatureSlot } from './parts/signature-block';

const BODY: TextStyle = { size: 10.5, align: 'justify' };
const PLAIN: TextStyle = { size: 10.5 };
const SIGNATURE_FIELD = 'penandatangan';
const QR_SIZE = 78;

function headerAndDate(flow: Flow, view: RecommendationLetterView): void {
  const top = flow.cursor;
  const headerWidth = flow.contentWidth * 0.64;
  flow.drawLine(flow.page, { text: flow.fonts.clean(view.placeAndDate), last: true }, flow.margins.left + headerWidth, top, flow.contentWidth - headerWidth, { ...PLAIN, align: 'right' });
  drawLabelled(flow, view.header, { size: 10.5, labelWidth: 58, width: headerWidth });
  flow.space(14);
}

function addressee(flow: Flow, view: RecommendationLetterView): void {
  const [title = '', ...rest] = view.addressee.lines;
  const width = flow.contentWidth * 0.62;
  flow.ensure(flow.lineHeight(PLAIN) * 4);
  const top = flow.cursor;
  flow.drawLine(flow.page, { text: view.addressee.salutation, last: true }, flow.margins.left, top, 30, PLAIN);
  // The title wraps under itself, after "Yth.".
  flow.paragraph(title, PLAIN, { indent: 30, width: width - 30 });
  for (const [i, line] of rest.entries()) flow.paragraph(line, PLAIN, { indent: i === 0 ? 30 : 48 });
  flow.space(14);
}

function results(flow: Flow, view: RecommendationLetterView): void {
  flow.ensure(flow.lineHeight(PLAIN) + 50);
  flow.paragraph(view.resultsHeading, PLAIN, { spaceAfter: 4 });
  drawTable(flow, {
    columns: [
      { header: 'No', weight: 6, align: 'center' },
      { header: 'Persyaratan', weight: 70 },
      { header: 'Hasil verifikasi', weight: 24, align: 'center' },
    ],
    rows: view.results.map((r) => [String(r.number), `${r.requirement}. ${r.label}`, { text: r.statusLabel, strong: r.statusLabel.toLowerCase() === 'tidak sesuai' }]),
    size: 9.5,
    indent: 12,
  });
  flow.space(10);
}

function decision(flow: Flow, view: RecommendationLetterView): void {
  flow.paragraph(view.decision, BODY, { spaceAfter: view.reasons.length > 0 ? 4 : 8 });
  if (view.reasons.length > 0) {
    drawTable(flow, {
      columns: [
        { header: '', weight: 5 },
        { header: '', weight: 95 },
      ],
      rows: view.reasons.map((r, i) => [`${String(i + 1)}.`, `${r.requirement} (${r.label}): ${r.reason}`]),
      size: 10,
      borders: false,
      padding: 1,
      indent: 12,
    });
    flow.space(8);
  }
}

function signatureAndQr(flow: Flow, view: RecommendationLetterView): void {
  const blockWidth = flow.contentWidth * 0.52;
  const slot: SignatureSlot = { field: SIGNATURE_FIELD, heading: [`${view.signatory.position},`], official: view.signatory };
  const height = signatureBlockHeight(flow, slot, blockWidth);
  flow.block(height + 8, ({ page, x, top, width }) => {
    const blockX = x + width - blockWidth;
    drawSignatureBlock(flow, page, blockX, flow.size[1] - top, blockWidth, slot);
    // The QR code sits left of the stamp, level with it; its caption under it.
    const headingLines = flow.wrap(slot.heading[0] ?? '', { size: 10 }, blockWidth).length;
    const qrTop = top - headingLines * flow.lineHeight({ size: 10 }) + 4;
    drawQr(page, view.verificationUrl, x + 8, qrTop - QR_SIZE, QR_SIZE);
    const caption = flow.wrap(view.qrCaption, { size: 7 }, 120);
    caption.forEach((line, i) => {
      flow.drawLine(page, line, x + 8, flow.size[1] - (qrTop - QR_SIZE) + 2 + i * 9, 120, { size: 7 });
    });
  });
}

function carbonCopies(flow: Flow, view: RecommendationLetterView): void {
  if (view.carbonCopies.length === 0) return;
  const style: TextStyle = { size: 9.5 };
  flow.ensure(flow.lineHeight(style) * Math.min(3, view.carbonCopies.length + 1));
  flow.paragraph(view.carbonCopiesHeading, { ...style, bold: true });
  view.carbonCopies.forEach((cc, i) => {
    flow.paragraph(`${String(i + 1)}. ${cc}`, style, { indent: 4 });
  });
}

export async function renderRecommendationLetter(view: RecommendationLetterView, ctx: RenderContext): Promise<RenderedDocument> {
  const subject = view.header.find((h) => h.label === 'Hal')?.value ?? 'Surat Rekomendasi';
  const number = view.header.find((h) => h.label === 'Nomor')?.value ?? '';
  const flow = await startDocument(ctx, { title: `Surat Rekomendasi ${number}`, subject, author: view.letterhead.agency });
  drawLetterhead(flow, view.letterhead);
  headerAndDate(flow, view);
  addressee(flow, view);
  flow.paragraph(view.opening, BODY, { spaceAfter: 6 });
  drawLabelled(flow, view.applicant, { size: 10, labelWidth: 165, indent: 12 });
  flow.space(8);
  results(flow, view);
  decision(flow, view);
  flow.paragraph(view.closing, BODY, { spaceAfter: 16 });
  signatureAndQr(flow, view);
  flow.space(10);
  carbonCopies(flow, view);
  const bytes = await finishDocument(flow, { issuer: ctx.signatureIssuer, verificationUrl: view.verificationUrl });
  return {
    bytes,
    pageCount: flow.pages.length,
    signatureFields: [{ field: SIGNATURE_FIELD, role: 'Penandatangan', name: view.signatory.name, nip: view.signatory.nip }],
  };
}
