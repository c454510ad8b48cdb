// The QR code as drawn must be the library's symbol, module for module: render a page with
// poppler, sample the centre of every module, and compare with qrcode's own matrix.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { expect, it } from 'vitest';
import { drawQr } from './qr';

/** Parses a binary PGM (P5) as written by `pdftoppm -gray`. */
function readPgm(bytes: Buffer): { width: number; height: number; pixel: (x: number, y: number) => number } {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'));
  if (header?.[1] === undefined || header[2] === undefined) throw new Error('not a PGM');
  const width = Number(header[1]);
  const offset = header[0].length;
  return { width, height: Number(header[2]), pixel: (x, y) => bytes[offset + y * width + x] ?? 255 };
}

it('draws exactly the modules of the QR symbol for the verification address', async () => {
  const url = 'https://verikop.bontangkota.go.id/v/8f3a2c9d';
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const count = modules.size + 8; // with the quiet zone
  const unit = 4; // points per module; at 72 dpi one point is one pixel
  const doc = await PDFDocument.create();
  const page = doc.addPage([count * unit + 20, count * unit + 20]);
  drawQr(page, url, 10, 10, count * unit);
  const dir = mkdtempSync(path.join(tmpdir(), 'verikop-qr-'));
  writeFileSync(path.join(dir, 'qr.pdf'), await doc.save());
  execFileSync('pdftoppm', ['-gray', '-r', '72', '-singlefile', path.join(dir, 'qr.pdf'), path.join(dir, 'qr')]);
  const image = readPgm(readFileSync(path.join(dir, 'qr.pgm')));
  const topLeft = image.height - 10 - count * unit; // pdf y grows upwards, image rows downwards
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      const x = 10 + (4 + col) * unit + unit / 2;
      const y = topLeft + (4 + row) * unit + unit / 2;
      expect(image.pixel(x, y) < 128, `module ${String(row)},${String(col)}`).toBe(modules.get(row, col) === 1);
    }
  }
  // The quiet zone is white.
  expect(image.pixel(10 + unit, topLeft + unit)).toBeGreaterThan(200);
});
