// The local side of sync, live from IndexedDB: operations not yet sent, those the server refused,
// open conflicts, and what the sync engine last recorded (last sync, last failure). Dexie's
// liveQuery re-reads when any of these tables change, in this window or another.
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { VerikopDb } from '../../db/database';
import { countOpenConflicts } from '../../db/conflicts';
import { countPendingOutbox, rejectedOutbox } from '../../db/outbox';
import type { OutboxRow } from '../../db/rows';

export interface LocalSync {
  readonly pending: number;
  readonly conflicts: number;
  readonly rejected: readonly OutboxRow[];
  readonly lastSyncAt: string | undefined;
  readonly lastError: string | undefined;
}

async function readLocalSync(db: VerikopDb): Promise<LocalSync> {
  const state = await db.syncState.get('local');
  return {
    pending: await countPendingOutbox(db),
    conflicts: await countOpenConflicts(db),
    rejected: await rejectedOutbox(db),
    lastSyncAt: state?.lastSyncAt,
    lastError: state?.lastError,
  };
}

/** Undefined until the first read (or while there is no database). */
export function useLocalSync(db: VerikopDb | undefined): LocalSync | undefined {
  const [value, setValue] = useState<LocalSync>();
  useEffect(() => {
    if (db === undefined) return undefined;
    const subscription = liveQuery(() => readLocalSync(db)).subscribe({
      next: setValue,
      // A read that fails leaves the last figures; the screens report database failures.
      error: () => undefined,
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [db]);
  return value;
}
