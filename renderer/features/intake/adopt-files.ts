// Whose files are really whose. Work can start before this device has a profile: files imported
// then are assigned to the labelled local profile. Once the person saves a profile, or signs in,
// those files — and, on sign-in, the ones imported under the device profile — are theirs: the
// inbox lists files by assignee, and nobody ever works as a stand-in again. Only a verifier takes
// files over, and only the device's own person: a supervisor or a colleague signing in on this
// laptop must not walk off with the local verifier's files.
import { reassignFiles } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import { localProfile, type CurrentUser } from './workspace';

/** The person who may adopt; `nip` is the signed-in account's NIP when the server knows it. */
export interface Adopter extends Pick<CurrentUser, 'userId' | 'role' | 'local'> {
  readonly nip?: string | null | undefined;
}

/** This device's saved profile: the id its files are assigned to before sign-in, and its NIP. */
export interface DeviceProfile {
  readonly userId: string;
  readonly nip: string;
}

/**
 * The ids whose files `person` takes over: never their own, never someone else's server account,
 * none for a supervisor or admin. Signed in, the device profile's files (and the stand-in's) go
 * only to the account with the profile's NIP; with no profile on the device, only the stand-in's.
 */
export function standInsFor(person: Adopter, device: DeviceProfile | undefined): string[] {
  if (person.role !== 'verifier') return [];
  if (person.local || device === undefined) return [localProfile.userId].filter((id) => id !== person.userId);
  const samePerson = person.nip !== undefined && person.nip !== null && person.nip === device.nip;
  if (!samePerson) return [];
  return [localProfile.userId, device.userId].filter((id) => id !== person.userId);
}

export function adoptStandInFiles(db: VerikopDb, person: CurrentUser, standIns: readonly string[]): Promise<number> {
  if (standIns.length === 0) return Promise.resolve(0);
  return reassignFiles(db, person, standIns);
}
