// A user change: the record, its audit event and its outbox operation, written in ONE read-write
// transaction. Either all three are stored or none is — a throw anywhere inside (bad input found
// late, a full disk, a bug) aborts the transaction and IndexedDB rolls every table back.
import type { Table } from 'dexie';
import type { CanonicalValue } from '../../common/domain/canonical-json';
import { appendAudit } from './audit';
import type { VerikopDb } from './database';
import type { Actor } from './model';
import { enqueue, type NewOperation } from './outbox';
import { dbWrite } from './write';

export interface Change<T> {
  readonly value: T;
  /** What the audit event says happened, e.g. 'finding.save'. */
  readonly action: string;
  /** What the audit event records about it (the new values); hashed into the chain. */
  readonly detail: CanonicalValue;
  readonly op: NewOperation;
}

/** The body found nothing to change (e.g. autosave of identical text): nothing is written. */
export interface NoChange<T> {
  readonly value: T;
  readonly unchanged: true;
}

export function userChange<T>(
  db: VerikopDb,
  actor: Actor,
  recordTables: readonly Table[],
  body: (now: string) => Promise<Change<T> | NoChange<T>>,
): Promise<T> {
  return dbWrite(db, [...recordTables, db.auditEvents, db.outbox, db.syncState], async () => {
    const now = new Date().toISOString();
    const change = await body(now);
    if ('unchanged' in change) return change.value;
    const event = await appendAudit(db, {
      actor,
      at: now,
      action: change.action,
      applicationId: change.op.applicationId,
      entityKey: change.op.entityKey,
      payload: change.detail,
    });
    await enqueue(db, actor.userId, change.op, now, event.seq);
    return change.value;
  });
}

export const entityKeys = {
  application: (id: string) => `application:${id}`,
  finding: (applicationId: string, requirement: string) => `finding:${applicationId}:${requirement}`,
  evidence: (id: string) => `evidence:${id}`,
  draft: (applicationId: string) => `draft:${applicationId}`,
  workflow: (applicationId: string) => `workflow:${applicationId}`,
};
