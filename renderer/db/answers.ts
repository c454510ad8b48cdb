// Settling the outbox with the server's answers to a push. An answer that arrives twice (the
// response was resent, or the engine retried after a crash) finds its operation already settled
// and changes nothing.
import type { VerikopDb } from './database';
import { findingFieldNames, type FieldConflict, type Operation, type OperationAnswer } from './protocol';
import type { ConflictRow, OutboxRow } from './rows';
import { dbWrite } from './write';

export interface SettleReport {
  readonly accepted: number;
  readonly conflicts: number;
  readonly rejected: number;
  readonly retry: number;
  /** Answers for operations that were not pending here (already settled, or unknown). */
  readonly ignored: number;
}

const raise = (row: { version: number }, seq: number) => {
  if (row.version < seq) row.version = seq;
};

/** The record the operation changed now stands at `seq` for the fields it wrote. */
async function advanceVersions(db: VerikopDb, op: Operation, seq: number): Promise<void> {
  switch (op.type) {
    case 'finding.set':
      await db.findings
        .where('[applicationId+requirement]')
        .equals([op.applicationId, op.requirement])
        .modify((row: { versions: Record<string, number> }) => {
          for (const field of findingFieldNames) {
            const current = row.versions[field] ?? 0;
            if (op.changes[field] !== undefined && current < seq) row.versions = { ...row.versions, [field]: seq };
          }
        });
      return;
    case 'decision.set':
      await db.recommendationDrafts.where('applicationId').equals(op.applicationId).modify((row: { version: number }) => {
        raise(row, seq);
      });
      return;
    case 'workflow.act':
      await db.approvals.update(op.id, { seq });
      await db.applications.where('id').equals(op.applicationId).modify((row: { stateVersion: number }) => {
        if (row.stateVersion < seq) row.stateVersion = seq;
      });
      return;
    case 'document.attach':
      await db.documents.where('id').equals(op.document.id).modify((row: { version: number }) => {
        raise(row, seq);
      });
      return;
    case 'application.assign':
      await db.applications.where('id').equals(op.applicationId).modify((row: { assignmentVersion: number }) => {
        if (row.assignmentVersion < seq) row.assignmentVersion = seq;
      });
      return;
    case 'audit.note':
      return;
  }
}

/** A step the server refused never happened: the file goes back to where it stood before. */
async function undoWorkflowStep(db: VerikopDb, op: Operation): Promise<void> {
  if (op.type !== 'workflow.act') return;
  const step = await db.approvals.get(op.id);
  if (!step) return;
  await db.approvals.delete(op.id);
  await db.applications.where('id').equals(op.applicationId).and((app) => app.state === step.to).modify({ state: step.from });
}

async function recordConflicts(db: VerikopDb, row: OutboxRow, conflicts: readonly FieldConflict[], now: string): Promise<void> {
  for (const c of conflicts) {
    const open = await db.conflicts
      .where('applicationId')
      .equals(row.applicationId)
      .and((x) => x.state === 'open' && x.record === c.record && x.field === c.field)
      .first();
    const fresh: ConflictRow = { ...c, id: open?.id ?? crypto.randomUUID(), applicationId: row.applicationId, opId: row.id, detectedAt: now, state: 'open' };
    await db.conflicts.put(fresh);
  }
}

export async function settleOutbox(db: VerikopDb, answers: readonly OperationAnswer[]): Promise<SettleReport> {
  const tables = [db.outbox, db.conflicts, db.findings, db.recommendationDrafts, db.approvals, db.applications, db.documents];
  return dbWrite(db, tables, async () => {
    const now = new Date().toISOString();
    const report = { accepted: 0, conflicts: 0, rejected: 0, retry: 0, ignored: 0 };
    for (const answer of answers) {
      const row = await db.outbox.where('id').equals(answer.opId).first();
      if (row?.seq === undefined || row.state !== 'pending') {
        report.ignored += 1;
        continue;
      }
      switch (answer.status) {
        case 'accepted':
          await db.outbox.update(row.seq, { state: 'done', serverSeq: answer.seq, settledAt: now });
          await advanceVersions(db, row.operation, answer.seq);
          report.accepted += 1;
          break;
        case 'conflict':
          await db.outbox.update(row.seq, { state: 'conflict', settledAt: now });
          await recordConflicts(db, row, answer.conflicts, now);
          report.conflicts += 1;
          break;
        case 'rejected':
          await db.outbox.update(row.seq, { state: 'rejected', lastError: answer.message, settledAt: now });
          await undoWorkflowStep(db, row.operation);
          report.rejected += 1;
          break;
        case 'retry':
          await db.outbox.update(row.seq, { attempts: row.attempts + 1, lastError: answer.message });
          report.retry += 1;
          break;
      }
    }
    return report;
  });
}
