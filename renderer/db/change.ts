// A user change: the record, its audit event and its outbox operation, written in ONE read-write
// transaction. Either all are stored or none is — a throw anywhere inside (bad input found late,
// a full disk, a bug) aborts the transaction and IndexedDB rolls every table back.
import { Dexie, type Table } from 'dexie';
import type { CanonicalValue } from '../../common/domain/canonical-json';
import { appendAudit, auditHead, type AuditEventRow } from './audit';
import type { VerikopDb } from './database';
import type { Actor } from './model';
import { enqueue } from './outbox';
import type { Operation } from './protocol';
import { recentOf } from './recent';
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

export async function userChange<T>(
  db: VerikopDb,
  actor: Actor,
  recordTables: readonly Table[],
  body: (ctx: ChangeContext) => Promise<Change<T> | NoChange<T>>,
): Promise<T> {
  let appended: AuditEventRow | undefined;
  const value = await dbWrite(db, [...recordTables, db.auditEvents, db.outbox], async () => {
    appended = undefined;
    const ctx = { now: new Date().toISOString(), opId: crypto.randomUUID() };
    // Each await below is a round trip to the browser's IndexedDB process; reads and writes that
    // do not depend on each other are sent together. The audit head is read alongside the
    // change's own reads (only this function appends audit events, after the body).
    const head = auditHead(db);
    head.catch(() => undefined); // an unchanged record never awaits it; a failure still aborts the transaction
    const change = await body(ctx);
    if ('unchanged' in change) return change.value;
    [appended] = await writeChange(db, actor, ctx, change, head);
    return change.value;
  });
  // Committed: the next change in this window can guess the head instead of waiting for it.
  if (appended !== undefined) recentOf(db).head = appended;
  return value;
}

/** The change's own writes, its audit event and its operation, sent together. */
function writeChange<T>(db: VerikopDb, actor: Actor, ctx: ChangeContext, change: Change<T>, head: Promise<AuditEventRow | undefined>): Promise<[AuditEventRow, unknown, unknown]> {
  const outbox = change.outbox;
  return Promise.all([
    appendAudit(db, { id: ctx.opId, actor, at: ctx.now, applicationId: change.applicationId, ...change.audit }, head),
    change.written,
    outbox === undefined ? undefined : enqueue(db, actor.userId, outbox.entityKey, outbox.operation, ctx.now),
  ]);
}

/** What a guessed change believes it reads, and how to read and compare the real thing. */
export interface Guess<S> {
  readonly state: S;
  readonly read: () => Promise<S>;
  readonly same: (a: S, b: S) => boolean;
}

class GuessMissed extends Error {}

/**
 * A user change that does not wait for its reads. Every read is one more round trip to the
 * browser's IndexedDB process before the writes can go; when this window knows what the change
 * reads (the audit head it appended last, the finding it saved last), the body works from that,
 * and the writes go out together with the reads of the real values. If those differ — another
 * window or a pull wrote meanwhile — the transaction is rolled back and the change runs again as
 * a plain userChange, reading first. Any failure of the guessed attempt (bad input, a full disk)
 * does the same, so the error a caller sees is always the plain run's.
 */
export async function guessedChange<T, S>(
  db: VerikopDb,
  actor: Actor,
  recordTables: readonly Table[],
  guess: Guess<S>,
  body: (ctx: ChangeContext, state: S) => Promise<Change<T> | NoChange<T>>,
): Promise<T> {
  const plain = () => userChange(db, actor, recordTables, async (ctx) => body(ctx, await guess.read()));
  const head = recentOf(db).head;
  // Inside a caller's transaction a missed guess would abort the caller's work too: read first.
  // (Dexie's type says a Transaction; outside any it is null.)
  const outer = Dexie.currentTransaction as typeof Dexie.currentTransaction | null;
  if (head === undefined || outer !== null) return plain();
  let appended: AuditEventRow | undefined;
  let value: T;
  try {
    value = await dbWrite(db, [...recordTables, db.auditEvents, db.outbox], async () => {
      appended = undefined;
      const ctx = { now: new Date().toISOString(), opId: crypto.randomUUID() };
      // Sent first, so IndexedDB answers them from the state before this change's writes.
      const real = Promise.all([auditHead(db), guess.read()]);
      real.catch(() => undefined); // awaited below; a failure still aborts the transaction
      const change = await body(ctx, guess.state);
      const written = 'unchanged' in change ? undefined : writeChange(db, actor, ctx, change, Promise.resolve(head));
      const [[realHead, state], writes] = await Promise.all([real, written]);
      if (realHead?.seq !== head.seq || realHead.hash !== head.hash || !guess.same(state, guess.state)) throw new GuessMissed();
      appended = writes?.[0];
      return change.value;
    });
  } catch {
    return plain();
  }
  if (appended !== undefined) recentOf(db).head = appended;
  return value;
}

/** How outbox rows name the record an operation changes. */
export const entityKeys = {
  finding: (applicationId: string, requirement: string) => `finding:${applicationId}:${requirement}`,
  decision: (applicationId: string) => `decision:${applicationId}`,
  workflow: (applicationId: string) => `workflow:${applicationId}`,
  document: (documentId: string) => `document:${documentId}`,
};
