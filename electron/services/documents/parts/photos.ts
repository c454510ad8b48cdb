// The photo appendix: each site photo scaled into the content width (never upscaled, at most
// half a page high), upright according to its EXIF orientation, with its caption, time and
// place kept on the same page as the picture.
import exifr from 'exifr';
import { degrees, type PDFImage } from 'pdf-lib';
import { Failure } from '../../../../common/contract';
import type { PhotoEntry } from '../../../../common/domain';
import { documentsMessages } from '../messages';
import type { Flow, TextStyle } from '../layout/flow';

export interface PhotoBytes {
  readonly bytes: Uint8Array;
  readonly mediaType: string;
}

export type PhotoLoader = (sha256: string) => Promise<PhotoBytes>;

const CAPTION: TextStyle = { size: 9, bold: true, align: 'center' };
const DETAIL: TextStyle = { size: 8.5, align: 'center' };
const MAX_HEIGHT = 300;

async function embed(flow: Flow, photo: PhotoBytes): Promise<{ image: PDFImage; quarterTurns: number }> {
  // pdf-lib reads JPEGs through a DataView over the whole underlying ArrayBuffer, so a Node
  // Buffer that is a slice of the shared pool would be read from the wrong offset: copy.
  const bytes = Uint8Array.from(photo.bytes);
  if (photo.mediaType === 'image/png') return { image: await flow.doc.embedPng(bytes), quarterTurns: 0 };
  const image = await flow.doc.embedJpg(bytes);
  const orientation: unknown = await exifr.orientation(bytes).catch(() => undefined);
  // EXIF 6 and 8 are quarter turns (clockwise, counter-clockwise), 3 a half turn; mirrored ones are rare from cameras.
  const quarterTurns = orientation === 6 ? 1 : orientation === 3 ? 2 : orientation === 8 ? 3 : 0;
  return { image, quarterTurns };
}

async function embedOrRefuse(flow: Flow, entry: PhotoEntry, photo: PhotoBytes): Promise<{ image: PDFImage; quarterTurns: number }> {
  try {
    return await embed(flow, photo);
  } catch {
    // pdf-lib refuses a damaged JPEG/PNG with a plain Error: that is the person's photo, not a bug.
    throw new Failure('photo_unreadable', documentsMessages.photoUnreadable(entry.number));
  }
}

export async function drawPhoto(flow: Flow, entry: PhotoEntry, photo: PhotoBytes): Promise<void> {
  const { image, quarterTurns } = await embedOrRefuse(flow, entry, photo);
  const sideways = quarterTurns % 2 === 1;
  const naturalW = sideways ? image.height : image.width;
  const naturalH = sideways ? image.width : image.height;
  const scale = Math.min(1, flow.contentWidth / naturalW, MAX_HEIGHT / naturalH);
  const dw = naturalW * scale;
  const dh = naturalH * scale;
  const captions = [
    { text: `Foto ${String(entry.number)}. ${entry.caption}`, style: CAPTION },
    ...(entry.takenAt === undefined ? [] : [{ text: `Waktu: ${entry.takenAt}`, style: DETAIL }]),
    ...(entry.location === undefined ? [] : [{ text: `Lokasi: ${entry.location}`, style: DETAIL }]),
  ];
  const wrapped = captions.flatMap((c) => flow.wrap(c.text, c.style, flow.contentWidth).map((line) => ({ line, style: c.style })));
  const captionHeight = wrapped.reduce((h, w) => h + flow.lineHeight(w.style), 0);
  flow.block(dh + 6 + captionHeight + 14, ({ page, x, top, width }) => {
    const bx = x + (width - dw) / 2;
    const by = top - dh;
    // pdf-lib rotates about the image's own bottom-left corner: place that corner so the turned picture fills the box.
    const anchor = [
      { x: bx, y: by },
      { x: bx, y: by + dh },
      { x: bx + dw, y: by + dh },
      { x: bx + dw, y: by },
    ][quarterTurns] ?? { x: bx, y: by };
    const [w, h] = sideways ? [dh, dw] : [dw, dh];
    page.drawImage(image, { x: anchor.x, y: anchor.y, width: w, height: h, rotate: degrees(-90 * quarterTurns) });
    let y = flow.size[1] - top + dh + 6;
    for (const { line, style } of wrapped) {
      flow.drawLine(page, line, x, y, width, style);
      y += flow.lineHeight(style);
    }
  });
}
