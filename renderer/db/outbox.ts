// The outbox: every local change as an operation for the server, written in the same
// transaction as the change itself. The sync engine (renderer/sync) drains it in `seq` order and
// settles each operation with the server's answer (see answers.ts).
import type { VerikopDb } from './database';
import type { Operation } from './protocol';
import type { OutboxRow } from './rows';
import { dbWrite } from './write';

/** Adds an operation; call only inside a read-write transaction that includes `outbox`. */
export async function enqueue(db: VerikopDb, actor: string, entityKey: string, operation: Operation, now: string): Promise<OutboxRow> {
  const row: OutboxRow = {
    id: operation.id,
    type: operation.type,
    applicationId: operation.applicationId,
    entityKey,
    operation,
    createdAt: now,
    createdBy: actor,
    attempts: 0,
    state: 'pending',
  };
  const seq = await db.outbox.add(row);
  return { ...row, seq };
}

/** The oldest pending operations, in the order they were made. */
export function pendingOutbox(db: VerikopDb, limit: number): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('pending').limit(limit).toArray();
}

export function countPendingOutbox(db: VerikopDb): Promise<number> {
  return db.outbox.where('state').equals('pending').count();
}

/** Operations the server refused for good, for the person to read why. */
export function rejectedOutbox(db: VerikopDb): Promise<OutboxRow[]> {
  return db.outbox.where('state').equals('rejected').toArray();
}

/** The pending operations that change one record, oldest first (inside or outside a transaction). */
export function pendingFor(db: VerikopDb, entityKey: string): Promise<OutboxRow[]> {
  return db.outbox.where('[entityKey+state]').equals([entityKey, 'pending']).toArray();
}

/** A send failed for a reason worth retrying (offline, server busy): count it, keep it pending. */
export async function recordOutboxAttempt(db: VerikopDb, ids: readonly string[], error: string): Promise<void> {
  if (ids.length === 0) return;
  await dbWrite(db, [db.outbox], () =>
    db.outbox
      .where('id')
      .anyOf([...ids])
      .and((row) => row.state === 'pending')
      .modify((row: { attempts: number; lastError?: string }) => {
        row.attempts += 1;
        row.lastError = error;
      }),
  );
}

/** Removes settled operations older than `before` (ISO instant); pending ones are never removed. */
export function pruneSettledOutbox(db: VerikopDb, before: string): Promise<number> {
  return dbWrite(db, [db.outbox], () =>
    db.outbox
      .where('state')
      .anyOf(['done', 'rejected', 'superseded'])
      .and((row) => (row.settledAt ?? '') < before)
      .delete(),
  );
}
