// The person acting now: the signed-in account, or this device's profile; 'missing' until the
// first run saved a profile (a screen then says so and links to it).
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
  if (settings.profile === undefined) return { status: 'missing' };
  return { status: 'ready', actor: actorOf(settings.profile, user) };
}
