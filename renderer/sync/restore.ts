// Main's journal against the outbox, at start: an operation the journal holds that the outbox
// has lost (IndexedDB reset, a profile restored from an old copy) goes back into the outbox as
// pending; one the outbox is done with (answered, conflict resolved, superseded by a person's
// choice) leaves the journal. Re-sending a restored operation is safe: the server answers an id
// it has seen with the answer it gave (a conflict is recorded again, for the person).
import type { JournalEntry } from '../../common/contract/sync';
import { operationSchema } from '../../common/sync/operation';
import { entityKeys } from '../db/change';
import type { VerikopDb } from '../db/database';
import type { Operation } from '../db/protocol';
import type { OutboxRow } from '../db/rows';
import { dbWrite } from '../db/write';

export interface RestoreReport {
  /** Put back into the outbox. */
  readonly restored: number;
  /** Settled here already: to be removed from the journal. */
  readonly settled: readonly string[];
  /** Not a valid operation (journaled by another version?): left in the journal, never guessed at. */
  readonly unreadable: number;
  /** Ids the journal still holds after the settled ones go. */
  readonly journaled: readonly string[];
}

function entityKeyOf(op: Operation): string {
  switch (op.type) {
    case 'finding.set':
      return entityKeys.finding(op.applicationId, op.requirement);
    case 'decision.set':
      return entityKeys.decision(op.applicationId);
    case 'workflow.act':
      return entityKeys.workflow(op.applicationId);
    case 'document.attach':
      return entityKeys.document(op.document.id);
    case 'application.assign':
      return `assignment:${op.applicationId}`;
    case 'audit.note':
      return `audit:${op.applicationId}:${op.id}`;
  }
}

/** The journaled operation as the outbox stores it, or undefined when it is not a valid operation. */
function asOperation(entry: JournalEntry): Operation | undefined {
  if (!operationSchema.safeParse(entry.operation).success) return undefined;
  // The raw operation, unchanged: its fingerprint on the server is over exactly these bytes.
  return entry.operation as unknown as Operation;
}

/**
 * Whether main's journal may forget the operation: it is no longer pending, and if the server
 * answered it with a conflict, a person has resolved every field of it (until then the person's
 * value exists only in this operation, and must survive a reset of IndexedDB).
 */
export async function journalDoneWith(db: VerikopDb, row: OutboxRow): Promise<boolean> {
  if (row.state === 'pending') return false;
  if (row.state !== 'conflict') return true;
  const open = await db.conflicts.where('opId').equals(row.id).and((c) => c.state === 'open').count();
  return open === 0;
}

/**
 * Of the ids main journals, those it may forget now (see journalDoneWith). An id with no outbox
 * row any more was pruned after it settled.
 */
export async function settledInJournal(db: VerikopDb, ids: Iterable<string>): Promise<string[]> {
  const done: string[] = [];
  for (const id of ids) {
    const row = await db.outbox.where('id').equals(id).first();
    if (row === undefined || (await journalDoneWith(db, row))) done.push(id);
  }
  return done;
}

export async function restoreFromJournal(db: VerikopDb, entries: readonly JournalEntry[]): Promise<RestoreReport> {
  return dbWrite(db, [db.outbox, db.conflicts], async () => {
    let restored = 0;
    let unreadable = 0;
    const settled: string[] = [];
    const journaled: string[] = [];
    for (const entry of entries) {
      const id = entry.operation.id;
      const row = await db.outbox.where('id').equals(id).first();
      if (row !== undefined) {
        if (await journalDoneWith(db, row)) settled.push(id);
        else journaled.push(id);
        continue;
      }
      const op = asOperation(entry);
      if (op === undefined) {
        unreadable += 1;
        journaled.push(id);
        continue;
      }
      const restoredRow: OutboxRow = {
        id,
        type: op.type,
        applicationId: op.applicationId,
        entityKey: entityKeyOf(op),
        operation: op,
        createdAt: entry.journaledAt,
        createdBy: entry.createdBy,
        attempts: 0,
        state: 'pending',
      };
      await db.outbox.add(restoredRow);
      restored += 1;
      journaled.push(id);
    }
    return { restored, settled, unreadable, journaled };
  });
}
