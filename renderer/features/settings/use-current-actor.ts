// The person acting now: the signed-in account, or this device's profile; 'missing' while neither
// exists (a screen then says so and links to the first run).
import { actorOf, type CurrentActor } from './actor';
import { useConnection } from './connection';
import { useSettings } from './use-settings';

export type CurrentActorState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | { readonly status: 'missing' }
  | { readonly status: 'ready'; readonly actor: CurrentActor };

export function useCurrentActor(): CurrentActorState {
  const settings = useSettings();
  const user = useConnection((s) => s.status?.user);
  if (settings.status !== 'ready') return settings;
  // Signed in without a profile on this device: the server's account is the person all the same
  // (otherwise the inbox would look for files of a local profile and miss the assigned ones).
  if (settings.profile === undefined) return user == null || user.role === 'licensing_office' ? { status: 'missing' } : { status: 'ready', actor: { userId: user.id, role: user.role, name: user.displayName, local: false } };
  return { status: 'ready', actor: actorOf(settings.profile, user) };
}
