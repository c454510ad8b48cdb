// A QR code drawn as vector rectangles (one per horizontal run of dark modules), so it stays
// sharp at any zoom and in print. Error correction M survives a folded or slightly smudged page.
import { rgb, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';

/** The quiet zone the QR standard asks for around the symbol, in modules. */
const QUIET_ZONE = 4;

/** Draws `text` as a QR code in a square of `size` points whose bottom-left corner is (x, y). */
export function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = modules.size;
  const unit = size / (count + 2 * QUIET_ZONE);
  const black = rgb(0, 0, 0);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      page.drawRectangle({
        x: x + (QUIET_ZONE + start) * unit,
        y: y + size - (QUIET_ZONE + row + 1) * unit,
        width: (col - start) * unit,
        height: unit,
        color: black,
      });
    }
  }
}
