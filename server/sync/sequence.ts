// Drawing sequence numbers for the sync log. Every transaction that appends to the log takes
// the sync-log advisory lock before its first draw and holds it until it commits (see
// storage/db.ts): numbers therefore become visible in order, whatever the number of processes.
import { advisoryLocks, type Queryable } from '../storage/db';

export async function lockSyncLog(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [advisoryLocks.syncLog]);
}

export async function nextSeq(tx: Queryable): Promise<number> {
  const { rows } = await tx.query<{ seq: number }>("SELECT nextval('sync_seq') AS seq");
  const seq = rows[0]?.seq;
  if (seq === undefined) throw new Error('nextval returned nothing');
  return seq;
}
