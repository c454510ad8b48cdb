// The visible stamp drawn inside a signed field: who signed (from the certificate, not from user
// input), their NIP, when, and with which CA's certificate. It uses the standard Helvetica fonts
// (nothing to embed after the fact); characters outside WinAnsi are shown as "?".
import { StandardFontEmbedder, StandardFonts, type PDFRef } from 'pdf-lib';
import { formatNip } from './certificate';
import type { IndirectObject } from './incremental';
import { pdfNumber, reference } from './pdf-text';
import type { SignerDescription } from './signer';

export interface StampTimeZone {
  /** Offset from UTC in minutes: Bontang is WITA, UTC+8. */
  readonly offsetMinutes: number;
  readonly label: string;
}

export const WITA: StampTimeZone = { offsetMinutes: 480, label: 'WITA' };

const regular = StandardFontEmbedder.for(StandardFonts.Helvetica as never);
const bold = StandardFontEmbedder.for(StandardFonts.HelveticaBold as never);

function winAnsi(embedder: StandardFontEmbedder, text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      embedder.encodeText(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** "28/11/2026 15.04 WITA": the Indonesian way of writing a time, in the office's zone. */
export function stampTime(at: Date, zone: StampTimeZone): string {
  const local = new Date(at.getTime() + zone.offsetMinutes * 60_000);
  const date = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${String(local.getUTCFullYear())}`;
  return `${date} ${two(local.getUTCHours())}.${two(local.getUTCMinutes())} ${zone.label}`;
}

interface Line {
  readonly text: string;
  readonly font: 'F1' | 'F2';
  readonly size: number;
}

export interface StampInput {
  readonly signer: SignerDescription;
  readonly signedAt: Date;
  readonly zone: StampTimeZone;
  readonly width: number;
  readonly height: number;
}

function stampLines(input: StampInput): Line[] {
  const { signer } = input;
  const lines: Line[] = [
    { text: 'Ditandatangani secara elektronik oleh:', font: 'F1', size: 6.5 },
    { text: signer.signerName, font: 'F2', size: 8.5 },
  ];
  if (signer.signerNip !== undefined) lines.push({ text: formatNip(signer.signerNip), font: 'F1', size: 7 });
  lines.push({ text: `Waktu: ${stampTime(input.signedAt, input.zone)}`, font: 'F1', size: 6.5 });
  lines.push({ text: `Sertifikat: ${signer.issuerName}`, font: 'F1', size: 6 });
  return lines;
}

function contentStream(input: StampInput): string {
  const { width: w, height: h } = input;
  const pad = 4;
  const lines = stampLines(input);
  const natural = lines.reduce((sum, l) => sum + l.size * 1.25, 0);
  const scale = Math.min(1, (h - 2 * pad) / natural);
  const ops: string[] = [
    'q 0.94 0.96 1 rg 0 0 ' + `${w.toFixed(2)} ${h.toFixed(2)} re f Q`,
    `q 0.12 0.23 0.54 RG 0.8 w 0.4 0.4 ${(w - 0.8).toFixed(2)} ${(h - 0.8).toFixed(2)} re S Q`,
    'BT 0.1 0.1 0.1 rg',
  ];
  let y = h - pad;
  for (const line of lines) {
    const embedder = line.font === 'F1' ? regular : bold;
    const text = winAnsi(embedder, line.text);
    let size = line.size * scale;
    const available = w - 2 * pad;
    const width = embedder.widthOfTextAtSize(text, size);
    if (width > available) size *= available / width;
    y -= line.size * scale * 1.25;
    ops.push(`/${line.font} ${size.toFixed(2)} Tf 1 0 0 1 ${pad.toFixed(2)} ${(y + line.size * scale * 0.25).toFixed(2)} Tm`);
    ops.push(`${embedder.encodeText(text).toString()} Tj`);
  }
  ops.push('ET');
  return ops.join('\n');
}

/** The appearance stream (and its two font objects) for a field of the given size, as PDF text. */
export function stampObjects(refs: readonly [PDFRef, PDFRef, PDFRef], input: StampInput): {
  readonly appearance: PDFRef;
  readonly objects: IndirectObject[];
} {
  const [streamRef, f1Ref, f2Ref] = refs;
  const font = (base: string): string => `<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`;
  // The content is ASCII (text goes in as hex strings), so its length in bytes is its length.
  const content = contentStream(input);
  const resources = `<< /Font << /F1 ${reference(f1Ref.objectNumber)} /F2 ${reference(f2Ref.objectNumber)} >> >>`;
  const stream =
    `<< /Type /XObject /Subtype /Form /BBox [0 0 ${pdfNumber(input.width)} ${pdfNumber(input.height)}] /Resources ${resources} /Length ${String(content.length)} >>\n` +
    `stream\n${content}\nendstream`;
  return {
    appearance: streamRef,
    objects: [
      { ref: streamRef, body: stream },
      { ref: f1Ref, body: font('Helvetica') },
      { ref: f2Ref, body: font('Helvetica-Bold') },
    ],
  };
}
