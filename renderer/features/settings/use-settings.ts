// This device's settings as React state, kept current as they change (in this window or another).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { getLetterNumberSettings, getProfile, settingsDb, type LetterNumberSettings, type Profile, type SettingsDb } from '../../db/settings';

export type SettingsState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly message: string }
  | {
      readonly status: 'ready';
      readonly db: SettingsDb;
      readonly profile: Profile | undefined;
      readonly letterNumber: LetterNumberSettings | undefined;
    };

export function useSettings(): SettingsState {
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let current = true;
    const fail = (e: unknown): void => {
      if (current) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    };
    settingsDb().then((db) => {
      if (!current) return;
      const subscription = liveQuery(async () => ({ profile: await getProfile(db), letterNumber: await getLetterNumberSettings(db) })).subscribe({
        next: (values) => {
          setState({ status: 'ready', db, ...values });
        },
        error: fail,
      });
      unsubscribe = () => {
        subscription.unsubscribe();
      };
    }, fail);
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, []);
  return state;
}
