// The outbox: every local change as an operation for the server, written in the same
// transaction as the change itself. The sync engine (renderer/sync) drains it in `seq` order and
// settles each operation by the server's answer.
import type { VerikopDb } from './database';
import type { OperationType } from './model';
import type { OutboxRow, Revision } from './rows';
import { dbWrite } from './write';

export interface NewOperation {
  readonly type: OperationType;
  readonly applicationId: string;
  readonly entityKey: string;
  readonly payload: unknown;
  readonly baseRevision: Revision;
}

/** Adds an operation; call only inside a read-write transaction that includes `outbox`. */
export async function enqueue(db: VerikopDb, actor: string, op: NewOperation, now: string, auditSeq: number): Promise<OutboxRow> {
  const row: OutboxRow = { ...op, id: crypto.randomUUID(), auditSeq, createdAt: now, createdBy: actor, attempts: 0, state: 'pending' };
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

/** Whether a change to this record is still waiting for the server. */
export async function hasPendingFor(db: VerikopDb, entityKey: string): Promise<boolean> {
  return (await db.outbox.where('[entityKey+state]').equals([entityKey, 'pending']).count()) > 0;
}

async function settle(db: VerikopDb, ids: readonly string[], change: Partial<OutboxRow>): Promise<number> {
  if (ids.length === 0) return 0;
  return dbWrite(db, [db.outbox], () =>
    db.outbox
      .where('id')
      .anyOf([...ids])
      .and((row) => row.state === 'pending')
      .modify(change),
  );
}

/**
 * The server accepted these operations (or had already: an answer may arrive twice). Rows stay
 * as 'done' so an echo of our own operation in a later pull is recognised and not re-applied
 * over newer local edits.
 */
export function markOutboxDone(db: VerikopDb, ids: readonly string[], now = new Date().toISOString()): Promise<number> {
  return settle(db, ids, { state: 'done', settledAt: now });
}

/** The server refused these for good (e.g. a workflow step no longer allowed); keep the reason. */
export function markOutboxRejected(db: VerikopDb, ids: readonly string[], reason: string, now = new Date().toISOString()): Promise<number> {
  return settle(db, ids, { state: 'rejected', lastError: reason, settledAt: now });
}

/** A send failed for a reason worth retrying (offline, server busy): count it, keep it pending. */
export async function recordOutboxAttempt(db: VerikopDb, ids: readonly string[], error: string): Promise<void> {
  if (ids.length === 0) return;
  await dbWrite(db, [db.outbox], () =>
    db.outbox
      .where('id')
      .anyOf([...ids])
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
