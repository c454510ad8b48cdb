// Who acts, for the domain's workflow and the audit trail. Signed in, the server's account is the
// person and its role is the one the server gave (the server decides again on every operation);
// before sign-in, the profile of this device is, under an id taken from the NIP so that the same
// person keeps the same id across reinstalls.
import type { Actor } from '../../../common/domain';
import type { SignedInUser } from '../../../common/contract/sync';
import type { Profile } from '../../db/settings';

export interface CurrentActor extends Actor {
  readonly name: string;
  /** True while nobody is signed in: the profile of this device only. */
  readonly local: boolean;
}

export const localUserId = (profile: Pick<Profile, 'nip'>): string => `lokal-${profile.nip}`;

export function actorOf(profile: Profile, user: SignedInUser | null | undefined): CurrentActor {
  // DPMPTSP accounts may not work in this app (main refuses their sign-in); never act as one.
  if (user === null || user === undefined || user.role === 'licensing_office') {
    return { userId: localUserId(profile), role: profile.role, name: profile.name, local: true };
  }
  return { userId: user.id, role: user.role, name: user.displayName, local: false };
}
