import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Coordinates } from './application';
import { distanceMeters, EARTH_RADIUS_M, formatDistance } from './geo';

const point: fc.Arbitrary<Coordinates> = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lon: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distanceMeters', () => {
  it('is zero from a point to itself, symmetric, never negative and never past half the circumference', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        expect(distanceMeters(a, a)).toBe(0);
        const d = distanceMeters(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(Math.PI * EARTH_RADIUS_M + 1e-6);
        expect(Math.abs(d - distanceMeters(b, a))).toBeLessThan(1e-6);
      }),
    );
  });

  it('obeys the triangle inequality', () => {
    fc.assert(fc.property(point, point, point, (a, b, c) => distanceMeters(a, c) <= distanceMeters(a, b) + distanceMeters(b, c) + 1e-6));
    // Found by fast-check (seed 1387531970): near-antipodes, where haversine's asin lost ~0.1 m.
    const [a, b, c] = [{ lat: 0, lon: 179.9999999449465 }, { lat: 0, lon: -0.000008332696111779114 }, { lat: 0, lon: 0 }];
    expect(distanceMeters(a, c)).toBeLessThanOrEqual(distanceMeters(a, b) + distanceMeters(b, c) + 1e-6);
  });

  it('measures along a meridian as the arc of the latitude difference', () => {
    fc.assert(
      fc.property(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true }), (lat1, lat2, lon) => {
        const arc = (Math.abs(lat1 - lat2) * Math.PI * EARTH_RADIUS_M) / 180;
        expect(Math.abs(distanceMeters({ lat: lat1, lon }, { lat: lat2, lon }) - arc)).toBeLessThan(1e-3);
      }),
    );
  });

  it('finds a longitude degree shorter away from the equator by the cosine of the latitude', () => {
    const atEquator = distanceMeters({ lat: 0, lon: 117 }, { lat: 0, lon: 117.001 });
    const at60 = distanceMeters({ lat: 60, lon: 117 }, { lat: 60, lon: 117.001 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 4);
  });

  it('gives the distance of two antipodes without NaN', () => {
    expect(distanceMeters({ lat: 10, lon: 20 }, { lat: -10, lon: -160 })).toBeCloseTo(Math.PI * EARTH_RADIUS_M, 0);
  });
});

describe('formatDistance', () => {
  it.each([
    [0, '0 m'],
    [34.6, '35 m'],
    [999.4, '999 m'],
    [999.6, '1,0 km'],
    [1_234, '1,2 km'],
    [9_949, '9,9 km'],
    [9_951, '10 km'],
    [18_499, '18 km'],
    [1_234_567, '1.235 km'],
  ])('%d m reads %s', (meters, text) => {
    expect(formatDistance(meters)).toBe(text);
  });

  it('refuses a negative or non-finite distance', () => {
    expect(() => formatDistance(-1)).toThrow(RangeError);
    expect(() => formatDistance(Number.NaN)).toThrow(RangeError);
  });
});
