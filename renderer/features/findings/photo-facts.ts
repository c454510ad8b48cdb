// What a pinned site photo says, in words: when it was taken (in WITA), where, and how far that is
// from the planned KCP. The distance needs both points; without one the line says which is missing
// rather than leaving the verifier to wonder.
import type { ImportedPhoto } from '../../../common/contract/evidence';
import { distanceMeters, formatCoordinates, formatDistance, formatPhotoTime, type Coordinates, type EvidenceRef } from '../../../common/domain';
import { t } from '../../i18n';

const text = t.workspace.finding;

type PhotoRef = Extract<EvidenceRef, { kind: 'photo' }>;

export interface PhotoFacts {
  readonly taken: string;
  readonly place: string;
  /** Undefined when the photo has no position: the place line already says so. */
  readonly distance?: string;
  /** The distance in metres, for whoever wants to judge it (undefined like `distance`). */
  readonly meters?: number;
}

export function photoFacts(ref: PhotoRef, kcp: Coordinates | undefined): PhotoFacts {
  const taken = ref.takenAt === undefined ? text.photoNoTime : formatPhotoTime(ref.takenAt, ref.takenAtSource);
  if (ref.lat === undefined || ref.lon === undefined) return { taken, place: text.photoNoPlace };
  const place = text.photoPlace(formatCoordinates(ref.lat, ref.lon));
  if (kcp === undefined) return { taken, place, distance: text.photoNoKcpPoint };
  const meters = distanceMeters({ lat: ref.lat, lon: ref.lon }, kcp);
  return { taken, place, distance: text.photoDistance(formatDistance(meters)), meters };
}

/** The evidence reference a stored photo becomes: its bytes by SHA-256, with time (and how it was found) and place when known. */
export function photoRef(photo: ImportedPhoto): PhotoRef {
  return {
    kind: 'photo',
    blobSha256: photo.sha256,
    ...(photo.takenAt === undefined ? {} : { takenAt: photo.takenAt }),
    ...(photo.takenAt === undefined || photo.takenAtSource === undefined ? {} : { takenAtSource: photo.takenAtSource }),
    ...(photo.location === undefined ? {} : { lat: photo.location.lat, lon: photo.location.lon }),
  };
}
