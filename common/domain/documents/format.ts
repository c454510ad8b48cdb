// Small formatting helpers shared by the document view models.
import type { Application } from '../application';
import { dateInOffset, WITA_OFFSET_MINUTES, type CalendarDate } from '../dates';
import type { EvidenceRef, PhotoTimeSource } from '../findings';
import { formatDateLong } from '../wording';

/** "0,12070° LU, 117,48560° BT": Indonesian decimal comma, hemisphere letters. */
export function formatCoordinates(lat: number, lon: number): string {
  const part = (v: number, pos: string, neg: string): string => `${Math.abs(v).toFixed(5).replace('.', ',')}° ${v < 0 ? neg : pos}`;
  return `${part(lat, 'LU', 'LS')}, ${part(lon, 'BT', 'BB')}`;
}

/** "23 Maret 2026 pukul 10.15 WITA" for an ISO instant, in Bontang time whatever its offset. */
export function formatInstantWita(iso: string): string {
  const instant = new Date(iso);
  const shifted = new Date(instant.getTime() + WITA_OFFSET_MINUTES * 60_000);
  const hh = String(shifted.getUTCHours()).padStart(2, '0');
  const mm = String(shifted.getUTCMinutes()).padStart(2, '0');
  return `${formatDateLong(dateInOffset(instant, WITA_OFFSET_MINUTES))} pukul ${hh}.${mm} WITA`;
}

/**
 * A photo's time in WITA; when the camera wrote no zone and it was read as WITA, said to be an
 * estimate so nobody takes a guessed zone for an exact time.
 */
export function formatPhotoTime(iso: string, source: PhotoTimeSource | undefined): string {
  const time = formatInstantWita(iso);
  return source === 'camera_assumed_wita' ? `${time} (± waktu kamera, zona tidak tercatat)` : time;
}

export const placeAndDate = (place: string, date: CalendarDate): string => `${place}, ${formatDateLong(date)}`;

/** "izin-operasional-kc.pdf hlm. 2" or "Foto 3" (the number in the photo appendix). */
export function describeEvidence(ref: EvidenceRef, app: Application, photoNumber: (sha: string) => number | undefined): string {
  if (ref.kind === 'document') {
    const name = app.documents.find((d) => d.id === ref.documentId)?.fileName ?? ref.documentId;
    return `${name} hlm. ${String(ref.page)}`;
  }
  const n = photoNumber(ref.blobSha256);
  return n === undefined ? 'Foto' : `Foto ${String(n)}`;
}
