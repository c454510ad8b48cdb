// How far a site photo was taken from the planned KCP: great-circle distance on the mean Earth
// sphere (haversine). A sphere is off from the ellipsoid by at most ~0.5 %, far below what phone
// GPS is accurate to, and needs no library.
import type { Coordinates } from './application';

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/** Great-circle distance between two points, in metres. */
export function distanceMeters(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  // Rounding can push h a hair past 1 for antipodes; asin would then answer NaN.
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(Math.min(1, h)));
}

/**
 * "35 m", "1,2 km", "18 km" in Indonesian notation (decimal comma). Metres below one kilometre,
 * one decimal up to ten kilometres, whole kilometres beyond: phone GPS is good to some metres,
 * so finer figures would claim a precision the photo does not have.
 */
export function formatDistance(meters: number): string {
  if (!Number.isFinite(meters) || meters < 0) throw new RangeError(`Jarak tidak sah: ${String(meters)}`);
  if (meters < 999.5) return `${String(Math.round(meters))} m`;
  const km = meters / 1000;
  if (km < 9.95) return `${km.toFixed(1).replace('.', ',')} km`;
  return `${Math.round(km).toLocaleString('id-ID')} km`;
}
