// Test support only (no production module imports this): a real JPEG drawn by ImageMagick, and an
// EXIF block written byte by byte with exactly the tags a phone camera writes for a site photo —
// capture time, its UTC offset, GPS position (degrees, minutes, seconds as rationals with N/S and
// E/W references) and the GPS UTC time stamp. ImageMagick cannot set those tags, and writing
// them here means the tests know precisely what the reader must find.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ExifFields {
  /** "2026:03:30 10:15:00", as cameras write DateTimeOriginal (local time, no zone). */
  readonly dateTimeOriginal?: string;
  /** "+08:00" (OffsetTimeOriginal, EXIF 2.31). */
  readonly offsetTimeOriginal?: string;
  readonly gps?: { readonly lat: number; readonly lon: number };
  /** GPSDateStamp "2026:03:30" and GPSTimeStamp [h, m, s], always UTC. */
  readonly gpsUtc?: { readonly date: string; readonly time: readonly [number, number, number] };
  /** Big-endian TIFF ("MM") instead of little-endian ("II"): cameras write both. */
  readonly bigEndian?: boolean;
}

const ASCII = 2;
const SHORT = 3;
const LONG = 4;
const RATIONAL = 5;
const BYTE = 1;

interface Entry {
  readonly tag: number;
  readonly type: number;
  readonly count: number;
  /** The value's bytes, in the TIFF's byte order. */
  readonly data: Uint8Array;
}

class Writer {
  constructor(readonly little: boolean) {}
  u16(v: number): Uint8Array {
    const b = new Uint8Array(2);
    new DataView(b.buffer).setUint16(0, v, this.little);
    return b;
  }
  u32(v: number): Uint8Array {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v, this.little);
    return b;
  }
  ascii(tag: number, text: string): Entry {
    const data = new TextEncoder().encode(`${text}\0`);
    return { tag, type: ASCII, count: data.length, data };
  }
  rationals(tag: number, values: readonly (readonly [number, number])[]): Entry {
    return { tag, type: RATIONAL, count: values.length, data: concat(values.flatMap(([n, d]) => [this.u32(n), this.u32(d)])) };
  }
  long(tag: number, value: number): Entry {
    return { tag, type: LONG, count: 1, data: this.u32(value) };
  }
  bytes(tag: number, values: readonly number[]): Entry {
    return { tag, type: BYTE, count: values.length, data: Uint8Array.from(values) };
  }
  short(tag: number, value: number): Entry {
    return { tag, type: SHORT, count: 1, data: this.u16(value) };
  }
  /** One IFD at `offset` (from the TIFF header) with its out-of-line values right after it. */
  ifd(entries: readonly Entry[], offset: number): Uint8Array {
    const sorted = [...entries].sort((a, b) => a.tag - b.tag);
    let dataAt = offset + 2 + sorted.length * 12 + 4;
    const table: Uint8Array[] = [this.u16(sorted.length)];
    const data: Uint8Array[] = [];
    for (const e of sorted) {
      table.push(this.u16(e.tag), this.u16(e.type), this.u32(e.count));
      if (e.data.length <= 4) {
        const inline = new Uint8Array(4);
        inline.set(e.data);
        table.push(inline);
      } else {
        table.push(this.u32(dataAt));
        const padded = e.data.length % 2 === 0 ? e.data : concat([e.data, new Uint8Array(1)]);
        data.push(padded);
        dataAt += padded.length;
      }
    }
    table.push(this.u32(0));
    return concat([...table, ...data]);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Degrees as [deg, min, sec×10000] rationals, the way cameras store them. */
function dms(value: number): [number, number][] {
  const abs = Math.abs(value);
  const deg = Math.floor(abs);
  const minutes = Math.floor((abs - deg) * 60);
  const seconds = Math.round(((abs - deg) * 60 - minutes) * 60 * 10_000);
  return [
    [deg, 1],
    [minutes, 1],
    [seconds, 10_000],
  ];
}

/** The TIFF structure of an APP1 "Exif" segment holding `fields`. */
export function exifTiff(fields: ExifFields): Uint8Array {
  const w = new Writer(fields.bigEndian !== true);
  const header = concat([new TextEncoder().encode(fields.bigEndian === true ? 'MM' : 'II'), w.u16(42), w.u32(8)]);
  const exifEntries: Entry[] = [];
  if (fields.dateTimeOriginal !== undefined) exifEntries.push(w.ascii(0x9003, fields.dateTimeOriginal));
  if (fields.offsetTimeOriginal !== undefined) exifEntries.push(w.ascii(0x9011, fields.offsetTimeOriginal));
  const gpsEntries: Entry[] = [];
  if (fields.gps !== undefined) {
    const { lat, lon } = fields.gps;
    gpsEntries.push(
      w.bytes(0x0000, [2, 3, 0, 0]),
      w.ascii(0x0001, lat < 0 ? 'S' : 'N'),
      w.rationals(0x0002, dms(lat)),
      w.ascii(0x0003, lon < 0 ? 'W' : 'E'),
      w.rationals(0x0004, dms(lon)),
    );
  }
  if (fields.gpsUtc !== undefined) {
    gpsEntries.push(w.rationals(0x0007, fields.gpsUtc.time.map((v) => [v, 1] as const)), w.ascii(0x001d, fields.gpsUtc.date));
  }
  // IFD0 points at the EXIF and GPS IFDs; its own size does not depend on where they land.
  const ifd0Size = (n: number): number => 2 + n * 12 + 4;
  const pointers = (exifEntries.length > 0 ? 1 : 0) + (gpsEntries.length > 0 ? 1 : 0);
  const ifd0Entries: Entry[] = [w.short(0x0112, 1)];
  let next = 8 + ifd0Size(ifd0Entries.length + pointers);
  const exifIfd = exifEntries.length > 0 ? w.ifd(exifEntries, next) : new Uint8Array(0);
  if (exifEntries.length > 0) ifd0Entries.push(w.long(0x8769, next));
  next += exifIfd.length;
  if (gpsEntries.length > 0) ifd0Entries.push(w.long(0x8825, next));
  const gpsIfd = gpsEntries.length > 0 ? w.ifd(gpsEntries, next) : new Uint8Array(0);
  return concat([header, w.ifd(ifd0Entries, 8), exifIfd, gpsIfd]);
}

/** `jpeg` with an APP1 Exif segment holding `fields`, placed right after the SOI marker. */
export function withExif(jpeg: Uint8Array, fields: ExifFields): Uint8Array {
  const payload = concat([new TextEncoder().encode('Exif\0\0'), exifTiff(fields)]);
  const length = payload.length + 2;
  return concat([jpeg.subarray(0, 2), Uint8Array.from([0xff, 0xe1, length >> 8, length & 0xff]), payload, jpeg.subarray(2)]);
}

/** A real JPEG (or PNG) drawn by ImageMagick: a gradient with a dark band, `width` × `height`. */
export function drawnImage(format: 'jpg' | 'png', width = 320, height = 240): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'verikop-photo-fixture-'));
  try {
    const out = join(dir, `foto.${format}`);
    execFileSync('convert', ['-size', `${String(width)}x${String(height)}`, 'gradient:olive-skyblue', '-fill', 'black', '-draw', `rectangle 0,0 ${String(Math.floor(width / 6))},${String(height)}`, out]);
    return new Uint8Array(readFileSync(out));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
