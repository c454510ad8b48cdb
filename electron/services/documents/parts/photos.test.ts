// Phone photos are stored sideways with an EXIF orientation; the appendix must show them upright.
// A picture red on its left half and blue on its right, tagged "rotate 90° clockwise" (EXIF 6),
// must appear red on top and blue below; untagged, red left and blue right.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFonts, loadFontFiles } from '../layout/fonts';
import { Flow } from '../layout/flow';
import { drawPhoto } from './photos';

/** APP1 Exif segment holding only the orientation tag (big-endian TIFF, one IFD entry). */
function exifOrientation(value: number): Buffer {
  const tiff = Buffer.from([0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, value, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xe1]), length, body]);
}

function rgbAt(ppm: Buffer, x: number, y: number): [number, number, number] {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
  const width = Number(header?.[1]);
  const at = (header?.[0].length ?? 0) + (y * width + x) * 3;
  return [ppm[at] ?? 0, ppm[at + 1] ?? 0, ppm[at + 2] ?? 0];
}

const colour = ([r, g, b]: [number, number, number]): string => (r > 150 && b < 100 ? 'red' : b > 150 && r < 100 ? 'blue' : `other(${String(r)},${String(g)},${String(b)})`);

async function render(jpeg: Buffer): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const fonts = await embedFonts(doc, await loadFontFiles());
  // A page just wider than the photo box: the photo starts 10 pt from the left and top.
  const flow = new Flow(doc, fonts, { top: 10, right: 10, bottom: 10, left: 10 }, [220, 260]);
  await drawPhoto(flow, { number: 1, blobSha256: 'ab'.repeat(32), requirement: 'R2', caption: 'uji', takenAt: undefined, location: undefined }, { bytes: jpeg, mediaType: 'image/jpeg' });
  const dir = mkdtempSync(path.join(tmpdir(), 'verikop-photo-'));
  writeFileSync(path.join(dir, 'p.pdf'), await doc.save());
  execFileSync('pdftoppm', ['-r', '72', '-singlefile', path.join(dir, 'p.pdf'), path.join(dir, 'p')]);
  return readFileSync(path.join(dir, 'p.ppm'));
}

describe('photo orientation', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'verikop-jpeg-'));
  const file = path.join(dir, 'rb.jpg');
  execFileSync('convert', ['-size', '100x100', 'xc:red', '-size', '100x100', 'xc:blue', '+append', '-quality', '95', file]);
  const plain = readFileSync(file);
  const rotated = Buffer.concat([plain.subarray(0, 2), exifOrientation(6), plain.subarray(2)]);

  it('draws an untagged photo as stored', async () => {
    const ppm = await render(plain);
    // 200 x 100 picture scaled into 200 pt: left half red, right half blue.
    expect([colour(rgbAt(ppm, 60, 60)), colour(rgbAt(ppm, 160, 60))]).toEqual(['red', 'blue']);
  });

  it('turns an EXIF-6 photo upright: what was left is now on top', async () => {
    const ppm = await render(rotated);
    // Shown 100 wide x 200 tall, centred in the 200 pt box (x 60..160), from y = 10.
    expect([colour(rgbAt(ppm, 110, 50)), colour(rgbAt(ppm, 110, 160))]).toEqual(['red', 'blue']);
    expect(colour(rgbAt(ppm, 30, 100))).toMatch(/other/);
  });
});
