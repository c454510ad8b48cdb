import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../common/domain/dates';
import type { ComputedSnapshot } from '../../common/domain/findings';
import { cleanApplication, cleanApplicationInput } from '../../common/domain/fixtures';
import type { Actor } from '../../common/domain/workflow';
import { operationSchema } from '../../common/sync';
import { settleOutbox } from './answers';
import { attachDocument } from './documents';
import { saveDraft } from './drafts';
import { importApplication } from './applications';
import { verifyLocalAuditTrail } from './audit';
import { countOpenConflicts, listConflicts, resolveConflict } from './conflicts';
import { VerikopDb } from './database';
import { listEvidence } from './evidence';
import { saveFinding } from './findings';
import { countPendingOutbox, pendingOutbox, pruneSettledOutbox, recordOutboxAttempt, rejectedOutbox } from './outbox';
import type { ApplicationReplica, FieldConflict, LogEntry, PullPage } from './protocol';
import { applyPulled } from './pull';
import { getSyncState } from './sync-state';
import { listApprovals, recordWorkflowAction } from './workflow';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const APP = 'app-2026-0042';
const OTHER_CLIENT = '9b2f6c1e-4a5d-4e8f-9c7b-1d2e3f4a5b6c';
const computed: ComputedSnapshot = { outcome: 'meets', facts: ['Izin berlaku.'], verificationDate: '2026-03-30' as ComputedSnapshot['verificationDate'] };
const deadlineOf = (d: CalendarDate) => `${d.slice(0, 4)}-12-31` as CalendarDate;

const dbs: VerikopDb[] = [];
let n = 0;
async function emptyDb(): Promise<VerikopDb> {
  const db = new VerikopDb(`sync-${String(++n)}`);
  dbs.push(db);
  await db.open();
  return db;
}
/** A file being verified here, with R1 saved (status, note and a page of the permit). */
async function workingDb(): Promise<VerikopDb> {
  const db = await emptyDb();
  await importApplication(db, siti, { application: cleanApplicationInput(), assignee: siti.userId, state: 'in_verification', deadline: '2026-04-21' });
  await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: 'meets', computed, note: 'Izin asli diperlihatkan.', evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }] });
  return db;
}
afterEach(async () => {
  const open = dbs.splice(0);
  for (const db of open) db.close();
  for (const name of new Set(open.map((db) => db.name))) await Dexie.delete(name);
});

async function tables(db: VerikopDb) {
  return Object.fromEntries(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

const stored = <T,>(value: T, version: number, userId = 'u-andi') => ({ value, version, userId, clientId: OTHER_CLIENT });

function replica(over: Partial<ApplicationReplica> = {}): ApplicationReplica {
  return {
    application: cleanApplication(),
    assignedTo: 'u-siti',
    assignmentVersion: 3,
    state: 'in_verification',
    stateVersion: 5,
    history: [{ seq: 5, opId: 'op-start', action: 'start_verification', from: 'received', to: 'in_verification', actorId: 'u-siti', actorRole: 'verifier', at: '2026-03-10T01:00:00.000Z' }],
    findings: { R3: { status: stored({ status: 'meets', computed }, 6), note: stored('24 anggota, 22 sah', 7) } },
    decision: { reason: stored('Memenuhi syarat', 8) },
    documents: [],
    auditHead: { seq: 4, hash: 'ab'.repeat(32) },
    ...over,
  };
}
const entry = (seq: number, changes: LogEntry['changes'], opId = `op-${String(seq)}`): LogEntry => ({ seq, opId, authorId: 'u-andi', at: '2026-03-30T03:00:00.000Z', changes });
const page = (entries: LogEntry[], cursor = entries.at(-1)?.seq ?? 0): PullPage => ({ entries, cursor, hasMore: false });

describe('the outbox', () => {
  it("holds operations exactly as common/sync's schema parses them, each with its own UUID", async () => {
    const db = await workingDb();
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R3', status: null, note: 'Daftar anggota diperiksa', evidence: [{ kind: 'photo', blobSha256: 'ab'.repeat(32), takenAt: '2026-03-30T10:15:00+08:00', lat: 0.12, lon: 117.48 }] });
    await saveDraft(db, siti, { applicationId: APP, reason: 'Semua persyaratan terpenuhi' });
    await attachDocument(db, siti, { applicationId: APP, id: 'doc-ba-0042', kind: 'verification_report', sha256: 'cd'.repeat(32), fileName: 'berita-acara.pdf', signed: false });
    await recordWorkflowAction(db, APP, { action: 'submit_for_approval', from: 'in_verification', to: 'awaiting_approval', actor: siti, recommendation: 'issue' });
    const [first] = await pendingOutbox(db, 1);
    await settleOutbox(db, [{ opId: first?.id ?? '', status: 'conflict', conflicts: [{ record: 'finding/R1', field: 'note', server: { value: 'lain', version: 3, userId: '7' }, client: 'x' }] }]);
    const [open] = await listConflicts(db);
    await resolveConflict(db, siti, open?.id ?? '', 'server');
    const ops = (await db.outbox.toArray()).map((o) => o.operation);
    expect(ops.map((o) => o.type)).toEqual(['finding.set', 'finding.set', 'decision.set', 'document.attach', 'workflow.act', 'audit.note']);
    for (const op of ops) expect(operationSchema.safeParse(op)).toMatchObject({ success: true, data: op });
    expect(new Set(ops.map((o) => o.id)).size).toBe(ops.length);
  });
});

describe('settleOutbox', () => {
  it('marks accepted operations done and moves the written fields to the server version', async () => {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    const report = await settleOutbox(db, [{ opId: op?.id ?? '', status: 'accepted', seq: 12 }]);
    expect(report).toMatchObject({ accepted: 1, ignored: 0 });
    expect(await db.outbox.get(op?.seq ?? 0)).toMatchObject({ state: 'done', serverSeq: 12 });
    expect((await db.findings.get([APP, 'R1']))?.versions).toEqual({ status: 12, note: 12, evidence: 12 });
    // The next edit is based on what the server now holds.
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: 'meets', computed, note: 'Izin asli dan salinan cocok.', evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }] });
    expect((await pendingOutbox(db, 10))[0]?.operation).toMatchObject({ changes: { note: { base: 12 } } });
  });

  it('ignores an answer delivered twice', async () => {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    await settleOutbox(db, [{ opId: op?.id ?? '', status: 'accepted', seq: 12 }]);
    const before = await tables(db);
    expect(await settleOutbox(db, [{ opId: op?.id ?? '', status: 'accepted', seq: 12 }])).toMatchObject({ accepted: 0, ignored: 1 });
    expect(await tables(db)).toEqual(before);
  });

  it('turns a conflict answer into one open conflict per field, for a person', async () => {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    const conflict: FieldConflict = { record: 'finding/R1', field: 'note', server: { value: 'Izin tidak ditemukan di lokasi', version: 9, userId: 'u-andi' }, client: 'Izin asli diperlihatkan.' };
    await settleOutbox(db, [{ opId: op?.id ?? '', status: 'conflict', conflicts: [conflict] }]);
    expect(await db.outbox.get(op?.seq ?? 0)).toMatchObject({ state: 'conflict' });
    expect(await countOpenConflicts(db)).toBe(1);
    expect(await listConflicts(db, APP)).toEqual([expect.objectContaining({ ...conflict, opId: op?.id, state: 'open' })]);
    // The person's text stays on screen until they choose.
    expect((await db.findings.get([APP, 'R1']))?.note).toBe('Izin asli diperlihatkan.');
  });

  it('undoes a workflow step the server refused, keeping the reason', async () => {
    const db = await workingDb();
    const step = await recordWorkflowAction(db, APP, { action: 'submit_for_approval', from: 'in_verification', to: 'awaiting_approval', actor: siti, recommendation: 'issue' });
    await settleOutbox(db, [{ opId: step.id, status: 'rejected', code: 'decision_incomplete', message: 'Temuan belum lengkap untuk semua persyaratan.' }]);
    expect((await db.applications.get(APP))?.state).toBe('in_verification');
    expect(await listApprovals(db, APP)).toEqual([]);
    expect((await rejectedOutbox(db)).map((o) => o.lastError)).toEqual(['Temuan belum lengkap untuk semua persyaratan.']);
  });

  it('keeps operations pending on retry answers and transport failures, counting attempts', async () => {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    await settleOutbox(db, [{ opId: op?.id ?? '', status: 'retry', code: 'blob_missing', message: 'Foto belum terkirim' }]);
    await recordOutboxAttempt(db, [op?.id ?? ''], 'Tidak ada koneksi');
    expect(await db.outbox.get(op?.seq ?? 0)).toMatchObject({ state: 'pending', attempts: 2, lastError: 'Tidak ada koneksi' });
    expect(await countPendingOutbox(db)).toBe(1);
  });

  it('prunes settled operations only, and only older ones', async () => {
    const db = await workingDb();
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R2', status: null, note: 'cek buku kas', evidence: [] });
    const [first] = await pendingOutbox(db, 10);
    await settleOutbox(db, [{ opId: first?.id ?? '', status: 'accepted', seq: 3 }]);
    expect(await pruneSettledOutbox(db, '2000-01-01T00:00:00.000Z')).toBe(0);
    expect(await pruneSettledOutbox(db, '9999-01-01T00:00:00.000Z')).toBe(1);
    expect((await pendingOutbox(db, 10)).map((o) => o.operation)).toEqual([expect.objectContaining({ requirement: 'R2' })]);
  });
});

describe('applyPulled', () => {
  it('brings a file the server assigned, with its findings, reasons, history and cursor', async () => {
    const db = await emptyDb();
    const report = await applyPulled(db, page([entry(9, [{ kind: 'application', applicationId: APP, replica: replica() }])]), deadlineOf);
    expect(report).toMatchObject({ applied: 1, skipped: 0, cursor: 9 });
    expect(await db.applications.get(APP)).toMatchObject({ state: 'in_verification', stateVersion: 5, assignee: 'u-siti', deadline: '2026-12-31', auditHead: { seq: 4 } });
    expect(await db.findings.get([APP, 'R3'])).toMatchObject({ status: 'meets', note: '24 anggota, 22 sah', evidence: [], versions: { status: 6, note: 7, evidence: 0 }, updatedBy: 'u-andi' });
    expect(await db.recommendationDrafts.get(APP)).toMatchObject({ reason: 'Memenuhi syarat', version: 8 });
    expect((await listApprovals(db, APP)).map((a) => a.action)).toEqual(['start_verification']);
    expect(await getSyncState(db)).toMatchObject({ cursor: 9 });
  });

  it('changes nothing when the same page arrives twice', async () => {
    const db = await emptyDb();
    const p = page([entry(9, [{ kind: 'application', applicationId: APP, replica: replica() }]), entry(10, [{ kind: 'decision', applicationId: APP, fields: { reason: stored('Alasan baru', 10) } }])]);
    await applyPulled(db, p, deadlineOf);
    const before = await tables(db);
    const again = await applyPulled(db, p, deadlineOf);
    expect(again).toMatchObject({ applied: 0, skipped: 2, cursor: 10 });
    const after = await tables(db);
    expect({ ...after, syncState: [] }).toEqual({ ...before, syncState: [] });
  });

  it("never overwrites a field the person changed here and has not had accepted", async () => {
    const db = await workingDb();
    const fields = { status: stored({ status: 'fails' as const, computed }, 14), note: stored('Dari server', 14), evidence: stored([], 14) };
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: 'meets', computed, note: 'Catatan lokal terbaru', evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }] });
    const [first] = await pendingOutbox(db, 10);
    await settleOutbox(db, [{ opId: first?.id ?? '', status: 'accepted', seq: 13 }]);
    await applyPulled(db, page([entry(14, [{ kind: 'finding', applicationId: APP, requirement: 'R1', fields }])]), deadlineOf);
    // The pending edit changed only the note: the server's status and evidence apply, the note stays.
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ status: 'fails', note: 'Catatan lokal terbaru', evidence: [], versions: { status: 14, note: 13, evidence: 14 } });
    expect(await listEvidence(db, APP, 'R1')).toEqual([]);
  });

  it('settles our own operation when it comes back in the log before its answer', async () => {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    const fields = { status: stored({ status: 'meets' as const, computed }, 20, 'u-siti'), note: stored('Izin asli diperlihatkan.', 20, 'u-siti'), evidence: stored([{ kind: 'document' as const, documentId: 'doc-r1-izin-kc', page: 1 }], 20, 'u-siti') };
    await applyPulled(db, page([entry(20, [{ kind: 'finding', applicationId: APP, requirement: 'R1', fields }], op?.id)]), deadlineOf);
    expect(await db.outbox.get(op?.seq ?? 0)).toMatchObject({ state: 'done', serverSeq: 20 });
    expect((await db.findings.get([APP, 'R1']))?.versions).toEqual({ status: 20, note: 20, evidence: 20 });
  });

  it('keeps a step taken here visible until the server has answered it', async () => {
    const db = await workingDb();
    const step = await recordWorkflowAction(db, APP, { action: 'submit_for_approval', from: 'in_verification', to: 'awaiting_approval', actor: siti, recommendation: 'issue' });
    const older = { seq: 30, opId: 'op-older', action: 'start_verification' as const, from: 'received' as const, to: 'in_verification' as const, actorId: 'u-siti', actorRole: 'verifier' as const, at: '2026-03-10T01:00:00.000Z' };
    await applyPulled(db, page([entry(30, [{ kind: 'workflow', applicationId: APP, state: 'in_verification', stateVersion: 30, step: older }])]), deadlineOf);
    expect((await db.applications.get(APP))?.state).toBe('awaiting_approval');
    const mine = { ...older, seq: 31, opId: step.id, action: 'submit_for_approval' as const, from: 'in_verification' as const, to: 'awaiting_approval' as const, recommendation: 'issue' as const };
    await applyPulled(db, page([entry(31, [{ kind: 'workflow', applicationId: APP, state: 'awaiting_approval', stateVersion: 31, step: mine }], step.id)]), deadlineOf);
    expect(await db.applications.get(APP)).toMatchObject({ state: 'awaiting_approval', stateVersion: 31 });
    expect((await listApprovals(db, APP)).map((a) => [a.action, a.seq])).toEqual([
      ['start_verification', 30],
      ['submit_for_approval', 31],
    ]);
  });

  it("keeps the actor's name a pulled step carries; a step without one still applies", async () => {
    const db = await workingDb();
    const start = { seq: 30, opId: 'op-start', action: 'start_verification' as const, from: 'received' as const, to: 'in_verification' as const, actorId: '1', actorRole: 'verifier' as const, at: '2026-03-10T01:00:00.000Z' };
    const returned = { ...start, seq: 32, opId: 'op-return', action: 'return_to_verifier' as const, from: 'awaiting_approval' as const, to: 'returned' as const, actorId: '3', actorRole: 'supervisor' as const, actorName: 'Drs. H. Bambang Sutrisno, M.M.', reason: 'Tautkan halaman NIK.' };
    await applyPulled(db, page([entry(30, [{ kind: 'workflow', applicationId: APP, state: 'in_verification', stateVersion: 30, step: start }]), entry(32, [{ kind: 'workflow', applicationId: APP, state: 'returned', stateVersion: 32, step: returned }])]), deadlineOf);
    expect((await listApprovals(db, APP)).map((a) => [a.action, a.actor, a.actorName])).toEqual([
      ['start_verification', '1', undefined],
      ['return_to_verifier', '3', 'Drs. H. Bambang Sutrisno, M.M.'],
    ]);
  });

  it('removes a file assigned to someone else, keeping the trail and the outbox', async () => {
    const db = await workingDb();
    await applyPulled(db, page([entry(40, [{ kind: 'application_unassigned', applicationId: APP, assignmentVersion: 40 }])]), deadlineOf);
    expect(await db.applications.count()).toBe(0);
    expect(await db.findings.count()).toBe(0);
    expect(await db.evidence.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: true });
  });

  it('hands back a replaced calendar and keeps it', async () => {
    const db = await emptyDb();
    const calendar = { version: 2, issuedAt: '2026-08-07' as CalendarDate, years: {} };
    const report = await applyPulled(db, page([entry(50, [{ kind: 'calendar', document: calendar }])]), deadlineOf);
    expect(report.calendar).toEqual(calendar);
    expect((await getSyncState(db)).calendar).toEqual(calendar);
  });
});

describe('resolveConflict', () => {
  const conflict: FieldConflict = { record: 'finding/R1', field: 'note', server: { value: 'Izin tidak ditemukan di lokasi', version: 9, userId: 'u-andi' }, client: 'Izin asli diperlihatkan.' };

  async function withConflict(): Promise<VerikopDb> {
    const db = await workingDb();
    const [op] = await pendingOutbox(db, 10);
    await settleOutbox(db, [{ opId: op?.id ?? '', status: 'conflict', conflicts: [conflict] }]);
    return db;
  }

  it("'server' adopts the server's value at its version and tells the server's trail", async () => {
    const db = await withConflict();
    const [open] = await listConflicts(db);
    const resolved = await resolveConflict(db, siti, open?.id ?? '', 'server');
    expect(resolved).toMatchObject({ state: 'resolved', resolution: 'server', resolvedBy: 'u-siti' });
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: 'Izin tidak ditemukan di lokasi', versions: { note: 9 } });
    expect((await pendingOutbox(db, 10)).map((o) => o.operation)).toEqual([expect.objectContaining({ type: 'audit.note', action: 'conflict.resolve', recordType: 'finding', recordId: `${APP}/R1` })]);
    expect(await countOpenConflicts(db)).toBe(0);
  });

  it("'mine' sends this device's value again on the server's version", async () => {
    const db = await withConflict();
    const [open] = await listConflicts(db);
    await resolveConflict(db, siti, open?.id ?? '', 'mine');
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: 'Izin asli diperlihatkan.', versions: { note: 9 } });
    expect((await pendingOutbox(db, 10)).map((o) => o.operation)).toEqual([expect.objectContaining({ type: 'finding.set', changes: { note: { value: 'Izin asli diperlihatkan.', base: 9 } } })]);
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: true });
  });

  it('survives closing and reopening the database, with the rest of the sync state', async () => {
    const db = await withConflict();
    await applyPulled(db, page([entry(9, [{ kind: 'application', applicationId: 'app-lain', replica: replica({ application: { ...cleanApplication(), id: 'app-lain' } }) }])]), deadlineOf);
    const before = await tables(db);
    db.close();
    const again = new VerikopDb(db.name);
    dbs.push(again);
    await again.open();
    expect(await tables(again)).toEqual(before);
    expect(await countOpenConflicts(again)).toBe(1);
    expect((await getSyncState(again)).cursor).toBe(9);
  });

  it('refuses to resolve the same conflict twice', async () => {
    const db = await withConflict();
    const [open] = await listConflicts(db);
    await resolveConflict(db, siti, open?.id ?? '', 'mine');
    await expect(resolveConflict(db, siti, open?.id ?? '', 'server')).rejects.toMatchObject({ code: 'stale_state' });
  });
});
