// Applying a page of pulled log entries (common/sync/change.ts). Each change carries a record's
// new state, so applying overwrites, and a page applied twice changes nothing. The whole page and
// the cursor are one transaction: a crash in the middle re-pulls the page instead of skipping
// part of it. A field this device changed and has not had accepted yet keeps the local value —
// the person's unsent edit is never overwritten; when it is pushed, the server judges it
// (accepted, or a conflict for a person to resolve: see answers.ts). An open conflict on a pulled
// field takes the server's newer value, so the person chooses against what the server holds now.
import { Dexie } from 'dexie';
import type { CalendarDate } from '../../common/domain/dates';
import { applicationRow } from './applications';
import { entityKeys } from './change';
import { dropOpenConflicts, followServerValues } from './conflicts';
import type { VerikopDb } from './database';
import { evidenceRowsOf, reindexEvidence } from './evidence';
import { pendingFor } from './outbox';
import { findingFieldNames, type ApplicationReplica, type Change, type DecisionFields, type FindingFieldName, type FindingFields, type LogEntry, type PullPage, type WorkflowStepRecord } from './protocol';
import type { FindingRow } from './rows';
import { syncStateIn } from './sync-state';
import { dbWrite } from './write';

export interface PullReport {
  /** Entries applied now. */
  readonly applied: number;
  /** Entries at or before the cursor: the page was delivered twice. */
  readonly skipped: number;
  readonly cursor: number;
  readonly hasMore: boolean;
  /** The working-day calendar, when the page replaced it: recompute deadlines with it. */
  readonly calendar?: unknown;
}

type DeadlineOf = (receivedAt: CalendarDate) => CalendarDate;

/** The fields of a record that pending local operations change. */
async function pendingFields(db: VerikopDb, entityKey: string): Promise<Set<string>> {
  const fields = new Set<string>();
  for (const row of await pendingFor(db, entityKey)) {
    if (row.operation.type === 'finding.set' || row.operation.type === 'decision.set') for (const f of Object.keys(row.operation.changes)) fields.add(f);
  }
  return fields;
}

/** The finding after a pulled change: the server's fields, except those with an unsent edit here. */
function mergedFinding(key: Pick<FindingRow, 'applicationId' | 'requirement'>, local: FindingRow | undefined, unsent: ReadonlySet<string>, fields: FindingFields, now: string): FindingRow {
  const mine = (f: FindingFieldName) => local !== undefined && unsent.has(f);
  const server = { status: fields.status?.value.status ?? null, computed: fields.status?.value.computed, note: fields.note?.value ?? '', evidence: fields.evidence?.value ?? [] };
  const status = mine('status') && local ? local : server;
  const versions = { status: 0, note: 0, evidence: 0 };
  for (const f of findingFieldNames) versions[f] = mine(f) && local ? local.versions[f] : (fields[f]?.version ?? 0);
  const newest = findingFieldNames.map((f) => fields[f]).reduce((a, b) => (b !== undefined && (a === undefined || b.version > a.version) ? b : a), undefined);
  return {
    ...key,
    status: status.status,
    ...(status.computed === undefined ? {} : { computed: status.computed }),
    note: mine('note') && local ? local.note : server.note,
    evidence: mine('evidence') && local ? local.evidence : [...server.evidence],
    versions,
    updatedAt: now,
    updatedBy: newest?.userId ?? local?.updatedBy ?? '',
  };
}

/** Display names of the authors an entry's fields name (LogEntry.userNames); empty from older servers. */
type UserNames = Readonly<Record<string, string>>;

async function applyFinding(db: VerikopDb, applicationId: string, requirement: FindingRow['requirement'], fields: FindingFields, now: string, names: UserNames): Promise<void> {
  const local = await db.findings.get([applicationId, requirement]);
  const unsent = local === undefined ? new Set<string>() : await pendingFields(db, entityKeys.finding(applicationId, requirement));
  await followServerValues(db, applicationId, `finding/${requirement}`, fields, now, names);
  const row = mergedFinding({ applicationId, requirement }, local, unsent, fields, now);
  const app = await db.applications.get(applicationId);
  await db.findings.put(row);
  await reindexEvidence(db, applicationId, requirement, evidenceRowsOf(row, app?.application.documents ?? [], false));
}

async function applyDecision(db: VerikopDb, applicationId: string, fields: DecisionFields, now: string, names: UserNames): Promise<void> {
  await followServerValues(db, applicationId, 'decision', fields, now, names);
  const local = await db.recommendationDrafts.get(applicationId);
  if (local !== undefined && (await pendingFields(db, entityKeys.decision(applicationId))).has('reason')) return;
  if (fields.reason === undefined && local === undefined) return;
  await db.recommendationDrafts.put({ applicationId, reason: fields.reason?.value ?? '', version: fields.reason?.version ?? 0, updatedAt: now, updatedBy: fields.reason?.userId ?? '' });
}

const approvalOf = (applicationId: string, s: WorkflowStepRecord) => ({
  id: s.opId,
  applicationId,
  action: s.action,
  from: s.from,
  to: s.to,
  ...(s.reason === undefined ? {} : { reason: s.reason }),
  ...(s.recommendation === undefined ? {} : { recommendation: s.recommendation }),
  actor: s.actorId,
  ...(s.actorName === undefined ? {} : { actorName: s.actorName }),
  at: s.at,
  seq: s.seq,
});

/** A step taken here and not yet answered stays visible until the server answers it. */
const hasPendingStep = async (db: VerikopDb, applicationId: string) => (await pendingFor(db, entityKeys.workflow(applicationId))).length > 0;

async function applyReplica(db: VerikopDb, r: ApplicationReplica, deadlineOf: DeadlineOf, now: string, names: UserNames): Promise<void> {
  const id = r.application.id;
  const existing = await db.applications.get(id);
  const state = existing !== undefined && (await hasPendingStep(db, id)) ? existing.state : r.state;
  const fields = { assignee: r.assignedTo, assignmentVersion: r.assignmentVersion, state, stateVersion: r.stateVersion, deadline: deadlineOf(r.application.receivedAt), updatedAt: now };
  await db.applications.put(applicationRow(r.application, r.auditHead === null ? fields : { ...fields, auditHead: r.auditHead }));
  for (const [requirement, f] of Object.entries(r.findings) as [FindingRow['requirement'], FindingFields][]) await applyFinding(db, id, requirement, f, now, names);
  await applyDecision(db, id, r.decision, now, names);
  await db.approvals.bulkPut(r.history.map((s) => approvalOf(id, s)));
  await db.documents.bulkPut(r.documents.map((d) => ({ ...d, applicationId: id })));
}

/** The file went to another verifier: it leaves this device's lists (the trail and outbox stay). */
async function removeApplication(db: VerikopDb, applicationId: string, assignmentVersion: number): Promise<void> {
  const app = await db.applications.get(applicationId);
  if (app === undefined || app.assignmentVersion > assignmentVersion) return;
  const all = [applicationId, Dexie.minKey];
  const allEnd = [applicationId, Dexie.maxKey];
  await db.applications.delete(applicationId);
  await db.findings.where('[applicationId+requirement]').between(all, allEnd).delete();
  await db.evidence.where('[applicationId+requirement]').between(all, allEnd).delete();
  await db.recommendationDrafts.delete(applicationId);
  await db.approvals.where('[applicationId+at]').between(all, allEnd).delete();
  await db.documents.where('applicationId').equals(applicationId).delete();
  await dropOpenConflicts(db, applicationId);
}

async function applyChange(db: VerikopDb, c: Change, deadlineOf: DeadlineOf, now: string, names: UserNames): Promise<unknown> {
  switch (c.kind) {
    case 'application':
      return applyReplica(db, c.replica, deadlineOf, now, names);
    case 'application_unassigned':
      return removeApplication(db, c.applicationId, c.assignmentVersion);
    case 'finding':
      return applyFinding(db, c.applicationId, c.requirement, c.fields, now, names);
    case 'decision':
      return applyDecision(db, c.applicationId, c.fields, now, names);
    case 'workflow':
      await db.approvals.put(approvalOf(c.applicationId, c.step));
      if (await hasPendingStep(db, c.applicationId)) return db.applications.update(c.applicationId, { stateVersion: c.stateVersion });
      return db.applications.update(c.applicationId, { state: c.state, stateVersion: c.stateVersion, updatedAt: now });
    case 'document':
      return db.documents.put({ ...c.document, applicationId: c.applicationId });
    case 'audit':
      return db.applications.update(c.applicationId, { auditHead: { seq: c.event.seq, hash: c.event.hash } });
    case 'calendar':
      return c.document;
  }
}

/** Our own operation came back in the log: it was accepted even if its answer never arrived. */
async function settleEcho(db: VerikopDb, entry: LogEntry, now: string): Promise<void> {
  const own = await db.outbox.where('id').equals(entry.opId).first();
  if (own?.seq !== undefined && own.state === 'pending') await db.outbox.update(own.seq, { state: 'done', serverSeq: entry.seq, settledAt: now });
}

export async function applyPulled(db: VerikopDb, page: PullPage, deadlineOf: DeadlineOf): Promise<PullReport> {
  const tables = [db.applications, db.findings, db.evidence, db.recommendationDrafts, db.approvals, db.documents, db.outbox, db.conflicts, db.syncState];
  return dbWrite(db, tables, async () => {
    const now = new Date().toISOString();
    const state = await syncStateIn(db);
    let applied = 0;
    let skipped = 0;
    let calendar: unknown;
    for (const entry of [...page.entries].sort((a, b) => a.seq - b.seq)) {
      if (entry.seq <= state.cursor) {
        skipped += 1;
        continue;
      }
      await settleEcho(db, entry, now);
      for (const change of entry.changes) {
        const result = await applyChange(db, change, deadlineOf, now, entry.userNames ?? {});
        if (change.kind === 'calendar') calendar = result;
      }
      applied += 1;
    }
    const cursor = Math.max(state.cursor, page.cursor);
    // A successful pull clears the last error shown in the status bar.
    const latestCalendar = calendar ?? state.calendar;
    await db.syncState.put({ key: 'local', installationId: state.installationId, cursor, lastSyncAt: now, ...(latestCalendar === undefined ? {} : { calendar: latestCalendar }) });
    return { applied, skipped, cursor, hasMore: page.hasMore, ...(calendar === undefined ? {} : { calendar }) };
  });
}
