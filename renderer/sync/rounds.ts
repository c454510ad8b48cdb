// The steps of one sync round, each a function of the database and the port: journal what is
// new, push the outbox in batches, pull after the cursor. An operation leaves the outbox only
// through settleOutbox with the server's answer; an answer that arrives twice changes nothing.
import { loadWorkingDayCalendar } from '../../common/domain';
import { refreshDeadlines } from '../db/applications';
import { settleOutbox, type SettleReport } from '../db/answers';
import type { VerikopDb } from '../db/database';
import { recordOutboxAttempt } from '../db/outbox';
import type { LogEntry, OperationAnswer } from '../db/protocol';
import { applyPulled } from '../db/pull';
import { calendarOf, deadlineOf } from './deadlines';
import { syncEngineMessages as m } from './messages';
import type { PushItem, SyncPort } from './port';
import { settledInJournal } from './restore';

/** Most operations journaled or pushed in one call (the contract's limit is 200). */
export const MAX_BATCH = 200;

const itemOf = (row: { operation: { id: string }; createdBy: string }): PushItem => ({ operation: row.operation, createdBy: row.createdBy });

/** Hands main every pending operation it has not journaled yet; `journaled` is kept up to date. */
export async function journalPending(db: VerikopDb, port: SyncPort, clientId: string, journaled: Set<string>): Promise<number> {
  const pending = await db.outbox.where('state').equals('pending').toArray();
  const fresh = pending.filter((row) => !journaled.has(row.id));
  for (let i = 0; i < fresh.length; i += MAX_BATCH) {
    const batch = fresh.slice(i, i + MAX_BATCH);
    await port.journalAppend(clientId, batch.map(itemOf));
    for (const row of batch) journaled.add(row.id);
  }
  return fresh.length;
}

export interface PushTotals {
  accepted: number;
  conflicts: number;
  rejected: number;
  retry: number;
}

function add(totals: PushTotals, report: SettleReport): void {
  totals.accepted += report.accepted;
  totals.conflicts += report.conflicts;
  totals.rejected += report.rejected;
  totals.retry += report.retry;
}

/** A server user id (decimal digits), as opposed to a profile of this device only. */
const isServerUserId = (id: string): boolean => /^[1-9][0-9]{0,15}$/.test(id);

/**
 * Whether `sender`'s session may carry this operation: their own, or one made under this
 * device's profile before anyone signed in. Another server user's operations wait for their
 * sign-in (a shared laptop must not send Siti's work as Andi's, where it would be refused).
 */
export const mayCarry = (createdBy: string, sender: string | null): boolean => sender === null || createdBy === sender || !isServerUserId(createdBy);

export interface PushTarget {
  readonly clientId: string;
  /** The signed-in user (null: main decides, and refuses what is not theirs). */
  readonly sender: string | null;
  readonly batchSize: number;
}

/**
 * Pushes the outbox oldest first, a batch at a time, until it is empty or the server asked for
 * an operation to be sent again later (`retry`). A failed call leaves every operation pending
 * (with the attempt counted) and rethrows.
 */
export async function pushOutbox(db: VerikopDb, port: SyncPort, target: PushTarget, journaled: Set<string>, totals: PushTotals): Promise<void> {
  for (;;) {
    const pending = await db.outbox.where('state').equals('pending').toArray();
    const rows = pending.filter((r) => mayCarry(r.createdBy, target.sender)).slice(0, target.batchSize);
    if (rows.length === 0) return;
    const ids = rows.map((r) => r.id);
    let answers: OperationAnswer[];
    try {
      const answer = await port.push(target.clientId, rows.map(itemOf));
      answers =
        answer.kind === 'answers'
          ? answer.answers
          : // A client bug (an id reused for other content): refused for good, shown with the reason.
            answer.operationIds.map((opId): OperationAnswer => ({ opId, status: 'rejected', code: 'invalid_operation', message: m.idReused(answer.message) }));
    } catch (e) {
      await recordOutboxAttempt(db, ids, e instanceof Error ? e.message : String(e));
      throw e;
    }
    const report = await settleOutbox(db, answers);
    add(totals, report);
    // Main forgets accepted and refused operations itself; conflicts stay until resolved.
    for (const a of answers) if (a.status === 'accepted' || a.status === 'rejected') journaled.delete(a.opId);
    // An operation the server asked to send again later (its photo has not arrived) stays first
    // in line: this round sends nothing after it, so later edits of the same record are not
    // accepted ahead of it in yet more batches (within one batch the server decides).
    if (rows.length < target.batchSize || report.retry > 0) return;
  }
}

/** Tells main which journaled operations are done with here (see journalDoneWith). */
export async function settleJournal(db: VerikopDb, port: SyncPort, journaled: Set<string>): Promise<number> {
  const done = await settledInJournal(db, journaled);
  for (let i = 0; i < done.length; i += MAX_BATCH) {
    const batch = done.slice(i, i + MAX_BATCH);
    await port.journalSettle(batch);
    for (const id of batch) journaled.delete(id);
  }
  return done.length;
}

/** Whether an entry names files this device may not hold yet (a new file, an attached PDF, a photo). */
const bringsFiles = (entry: LogEntry): boolean =>
  entry.changes.some((c) => c.kind === 'application' || c.kind === 'document' || (c.kind === 'finding' && (c.fields.evidence?.value ?? []).some((e) => e.kind === 'photo')));

export interface PullResult {
  /** Log entries applied. */
  readonly applied: number;
  /** Some of them name files to bring into the vault. */
  readonly bringsFiles: boolean;
}

/** Pulls pages after the stored cursor until the server has nothing more. */
export async function pullAll(db: VerikopDb, port: SyncPort, limit: number): Promise<PullResult> {
  const state = await db.syncState.get('local');
  let cursor = state?.cursor ?? 0;
  let calendar = calendarOf(state?.calendar);
  let applied = 0;
  let files = false;
  for (;;) {
    const page = await port.pull(cursor, limit);
    const report = await applyPulled(db, page, deadlineOf(calendar));
    applied += report.applied;
    files ||= page.entries.some(bringsFiles);
    if (report.calendar !== undefined && loadWorkingDayCalendar(report.calendar).ok) {
      calendar = calendarOf(report.calendar);
      await refreshDeadlines(db, deadlineOf(calendar));
    }
    // A server that says "more" without moving the cursor would loop forever: stop and retry later.
    if (!page.hasMore || report.cursor <= cursor) return { applied, bringsFiles: files };
    cursor = report.cursor;
  }
}
