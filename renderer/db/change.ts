// A user change: the record, its audit event and its outbox operation, written in ONE read-write
// transaction. Either all are stored or none is — a throw anywhere inside (bad input found late,
// a full disk, a bug) aborts the transaction and IndexedDB rolls every table back.
import type { Table } from 'dexie';
import type { CanonicalValue } from '../../common/domain/canonical-json';
import { appendAudit, auditHead } from './audit';
import type { VerikopDb } from './database';
import type { Actor } from './model';
import { enqueue } from './outbox';
import type { Operation } from './protocol';
import { dbWrite } from './write';

export interface Change<T> {
  readonly value: T;
  readonly applicationId: string;
  /** What the audit event says: named as the server names the same event. */
  readonly audit: { readonly action: string; readonly recordType: string; readonly recordId: string; readonly payload: CanonicalValue };
  /**
   * The operation for the server, with the id it was given. Absent only for what the protocol
   * has no operation for (a packet imported here: the server takes files in through intake).
   */
  readonly outbox?: { readonly entityKey: string; readonly operation: Operation };
  /**
   * The record's own writes, when the body sent them without waiting for them: they then go to
   * IndexedDB together with the audit event and the operation, one round trip instead of two. A
   * failure of any of them still aborts the whole transaction.
   */
  readonly written?: Promise<unknown>;
}

/** The body found nothing to change (e.g. autosave of identical text): nothing is written. */
export interface NoChange<T> {
  readonly value: T;
  readonly unchanged: true;
}

export interface ChangeContext {
  readonly now: string;
  /** Id of the operation and of its audit event (the server's event for it has the same id). */
  readonly opId: string;
}

export function userChange<T>(
  db: VerikopDb,
  actor: Actor,
  recordTables: readonly Table[],
  body: (ctx: ChangeContext) => Promise<Change<T> | NoChange<T>>,
): Promise<T> {
  return dbWrite(db, [...recordTables, db.auditEvents, db.outbox], async () => {
    const ctx = { now: new Date().toISOString(), opId: crypto.randomUUID() };
    // Each await below is a round trip to the browser's IndexedDB process; reads and writes that
    // do not depend on each other are sent together. The audit head is read alongside the
    // change's own reads (only this function appends audit events, after the body).
    const head = auditHead(db);
    head.catch(() => undefined); // an unchanged record never awaits it; a failure still aborts the transaction
    const change = await body(ctx);
    if ('unchanged' in change) return change.value;
    const outbox = change.outbox;
    await Promise.all([
      change.written,
      appendAudit(db, { id: ctx.opId, actor, at: ctx.now, applicationId: change.applicationId, ...change.audit }, head),
      outbox === undefined ? undefined : enqueue(db, actor.userId, outbox.entityKey, outbox.operation, ctx.now),
    ]);
    return change.value;
  });
}

/** How outbox rows name the record an operation changes. */
export const entityKeys = {
  finding: (applicationId: string, requirement: string) => `finding:${applicationId}:${requirement}`,
  decision: (applicationId: string) => `decision:${applicationId}`,
  workflow: (applicationId: string) => `workflow:${applicationId}`,
  document: (documentId: string) => `document:${documentId}`,
};
