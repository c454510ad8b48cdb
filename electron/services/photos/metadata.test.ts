// EXIF of real JPEGs (drawn by ImageMagick, tags written byte by byte as cameras do) read back:
// the time with the camera's zone, the GPS clock or WITA as the fallback, and the position.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importedPhotoSchema } from '../../../common/contract/evidence';
import { readPhotoMetadata } from './metadata';
import { drawnImage, withExif } from './testing/exif-jpeg';

const jpeg = drawnImage('jpg');
const bontang = { lat: 0.120712, lon: 117.485634 };

describe('readPhotoMetadata', () => {
  it('reads the capture time with the offset the camera wrote, and the GPS position', async () => {
    const photo = withExif(jpeg, { dateTimeOriginal: '2026:03:30 10:15:00', offsetTimeOriginal: '+08:00', gps: bontang });
    const meta = await readPhotoMetadata(photo);
    expect(meta.takenAt).toBe('2026-03-30T10:15:00+08:00');
    expect(meta.takenAtSource).toBe('camera');
    expect(meta.location?.lat).toBeCloseTo(bontang.lat, 6);
    expect(meta.location?.lon).toBeCloseTo(bontang.lon, 6);
  });

  it('reads southern and western positions as negative, from a big-endian EXIF block', async () => {
    const meta = await readPhotoMetadata(withExif(jpeg, { gps: { lat: -8.65, lon: -115.2167 }, bigEndian: true }));
    expect(meta.location?.lat).toBeCloseTo(-8.65, 6);
    expect(meta.location?.lon).toBeCloseTo(-115.2167, 6);
    expect(meta.takenAt).toBeUndefined();
  });

  it('takes the GPS clock (UTC) when the camera wrote no zone', async () => {
    const photo = withExif(jpeg, { dateTimeOriginal: '2026:03:30 10:15:07', gps: bontang, gpsUtc: { date: '2026:03:30', time: [2, 15, 7] } });
    const meta = await readPhotoMetadata(photo);
    expect(meta.takenAtSource).toBe('gps');
    expect(new Date(meta.takenAt ?? '').toISOString()).toBe('2026-03-30T02:15:07.000Z');
  });

  it('reads the camera time as WITA when nothing says which zone it is in, and says so', async () => {
    const meta = await readPhotoMetadata(withExif(jpeg, { dateTimeOriginal: '2026:03:30 10:15:00' }));
    expect(meta).toEqual({ takenAt: '2026-03-30T10:15:00+08:00', takenAtSource: 'camera_assumed_wita' });
  });

  it('finds nothing in a photo without EXIF, an unset camera clock, or a GPS without a fix (0, 0)', async () => {
    expect(await readPhotoMetadata(jpeg)).toEqual({});
    expect(await readPhotoMetadata(drawnImage('png'))).toEqual({});
    expect(await readPhotoMetadata(withExif(jpeg, { dateTimeOriginal: '0000:00:00 00:00:00', offsetTimeOriginal: '+08:00' }))).toEqual({});
    expect(await readPhotoMetadata(withExif(jpeg, { dateTimeOriginal: '2026:02:30 10:00:00', offsetTimeOriginal: '+08:00' }))).toEqual({});
    expect(await readPhotoMetadata(withExif(jpeg, { gps: { lat: 0, lon: 0 } }))).toEqual({});
  });

  it('survives a damaged EXIF block', async () => {
    const photo = withExif(jpeg, { dateTimeOriginal: '2026:03:30 10:15:00', gps: bontang });
    // Break the TIFF header's first-IFD offset (bytes 4..7 after "Exif\0\0").
    const broken = Uint8Array.from(photo);
    broken.set([0xff, 0xff, 0xff, 0x7f], 4 + 6 + 4 + 4);
    await expect(readPhotoMetadata(broken)).resolves.toEqual({});
  });

  it('reads back any position and time it was given, in a form the contract accepts', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Away from 0 so that (lat, 0) never rounds to the "no fix" position 0, 0.
        fc.double({ min: 0.001, max: 89.9, noNaN: true }).chain((v) => fc.constantFrom(v, -v)),
        fc.double({ min: -179.9, max: 179.9, noNaN: true }),
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: -12, max: 14 }),
        async (lat, lon, when, offsetHours) => {
          const shifted = new Date(when.getTime() + offsetHours * 3_600_000);
          const local = shifted.toISOString().slice(0, 19).replace('T', ' ').replace(/-/g, ':');
          const offset = `${offsetHours < 0 ? '-' : '+'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
          const meta = await readPhotoMetadata(withExif(jpeg, { dateTimeOriginal: local, offsetTimeOriginal: offset, gps: { lat, lon } }));
          expect(Math.floor(new Date(meta.takenAt ?? '').getTime() / 1000)).toBe(Math.floor(when.getTime() / 1000));
          expect(Math.abs((meta.location?.lat ?? Number.NaN) - lat)).toBeLessThan(1e-7);
          expect(Math.abs((meta.location?.lon ?? Number.NaN) - lon)).toBeLessThan(1e-7);
          importedPhotoSchema.parse({ sha256: 'ab'.repeat(32), fileName: 'f.jpg', mediaType: 'image/jpeg', sizeBytes: 1, width: 1, height: 1, ...meta });
        },
      ),
      { numRuns: 60 },
    );
  });
});
