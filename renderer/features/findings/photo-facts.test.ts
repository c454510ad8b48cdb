import { describe, expect, it } from 'vitest';
import { distanceMeters, formatDistance } from '../../../common/domain';
import { photoFacts, photoRef } from './photo-facts';

const sha = 'cd'.repeat(32);
const kcp = { lat: 0.1207, lon: 117.4856 };

describe('photoFacts', () => {
  it('gives time in WITA, place and the distance to the KCP when both points are known', () => {
    const ref = { kind: 'photo' as const, blobSha256: sha, takenAt: '2026-03-30T02:15:00Z', lat: 0.121, lon: 117.4856 };
    const facts = photoFacts(ref, kcp);
    expect(facts.taken).toBe('30 Maret 2026 pukul 10.15 WITA');
    expect(facts.place).toBe('Lokasi: 0,12100° LU, 117,48560° BT');
    const meters = distanceMeters({ lat: 0.121, lon: 117.4856 }, kcp);
    expect(facts.meters).toBe(meters);
    // 0.0003° of latitude is about 33 m.
    expect(meters).toBeGreaterThan(30);
    expect(meters).toBeLessThan(36);
    expect(facts.distance).toBe(`± ${formatDistance(meters)} dari titik KCP`);
  });

  it('says which point is missing instead of a distance', () => {
    const noGps = photoFacts({ kind: 'photo', blobSha256: sha }, kcp);
    expect(noGps).toEqual({ taken: 'Waktu pengambilan tidak tercatat di foto', place: 'Lokasi GPS tidak tercatat di foto' });
    const noKcp = photoFacts({ kind: 'photo', blobSha256: sha, lat: 1, lon: 117 }, undefined);
    expect(noKcp.distance).toMatch(/Titik koordinat KCP tidak ada/);
    expect(noKcp.meters).toBeUndefined();
  });
});

describe('photoRef', () => {
  it('keeps the hash, the time and the position of a stored photo, and leaves out what it lacks', () => {
    const stored = { sha256: sha, fileName: 'a.jpg', mediaType: 'image/jpeg' as const, sizeBytes: 10, width: 4, height: 3 };
    expect(photoRef({ ...stored, takenAt: '2026-03-30T10:15:00+08:00', location: { lat: -1, lon: 2 } })).toEqual({
      kind: 'photo',
      blobSha256: sha,
      takenAt: '2026-03-30T10:15:00+08:00',
      lat: -1,
      lon: 2,
    });
    expect(photoRef(stored)).toEqual({ kind: 'photo', blobSha256: sha });
  });

  it('keeps how the time was found, so a zoneless camera time stays an estimate on screen', () => {
    const stored = { sha256: sha, fileName: 'a.jpg', mediaType: 'image/jpeg' as const, sizeBytes: 10, width: 4, height: 3 };
    const ref = photoRef({ ...stored, takenAt: '2026-03-30T10:15:00+08:00', takenAtSource: 'camera_assumed_wita' });
    expect(ref.takenAtSource).toBe('camera_assumed_wita');
    expect(photoFacts(ref, undefined).taken).toBe('30 Maret 2026 pukul 10.15 WITA (± waktu kamera, zona tidak tercatat)');
    const camera = photoRef({ ...stored, takenAt: '2026-03-30T10:15:00+08:00', takenAtSource: 'camera' });
    expect(photoFacts(camera, undefined).taken).toBe('30 Maret 2026 pukul 10.15 WITA');
  });
});
