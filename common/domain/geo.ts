// How far a site photo was taken from the planned KCP: great-circle distance on the mean Earth
// sphere. A sphere is off from the ellipsoid by at most ~0.5 %, far below what phone
// GPS is accurate to, and needs no library.
import type { Coordinates } from './application';

/** Mean Earth radius (IUGG), metres. */
export const EARTH_RADIUS_M = 6_371_008.8;

const radians = (degrees: number): number => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points, in metres: the central angle as atan2 of its sine
 * and cosine (Vincenty's formula on a sphere). Haversine's asin loses precision towards
 * antipodes (~0.1 m there; a property test found the triangle inequality broken by it); this
 * form is well-conditioned everywhere and exactly zero from a point to itself.
 */
export function distanceMeters(a: Coordinates, b: Coordinates): number {
  const φ1 = radians(a.lat);
  const φ2 = radians(b.lat);
  const Δλ = radians(b.lon - a.lon);
  const east = Math.cos(φ2) * Math.sin(Δλ);
  const north = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const along = Math.sin(φ1) * Math.sin(φ2) + Math.cos(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return EARTH_RADIUS_M * Math.atan2(Math.hypot(east, north), along);
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
