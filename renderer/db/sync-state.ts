// This installation's standing with the server: its id, the pull cursor, the last sync.
import type { VerikopDb } from './database';
import type { SyncStateRow } from './rows';
import { dbWrite } from './write';

/**
 * The sync state row, created on first use. Call inside a read-write transaction that includes
 * `syncState` (or through `getSyncState`): creating it there cannot race another writer.
 */
export async function syncStateIn(db: VerikopDb): Promise<SyncStateRow> {
  const row = await db.syncState.get('local');
  if (row) return row;
  const created: SyncStateRow = { key: 'local', installationId: crypto.randomUUID(), cursor: 0 };
  await db.syncState.add(created);
  return created;
}

export function getSyncState(db: VerikopDb): Promise<SyncStateRow> {
  return dbWrite(db, [db.syncState], () => syncStateIn(db));
}

/** A sync round failed (offline, server error): keep the reason for the status bar. */
export async function recordSyncError(db: VerikopDb, message: string): Promise<void> {
  await dbWrite(db, [db.syncState], async () => {
    const state = await syncStateIn(db);
    await db.syncState.put({ ...state, lastError: message });
  });
}
