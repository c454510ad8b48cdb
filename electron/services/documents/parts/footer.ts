// The foot of every page: the electronic-signature statement that government TTE documents
// carry (who issued the certificate, how to check the document) and "Halaman X dari Y".
import { rgb, type PDFPage } from 'pdf-lib';
import type { Flow } from '../layout/flow';

export const BSRE_ISSUER = 'Balai Sertifikasi Elektronik (BSrE), Badan Siber dan Sandi Negara';

export interface FooterText {
  /** Who issues the signing certificates: BSrE in production, the demo CA in demo mode. */
  readonly issuer: string;
  /** The server's verification page for this document, when there is one (the letter's QR). */
  readonly verificationUrl?: string;
}

export function footerStatement(text: FooterText): string {
  const how =
    text.verificationUrl === undefined
      ? 'Keaslian dokumen ini dapat diperiksa dengan aplikasi pembaca PDF yang mendukung tanda tangan elektronik.'
      : `Keaslian dokumen ini dapat diperiksa dengan memindai kode QR atau membuka ${text.verificationUrl}, serta dengan aplikasi pembaca PDF yang mendukung tanda tangan elektronik.`;
  return `Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh ${text.issuer}. ${how}`;
}

const SIZE = 7;
const GREY = rgb(0.3, 0.3, 0.3);
/** Space the footer needs below the content: keep the bottom margin at least this. */
export const FOOTER_HEIGHT = 58;

export function drawFooter(flow: Flow, page: PDFPage, index: number, count: number, text: FooterText): void {
  const x = flow.margins.left;
  const width = flow.contentWidth;
  const numberText = `Halaman ${String(index + 1)} dari ${String(count)}`;
  const numberWidth = flow.fonts.regular.widthOfTextAtSize(numberText, SIZE + 1);
  const textWidth = width - numberWidth - 16;
  const lines = flow.wrap(footerStatement(text), { size: SIZE }, textWidth);
  const lh = SIZE * 1.3;
  const bottom = 26;
  const ruleY = bottom + lines.length * lh + 6;
  page.drawLine({ start: { x, y: ruleY }, end: { x: x + width, y: ruleY }, thickness: 0.5, color: GREY });
  lines.forEach((line, i) => {
    page.drawText(line.text, { x, y: ruleY - 6 - (i + 1) * lh + 2, size: SIZE, font: flow.fonts.regular, color: GREY });
  });
  page.drawText(numberText, { x: x + width - numberWidth, y: ruleY - 6 - lh + 1, size: SIZE + 1, font: flow.fonts.regular, color: GREY });
}
