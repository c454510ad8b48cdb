// Conflicts: the server kept its value of a field that this device had changed too. Neither is
// applied over the other until a person chooses; choosing is a user change like any other
// (record, audit event and operation in one transaction).
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { sameData } from './equal';
import { DbFailure } from './errors';
import { evidenceRowsOf, reindexEvidence } from './evidence';
import type { Actor } from './model';
import { pendingFor } from './outbox';
import type { FieldConflict, FindingFieldName, FindingSetOperation, Operation, StatusValue } from './protocol';
import type { ConflictRow, OutboxRow } from './rows';

/** Open conflicts (all, or of one application), oldest first. */
export async function listConflicts(db: VerikopDb, applicationId?: string): Promise<ConflictRow[]> {
  const open = await db.conflicts.where('state').equals('open').toArray();
  return open.filter((c) => applicationId === undefined || c.applicationId === applicationId).sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

export function countOpenConflicts(db: VerikopDb): Promise<number> {
  return db.conflicts.where('state').equals('open').count();
}

/**
 * A pull brought the server's value of a record's fields: an open conflict on one of them now
 * shows that value (and its version and author), so the person chooses against what the server
 * holds now, not what it held when the conflict was found. Older or equal versions (a log that is
 * still catching up to the conflict's answer) change nothing. When the server now holds the
 * person's own value there is nothing left to choose: the conflict closes as settled by the
 * server (the pull has already put that value in the record). The author's display name comes
 * from the entry's `userNames` (a field carries only the id); without one (an older server) the
 * card falls back to the id. Runs inside the pull's transaction.
 */
export async function followServerValues(
  db: VerikopDb,
  applicationId: string,
  record: string,
  fields: Readonly<Partial<Record<string, FieldConflict['server']>>>,
  now: string,
  userNames: Readonly<Record<string, string>> = {},
): Promise<void> {
  const open = await db.conflicts.where('applicationId').equals(applicationId).and((c) => c.state === 'open' && c.record === record).toArray();
  for (const c of open) {
    const pulled = fields[c.field];
    if (pulled === undefined || pulled.version <= c.server.version) continue;
    const name = userNames[pulled.userId];
    const server = { value: pulled.value, version: pulled.version, userId: pulled.userId, ...(name === undefined ? {} : { userName: name }) };
    const agreed = sameData(pulled.value, c.client);
    await db.conflicts.put(agreed ? { ...c, server, state: 'resolved', resolution: 'server', resolvedAt: now, resolvedBy: pulled.userId } : { ...c, server });
  }
}

/** The file left this device (assigned to someone else): its open conflicts go from the list with it; the outbox keeps the person's value. */
export async function dropOpenConflicts(db: VerikopDb, applicationId: string): Promise<void> {
  await db.conflicts.where('applicationId').equals(applicationId).and((c) => c.state === 'open').delete();
}

/** The server value changed after the person was shown it: choosing now would answer a value they have not seen. */
export const SERVER_VALUE_CHANGED_MESSAGE = 'Nilai di server berubah sejak ditampilkan kepada Anda; pilihan belum diterapkan. Periksa nilai server yang terbaru, lalu pilih lagi.';

const requirementOf = (record: string) => record.slice('finding/'.length) as FindingSetOperation['requirement'];

const entityKeyOf = (c: ConflictRow) => (c.record === 'decision' ? entityKeys.decision(c.applicationId) : entityKeys.finding(c.applicationId, requirementOf(c.record)));

/** The version of the conflict's field this device holds (the server version its value is from or builds on). */
async function localVersion(db: VerikopDb, c: ConflictRow): Promise<number> {
  if (c.record === 'decision') return (await db.recommendationDrafts.get(c.applicationId))?.version ?? 0;
  const row = await db.findings.get([c.applicationId, requirementOf(c.record)]);
  if (!row) throw new DbFailure('not_found', 'Temuan untuk konflik ini tidak ada lagi di perangkat ini; sinkronkan ulang.');
  return row.versions[c.field as FindingFieldName];
}

/** The base a pending operation gives the conflict's field; undefined when it does not change it. */
function baseOf(o: OutboxRow, field: string): number | undefined {
  if (!('changes' in o.operation)) return undefined;
  const change = (o.operation.changes as Record<string, { base: number } | undefined>)[field];
  return change?.base;
}

/**
 * Sets one field of the record to `value` at `version` (the value the server's `version` of the
 * field builds on).
 */
async function writeField(db: VerikopDb, c: ConflictRow, value: unknown, version: number, meta: { updatedAt: string; updatedBy: string }): Promise<void> {
  if (c.record === 'decision') {
    await db.recommendationDrafts.put({ applicationId: c.applicationId, reason: typeof value === 'string' ? value : '', version, ...meta });
    return;
  }
  const field = c.field as FindingFieldName;
  const row = await db.findings.get([c.applicationId, requirementOf(c.record)]);
  if (!row) throw new DbFailure('not_found', 'Temuan untuk konflik ini tidak ada lagi di perangkat ini; sinkronkan ulang.');
  const next =
    field === 'status'
      ? { ...row, status: (value as StatusValue).status, computed: (value as StatusValue).computed }
      : field === 'note'
        ? { ...row, note: value as string }
        : { ...row, evidence: value as typeof row.evidence };
  await db.findings.put({ ...next, versions: { ...row.versions, [field]: version }, ...meta });
  const app = await db.applications.get(c.applicationId);
  await reindexEvidence(db, c.applicationId, row.requirement, evidenceRowsOf(next, app?.application.documents ?? [], false));
}

/**
 * 'server' adopts the server's value; 'mine' sends the person's value (the conflict's client
 * value) again on the server's version, so the server takes it as a deliberate overwrite.
 *
 * Pending edits of the field made on a version older than the server's (they would meet the same
 * conflict) are superseded either way when they change only this field. An edit made after the
 * device saw the server's version is newer than the conflict: it stays, and its value stays on
 * screen — the person's latest word on the field, which goes to the server as it is.
 *
 * Pulls go on while a conflict waits and move its server value on (followServerValues), so the
 * choice is made against the server's current value and version. `shownServerVersion` is the
 * version the person was shown: when the server's has moved since, nothing is applied and the
 * person is told (stale_state), rather than answering a value they never saw. The finding row may
 * also hold a newer server value than the conflict (pulled before conflicts followed pulls):
 * 'server' then keeps it rather than putting the older one back.
 */
export async function resolveConflict(db: VerikopDb, actor: Actor, conflictId: string, choice: 'mine' | 'server', shownServerVersion?: number): Promise<ConflictRow> {
  const tables = [db.conflicts, db.applications, db.findings, db.evidence, db.recommendationDrafts];
  return userChange(db, actor, tables, async ({ now, opId }) => {
    const c = await db.conflicts.get(conflictId);
    if (c?.state !== 'open') throw new DbFailure('stale_state', 'Konflik ini sudah diselesaikan (mungkin di jendela lain); muat ulang daftar konflik.');
    if (shownServerVersion !== undefined && shownServerVersion !== c.server.version) throw new DbFailure('stale_state', SERVER_VALUE_CHANGED_MESSAGE);
    const entityKey = entityKeyOf(c);
    const serverVersion = c.server.version;
    await db.outbox
      .where('[entityKey+state]')
      .equals([entityKey, 'pending'])
      .and((o) => 'changes' in o.operation && Object.keys(o.operation.changes).every((f) => f === c.field) && (baseOf(o, c.field) ?? 0) < serverVersion)
      .modify({ state: 'superseded', settledAt: now });
    const newerEdit = (await pendingFor(db, entityKey)).some((o) => (baseOf(o, c.field) ?? -1) >= serverVersion);
    const local = await localVersion(db, c);
    const meta = { updatedAt: now, updatedBy: actor.userId };
    // Whether the person's value still has to be sent: a newer pending edit carries their latest.
    const sendMine = choice === 'mine' && !newerEdit;
    if (sendMine) await writeField(db, c, c.client, serverVersion, meta);
    else if (choice === 'server' && !newerEdit && local <= serverVersion) await writeField(db, c, c.server.value, serverVersion, meta);
    const resolved: ConflictRow = { ...c, state: 'resolved', resolution: choice, resolvedAt: now, resolvedBy: actor.userId };
    await db.conflicts.put(resolved);
    const recordType = c.record === 'decision' ? 'decision' : 'finding';
    const recordId = c.record === 'decision' ? c.applicationId : `${c.applicationId}/${requirementOf(c.record)}`;
    const operation: Operation = !sendMine
      ? { id: opId, type: 'audit.note', applicationId: c.applicationId, action: 'conflict.resolve', recordType, recordId, clientTime: now }
      : c.record === 'decision'
        ? { id: opId, type: 'decision.set', applicationId: c.applicationId, changes: { reason: { value: String(c.client), base: serverVersion } }, clientTime: now }
        : { id: opId, type: 'finding.set', applicationId: c.applicationId, requirement: requirementOf(c.record), changes: { [c.field]: { value: c.client, base: serverVersion } }, clientTime: now };
    return {
      value: resolved,
      applicationId: c.applicationId,
      audit: { action: 'conflict.resolve', recordType, recordId, payload: { field: c.field, resolution: choice, serverVersion, operation } },
      outbox: { entityKey: sendMine ? entityKey : `conflict:${c.id}`, operation },
    };
  });
}
