// Open conflicts with the file each belongs to, kept current.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { listConflicts } from '../../db/conflicts';
import type { ApplicationRow, ConflictRow } from '../../db/rows';

export interface ConflictItem {
  readonly conflict: ConflictRow;
  readonly file: ApplicationRow | undefined;
}

export type ConflictsState = { readonly status: 'loading' } | { readonly status: 'error'; readonly message: string } | { readonly status: 'ready'; readonly items: readonly ConflictItem[] };

export function useConflicts(db: VerikopDb): ConflictsState {
  const [state, setState] = useState<ConflictsState>({ status: 'loading' });
  useEffect(() => {
    const subscription = liveQuery(async () => {
      const conflicts = await listConflicts(db);
      const files = await db.applications.bulkGet([...new Set(conflicts.map((c) => c.applicationId))]);
      const byId = new Map(files.flatMap((f) => (f === undefined ? [] : [[f.id, f] as const])));
      return conflicts.map((conflict) => ({ conflict, file: byId.get(conflict.applicationId) }));
    }).subscribe({
      next: (items) => {
        setState({ status: 'ready', items });
      },
      error: (e: unknown) => {
        setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
  return state;
}
