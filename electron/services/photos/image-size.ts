// The pixel size of a JPEG or PNG, read from its headers. A file can carry the right first bytes
// and still not be a picture (cut short, or made to look like one); the appendix of the Berita
// Acara would then fail long after the photo was pinned. Finding the frame header now refuses
// such a file while the person still has the original at hand.
import type { SniffedMediaType } from '../vault/media-types';

export interface ImageSize {
  readonly width: number;
  readonly height: number;
}

// Start-of-frame markers: baseline, progressive, lossless and arithmetic variants. C4 (Huffman
// tables), C8 (reserved) and CC (arithmetic conditioning) share the range but are not frames.
const isStartOfFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes (FF FF …) may pad between segments.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    // Markers without a length: TEM and the restart markers; SOS/EOI before a frame header means none.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (marker === 0xda || marker === 0xd9) return undefined;
    const length = view.getUint16(at + 2);
    if (length < 2) return undefined;
    if (isStartOfFrame(marker)) {
      if (at + 9 > bytes.length) return undefined;
      return { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    }
    at += 2 + length;
  }
  return undefined;
}

function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The size in pixels, or undefined when no usable frame header is found. */
export function imageSize(bytes: Uint8Array, mediaType: Extract<SniffedMediaType, 'image/jpeg' | 'image/png'>): ImageSize | undefined {
  const size = mediaType === 'image/jpeg' ? jpegSize(bytes) : pngSize(bytes);
  return size !== undefined && size.width > 0 && size.height > 0 ? size : undefined;
}
