// Whose files are really whose. Work can start before this device has a profile: files imported
// then are assigned to the labelled local profile. Once the person saves a profile, or signs in,
// those files — and, on sign-in, the ones imported under the device profile — are theirs: the
// inbox lists files by assignee, and nobody ever works as a stand-in again.
import { reassignFiles } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import { localProfile, type CurrentUser } from './workspace';

/**
 * The ids whose files `person` takes over: never their own, never someone else's server account.
 * `deviceProfileId` is the id this device's saved profile works under before sign-in.
 */
export function standInsFor(person: Pick<CurrentUser, 'userId' | 'local'>, deviceProfileId: string | undefined): string[] {
  const ids = [localProfile.userId];
  if (!person.local && deviceProfileId !== undefined) ids.push(deviceProfileId);
  return ids.filter((id) => id !== person.userId);
}

export function adoptStandInFiles(db: VerikopDb, person: CurrentUser, standIns: readonly string[]): Promise<number> {
  if (standIns.length === 0) return Promise.resolve(0);
  return reassignFiles(db, person, standIns);
}
