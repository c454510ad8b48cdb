// Conflicts: the server kept its value of a field that this device had changed too. Neither is
// applied over the other until a person chooses; choosing is a user change like any other
// (record, audit event and operation in one transaction).
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import { evidenceRowsOf, reindexEvidence } from './evidence';
import { fieldValue } from './findings';
import type { Actor } from './model';
import type { FindingFieldName, FindingSetOperation, Operation, StatusValue } from './protocol';
import type { ConflictRow } from './rows';

/** Open conflicts (all, or of one application), oldest first. */
export async function listConflicts(db: VerikopDb, applicationId?: string): Promise<ConflictRow[]> {
  const open = await db.conflicts.where('state').equals('open').toArray();
  return open.filter((c) => applicationId === undefined || c.applicationId === applicationId).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

export function countOpenConflicts(db: VerikopDb): Promise<number> {
  return db.conflicts.where('state').equals('open').count();
}

const requirementOf = (record: string) => record.slice('finding/'.length) as FindingSetOperation['requirement'];

/**
 * Sets one field of the record to `value` (undefined: keep this device's value) at `version`;
 * returns the value the record now holds.
 */
async function writeField(db: VerikopDb, c: ConflictRow, value: unknown, version: number, meta: { updatedAt: string; updatedBy: string }): Promise<unknown> {
  if (c.record === 'decision') {
    const draft = await db.recommendationDrafts.get(c.applicationId);
    const reason = typeof value === 'string' ? value : (draft?.reason ?? '');
    await db.recommendationDrafts.put({ applicationId: c.applicationId, reason, version, ...meta });
    return reason;
  }
  const field = c.field as FindingFieldName;
  const row = await db.findings.get([c.applicationId, requirementOf(c.record)]);
  if (!row) throw new DbFailure('not_found', 'Temuan untuk konflik ini tidak ada lagi di perangkat ini; sinkronkan ulang.');
  const v = value === undefined ? fieldValue(row, field) : value;
  const next =
    field === 'status'
      ? { ...row, status: (v as StatusValue).status, computed: (v as StatusValue).computed }
      : field === 'note'
        ? { ...row, note: v as string }
        : { ...row, evidence: v as typeof row.evidence };
  await db.findings.put({ ...next, versions: { ...row.versions, [field]: version }, ...meta });
  const app = await db.applications.get(c.applicationId);
  await reindexEvidence(db, c.applicationId, row.requirement, evidenceRowsOf(next, app?.application.documents ?? [], false));
  return v;
}

/**
 * 'server' adopts the server's value; 'mine' keeps this device's current value and sends it
 * again on the server's version, so the server takes it as a deliberate overwrite. Pending
 * operations that change only this field are superseded either way.
 */
export async function resolveConflict(db: VerikopDb, actor: Actor, conflictId: string, choice: 'mine' | 'server'): Promise<ConflictRow> {
  const tables = [db.conflicts, db.applications, db.findings, db.evidence, db.recommendationDrafts];
  return userChange(db, actor, tables, async ({ now, opId }) => {
    const c = await db.conflicts.get(conflictId);
    if (c?.state !== 'open') throw new DbFailure('stale_state', 'Konflik ini sudah diselesaikan (mungkin di jendela lain); muat ulang daftar konflik.');
    const entityKey = c.record === 'decision' ? entityKeys.decision(c.applicationId) : entityKeys.finding(c.applicationId, requirementOf(c.record));
    await db.outbox
      .where('[entityKey+state]')
      .equals([entityKey, 'pending'])
      .and((o) => 'changes' in o.operation && Object.keys(o.operation.changes).every((f) => f === c.field))
      .modify({ state: 'superseded', settledAt: now });
    const kept = await writeField(db, c, choice === 'server' ? c.server.value : undefined, c.server.version, { updatedAt: now, updatedBy: actor.userId });
    const resolved: ConflictRow = { ...c, state: 'resolved', resolution: choice, resolvedAt: now, resolvedBy: actor.userId };
    await db.conflicts.put(resolved);
    const recordType = c.record === 'decision' ? 'decision' : 'finding';
    const recordId = c.record === 'decision' ? c.applicationId : `${c.applicationId}/${requirementOf(c.record)}`;
    const change = { [c.field]: { value: kept, base: c.server.version } };
    const operation: Operation =
      choice === 'server'
        ? { id: opId, type: 'audit.note', applicationId: c.applicationId, action: 'conflict.resolve', recordType, recordId, clientTime: now }
        : c.record === 'decision'
          ? { id: opId, type: 'decision.set', applicationId: c.applicationId, changes: { reason: { value: String(kept), base: c.server.version } }, clientTime: now }
          : { id: opId, type: 'finding.set', applicationId: c.applicationId, requirement: requirementOf(c.record), changes: change, clientTime: now };
    return {
      value: resolved,
      applicationId: c.applicationId,
      audit: { action: 'conflict.resolve', recordType, recordId, payload: { field: c.field, resolution: choice, serverVersion: c.server.version, operation } },
      outbox: { entityKey: choice === 'server' ? `conflict:${c.id}` : entityKey, operation },
    };
  });
}
