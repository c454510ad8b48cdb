// Whether trying the demo asks first (DemoChoice): demo mode takes over this device's profile and
// sign-in, which must not happen silently to a person's own. Pure, so it is tested without a window.
import type { Profile } from '../../db/settings';
import type { SyncStatus } from '../../../common/contract/sync';

/** What main says of demo mode on this computer (app.demoStatus). */
export interface DemoStatus {
  /** The demo server's address, null when demo mode was never chosen here. */
  readonly serverUrl: string | null;
  /** The demo people's NIPs: a saved profile with one of them was set up by demo mode. */
  readonly nips: readonly string[];
}

/**
 * Whether trying the demo would replace someone's own setup: a saved profile that is not a demo
 * person's, or a sign-in to a server other than the demo's. Then the person is asked first;
 * on a blank device, or one already in demo mode, one click is enough.
 */
export function demoReplacesOwnSetup(profile: Profile | undefined, status: Pick<SyncStatus, 'serverUrl' | 'user'>, demo: DemoStatus): boolean {
  const ownProfile = profile !== undefined && !demo.nips.includes(profile.nip);
  const ownSession = status.user !== null && status.serverUrl !== demo.serverUrl;
  return ownProfile || ownSession;
}
