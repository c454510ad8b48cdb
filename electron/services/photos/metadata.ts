// When and where a site photo was taken, from its EXIF. Read with exifr's raw values: revived
// dates would be turned into instants in this computer's time zone, which says nothing about the
// camera's. The time is the camera's DateTimeOriginal with its own OffsetTimeOriginal when it
// wrote one; otherwise the GPS clock (GPSDateStamp + GPSTimeStamp, always UTC); otherwise the
// camera time read as WITA, the zone of the offices and sites this app serves (the answer says so).
import exifr from 'exifr';
import type { PhotoTimeSource } from '../../../common/contract/evidence';
import type { Coordinates } from '../../../common/domain';

export interface PhotoMetadata {
  readonly takenAt?: string;
  readonly takenAtSource?: PhotoTimeSource;
  readonly location?: Coordinates;
}

const WITA = '+08:00';
const EXIF_DATE_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const EXIF_DATE = /^(\d{4}):(\d{2}):(\d{2})$/;
const OFFSET = /^[+-](0\d|1[0-4]):[0-5]\d$/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "2026:03:30 10:15:00" + "+08:00" → "2026-03-30T10:15:00+08:00", or undefined when not a real moment. */
function isoFromExif(text: unknown, offset: string): string | undefined {
  if (typeof text !== 'string') return undefined;
  const m = EXIF_DATE_TIME.exec(text.trim());
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const iso = `${y ?? ''}-${mo ?? ''}-${d ?? ''}T${h ?? ''}:${mi ?? ''}:${s ?? ''}${offset}`;
  // Cameras without a set clock write "0000:00:00 00:00:00"; Date also rejects 2026-02-30 only by rolling over, so compare back.
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime()) || Number(y) < 1990) return undefined;
  const local = new Date(instant.getTime() + offsetMinutes(offset) * 60_000);
  return local.getUTCDate() === Number(d) && local.getUTCMonth() + 1 === Number(mo) ? iso : undefined;
}

function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const [h, m] = offset.slice(1).split(':').map(Number);
  return sign * ((h ?? 0) * 60 + (m ?? 0));
}

function gpsInstant(date: unknown, time: unknown): string | undefined {
  if (typeof date !== 'string' || !Array.isArray(time) || time.length !== 3) return undefined;
  const m = EXIF_DATE.exec(date.trim());
  const [h, mi, s] = time.map(Number);
  if (m === null || h === undefined || mi === undefined || s === undefined || ![h, mi, s].every(Number.isFinite)) return undefined;
  return isoFromExif(`${m[1] ?? ''}:${m[2] ?? ''}:${m[3] ?? ''} ${pad(Math.floor(h))}:${pad(Math.floor(mi))}:${pad(Math.floor(s))}`, 'Z');
}

function timeOf(tags: Record<string, unknown>): Pick<PhotoMetadata, 'takenAt' | 'takenAtSource'> {
  const local = tags.DateTimeOriginal ?? tags.CreateDate;
  const offset = [tags.OffsetTimeOriginal, tags.OffsetTime].find((o): o is string => typeof o === 'string' && OFFSET.test(o.trim()));
  const camera = offset === undefined ? undefined : isoFromExif(local, offset.trim());
  if (camera !== undefined) return { takenAt: camera, takenAtSource: 'camera' };
  const gps = gpsInstant(tags.GPSDateStamp, tags.GPSTimeStamp);
  if (gps !== undefined) return { takenAt: gps, takenAtSource: 'gps' };
  const assumed = isoFromExif(local, WITA);
  return assumed === undefined ? {} : { takenAt: assumed, takenAtSource: 'camera_assumed_wita' };
}

function locationOf(tags: Record<string, unknown>): Coordinates | undefined {
  const { latitude: lat, longitude: lon } = tags;
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined;
  // Phones without a fix write 0,0 ("Null Island", in the Gulf of Guinea): no position, not a real one.
  if (lat === 0 && lon === 0) return undefined;
  // A receiver that says its measurement is void (GPSStatus "V") has no position either.
  if (tags.GPSStatus === 'V') return undefined;
  return { lat, lon };
}

/** Time and place of a JPEG or PNG; empty when it carries no (usable) EXIF. Never throws for bad EXIF. */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let tags: unknown;
  try {
    tags = await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      reviveValues: false,
      translateValues: false,
    });
  } catch {
    // A damaged EXIF block does not make the picture useless: it just tells us nothing.
    return {};
  }
  if (typeof tags !== 'object' || tags === null) return {};
  const record = tags as Record<string, unknown>;
  const location = locationOf(record);
  return { ...timeOf(record), ...(location === undefined ? {} : { location }) };
}
