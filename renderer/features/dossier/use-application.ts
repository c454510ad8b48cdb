// One file from the local database, kept current: a workflow step taken here (or pulled by
// sync) shows at once, without reloading the screen.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import { getApplication } from '../../db/applications';
import type { VerikopDb } from '../../db/database';
import type { ApplicationRow } from '../../db/rows';

export type ApplicationState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'ready'; readonly row: ApplicationRow }
  | { readonly status: 'error'; readonly message: string };

export function useApplication(db: VerikopDb, id: string): ApplicationState {
  const [state, setState] = useState<ApplicationState>({ status: 'loading' });
  useEffect(() => {
    setState({ status: 'loading' });
    const subscription = liveQuery(() => getApplication(db, id)).subscribe({
      next: (row) => {
        setState(row === undefined ? { status: 'missing' } : { status: 'ready', row });
      },
      error: (e: unknown) => {
        setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db, id]);
  return state;
}
