// Resolving a conflict while pulls go on: the server may have moved past the value the conflict
// recorded, and the person may have edited the field again since. Neither an older server value
// nor a value the person did not choose may come back.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../common/domain/dates';
import type { ComputedSnapshot } from '../../common/domain/findings';
import { cleanApplicationInput } from '../../common/domain/fixtures';
import type { Actor } from '../../common/domain/workflow';
import { settleOutbox } from './answers';
import { importApplication } from './applications';
import { verifyLocalAuditTrail } from './audit';
import { listConflicts, resolveConflict, SERVER_VALUE_CHANGED_MESSAGE } from './conflicts';
import { VerikopDb } from './database';
import { saveDraft } from './drafts';
import { saveFinding } from './findings';
import { pendingOutbox } from './outbox';
import type { FieldConflict, LogEntry } from './protocol';
import { applyPulled } from './pull';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const APP = 'app-2026-0042';
const OTHER_CLIENT = '9b2f6c1e-4a5d-4e8f-9c7b-1d2e3f4a5b6c';
const computed: ComputedSnapshot = { outcome: 'meets', facts: ['Izin berlaku.'], verificationDate: '2026-03-30' as ComputedSnapshot['verificationDate'] };
const deadlineOf = (d: CalendarDate) => `${d.slice(0, 4)}-12-31` as CalendarDate;
const evidence = [{ kind: 'document' as const, documentId: 'doc-r1-izin-kc', page: 1 }];
const MINE = 'Izin asli diperlihatkan.';

const dbs: VerikopDb[] = [];
let n = 0;
afterEach(async () => {
  const open = dbs.splice(0);
  for (const db of open) db.close();
  for (const name of new Set(open.map((db) => db.name))) await Dexie.delete(name);
});

const stored = <T,>(value: T, version: number) => ({ value, version, userId: 'u-andi', clientId: OTHER_CLIENT });
const entry = (seq: number, changes: LogEntry['changes']): LogEntry => ({ seq, opId: `op-${String(seq)}`, authorId: 'u-andi', at: '2026-03-30T03:00:00.000Z', changes });

/** Andi's note on R1, as a pull brings it (status and evidence unchanged at version 5). */
const pullNote = (db: VerikopDb, note: string, seq: number) =>
  applyPulled(db, { entries: [entry(seq, [{ kind: 'finding', applicationId: APP, requirement: 'R1', fields: { status: stored({ status: 'meets' as const, computed }, 5), note: stored(note, seq), evidence: stored(evidence, 5) } }])], cursor: seq, hasMore: false }, deadlineOf);

/** Siti's note on R1 met Andi's note of version 9: the conflict is open, the person has not chosen. */
async function withNoteConflict(server: FieldConflict['server'] = { value: 'Izin tidak ditemukan', version: 9, userId: 'u-andi' }): Promise<{ db: VerikopDb; conflictId: string }> {
  const db = new VerikopDb(`conflicts-${String(++n)}`);
  dbs.push(db);
  await db.open();
  await importApplication(db, siti, { application: cleanApplicationInput(), assignee: siti.userId, state: 'in_verification', deadline: '2026-04-21' });
  await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: 'meets', computed, note: MINE, evidence });
  const [op] = await pendingOutbox(db, 10);
  const conflict: FieldConflict = { record: 'finding/R1', field: 'note', server, client: MINE };
  await settleOutbox(db, [{ opId: op?.id ?? '', status: 'conflict', conflicts: [conflict] }]);
  const [open] = await listConflicts(db);
  return { db, conflictId: open?.id ?? '' };
}

const editNote = (db: VerikopDb, note: string) => saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: 'meets', computed, note, evidence });
const pendingOps = async (db: VerikopDb) => (await pendingOutbox(db, 20)).map((o) => o.operation);

describe('resolveConflict after newer server values were pulled', () => {
  it("'server' keeps a newer server value instead of putting the conflict's older one back", async () => {
    const { db, conflictId } = await withNoteConflict();
    await pullNote(db, 'Izin tidak ditemukan', 9);
    await pullNote(db, 'Izin ditemukan di lemari arsip', 12);
    await resolveConflict(db, siti, conflictId, 'server');
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: 'Izin ditemukan di lemari arsip', versions: { note: 12 } });
    expect(await pendingOps(db)).toEqual([expect.objectContaining({ type: 'audit.note', action: 'conflict.resolve' })]);
  });

  it("'server' without a newer pull adopts the conflict's server value at its version", async () => {
    const { db, conflictId } = await withNoteConflict();
    await resolveConflict(db, siti, conflictId, 'server');
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: 'Izin tidak ditemukan', versions: { note: 9 } });
  });

  it("'mine' sends the person's value, not the value pulled since", async () => {
    const { db, conflictId } = await withNoteConflict();
    await pullNote(db, 'Izin tidak ditemukan', 9);
    await resolveConflict(db, siti, conflictId, 'mine');
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: MINE, versions: { note: 9 } });
    expect(await pendingOps(db)).toEqual([expect.objectContaining({ type: 'finding.set', changes: { note: { value: MINE, base: 9 } } })]);
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: true });
  });
});

describe('resolveConflict with edits of the field still pending', () => {
  it('an edit made on the server’s version stays, with either choice', async () => {
    for (const choice of ['mine', 'server'] as const) {
      const { db, conflictId } = await withNoteConflict();
      await pullNote(db, 'Izin tidak ditemukan', 9);
      await editNote(db, 'Izin asli ada, salinan dilegalisasi');
      await resolveConflict(db, siti, conflictId, choice);
      expect((await db.findings.get([APP, 'R1']))?.note, choice).toBe('Izin asli ada, salinan dilegalisasi');
      const ops = await pendingOps(db);
      expect(ops, choice).toEqual([
        expect.objectContaining({ type: 'finding.set', changes: { note: { value: 'Izin asli ada, salinan dilegalisasi', base: 9 } } }),
        expect.objectContaining({ type: 'audit.note', action: 'conflict.resolve' }),
      ]);
    }
  });

  it('an edit made before the server’s version arrived is superseded, with either choice', async () => {
    for (const choice of ['mine', 'server'] as const) {
      const { db, conflictId } = await withNoteConflict();
      // Made on version 0, never sent: it would meet the same conflict.
      await editNote(db, 'Catatan belum terkirim');
      await resolveConflict(db, siti, conflictId, choice);
      const expected = choice === 'mine' ? MINE : 'Izin tidak ditemukan';
      expect(await db.findings.get([APP, 'R1']), choice).toMatchObject({ note: expected, versions: { note: 9 } });
      const ops = await pendingOps(db);
      expect(ops, choice).toEqual([choice === 'mine' ? expect.objectContaining({ type: 'finding.set', changes: { note: { value: MINE, base: 9 } } }) : expect.objectContaining({ type: 'audit.note' })]);
    }
  });
});

describe('resolveConflict of the decision reason', () => {
  it("'server' keeps a newer pulled reason; 'mine' sends the person's reason", async () => {
    for (const choice of ['mine', 'server'] as const) {
      const { db } = await withNoteConflict();
      await saveDraft(db, siti, { applicationId: APP, reason: 'Anggota cukup' });
      const draftOp = (await pendingOutbox(db, 20)).find((o) => o.type === 'decision.set');
      const conflict: FieldConflict = { record: 'decision', field: 'reason', server: { value: 'Anggota kurang', version: 7, userId: 'u-andi' }, client: 'Anggota cukup' };
      await settleOutbox(db, [{ opId: draftOp?.id ?? '', status: 'conflict', conflicts: [conflict] }]);
      await applyPulled(db, { entries: [entry(15, [{ kind: 'decision', applicationId: APP, fields: { reason: stored('Anggota kurang dari 20', 15) } }])], cursor: 15, hasMore: false }, deadlineOf);
      const open = (await listConflicts(db)).find((c) => c.record === 'decision');
      await resolveConflict(db, siti, open?.id ?? '', choice);
      const draft = await db.recommendationDrafts.get(APP);
      if (choice === 'server') expect(draft).toMatchObject({ reason: 'Anggota kurang dari 20', version: 15 });
      else {
        // On the server's current version (the pull moved the conflict to 15), not the one the conflict was found at.
        expect(draft).toMatchObject({ reason: 'Anggota cukup', version: 15 });
        expect((await pendingOps(db)).filter((o) => o.type === 'decision.set')).toEqual([expect.objectContaining({ changes: { reason: { value: 'Anggota cukup', base: 15 } } })]);
      }
    }
  });
});

describe('an open conflict follows the server’s value as pulls bring it', () => {
  const openConflict = async (db: VerikopDb) => (await listConflicts(db))[0];

  it('takes a newer pulled value, version and author; an older or equal one changes nothing', async () => {
    const { db } = await withNoteConflict();
    await pullNote(db, 'Izin tidak ditemukan (catatan lama)', 7);
    await pullNote(db, 'Izin tidak ditemukan', 9);
    expect((await openConflict(db))?.server).toEqual({ value: 'Izin tidak ditemukan', version: 9, userId: 'u-andi' });
    await pullNote(db, 'Izin ditemukan di lemari arsip', 12);
    expect(await openConflict(db)).toMatchObject({ state: 'open', client: MINE, server: { value: 'Izin ditemukan di lemari arsip', version: 12, userId: 'u-andi' } });
  });

  it('follows the decision reason even while an edit of it waits to be sent', async () => {
    const { db } = await withNoteConflict();
    await saveDraft(db, siti, { applicationId: APP, reason: 'Anggota cukup' });
    const draftOp = (await pendingOutbox(db, 20)).find((o) => o.type === 'decision.set');
    const conflict: FieldConflict = { record: 'decision', field: 'reason', server: { value: 'Anggota kurang', version: 7, userId: 'u-andi' }, client: 'Anggota cukup' };
    await settleOutbox(db, [{ opId: draftOp?.id ?? '', status: 'conflict', conflicts: [conflict] }]);
    await saveDraft(db, siti, { applicationId: APP, reason: 'Anggota cukup, 24 orang' });
    await applyPulled(db, { entries: [entry(15, [{ kind: 'decision', applicationId: APP, fields: { reason: stored('Anggota kurang dari 20', 15) } }])], cursor: 15, hasMore: false }, deadlineOf);
    expect((await listConflicts(db)).find((c) => c.record === 'decision')?.server).toEqual({ value: 'Anggota kurang dari 20', version: 15, userId: 'u-andi' });
    // The person's unsent edit stays on screen.
    expect(await db.recommendationDrafts.get(APP)).toMatchObject({ reason: 'Anggota cukup, 24 orang' });
  });

  it('closes when a pull brings the person’s own value: nothing is left to choose, nothing is sent', async () => {
    const { db, conflictId } = await withNoteConflict();
    const before = await pendingOps(db);
    await pullNote(db, MINE, 12);
    expect(await listConflicts(db)).toEqual([]);
    expect(await db.conflicts.get(conflictId)).toMatchObject({ state: 'resolved', resolution: 'server', resolvedBy: 'u-andi', server: { value: MINE, version: 12 } });
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: MINE, versions: { note: 12 } });
    expect(await pendingOps(db)).toEqual(before);
  });

  it('goes from the list when the file is assigned to someone else; the outbox keeps the person’s value', async () => {
    const { db } = await withNoteConflict();
    await applyPulled(db, { entries: [entry(20, [{ kind: 'application_unassigned', applicationId: APP, assignmentVersion: 20 }])], cursor: 20, hasMore: false }, deadlineOf);
    expect(await listConflicts(db)).toEqual([]);
    expect(await db.conflicts.count()).toBe(0);
    const kept = (await db.outbox.toArray()).filter((o) => o.state === 'conflict').map((o) => o.operation);
    expect(kept.map((o) => ('changes' in o ? (o.changes as { note?: unknown }).note : undefined))).toEqual([{ value: MINE, base: 0 }]);
  });

  it("'mine' goes out on the server's current version, so the server takes it instead of finding the same conflict again", async () => {
    const { db, conflictId } = await withNoteConflict();
    await pullNote(db, 'Izin ditemukan di lemari arsip', 12);
    await resolveConflict(db, siti, conflictId, 'mine', 12);
    expect(await pendingOps(db)).toEqual([expect.objectContaining({ type: 'finding.set', changes: { note: { value: MINE, base: 12 } } })]);
    expect(await db.findings.get([APP, 'R1'])).toMatchObject({ note: MINE, versions: { note: 12 } });
  });

  it('a choice made on a server value that has changed since it was shown is refused, and nothing changes', async () => {
    for (const choice of ['mine', 'server'] as const) {
      const { db, conflictId } = await withNoteConflict();
      const shown = (await openConflict(db))?.server.version;
      await pullNote(db, 'Izin ditemukan di lemari arsip', 12);
      const before = { finding: await db.findings.get([APP, 'R1']), ops: await pendingOps(db), audit: await db.auditEvents.count() };
      await expect(resolveConflict(db, siti, conflictId, choice, shown), choice).rejects.toMatchObject({ code: 'stale_state', message: SERVER_VALUE_CHANGED_MESSAGE });
      expect({ finding: await db.findings.get([APP, 'R1']), ops: await pendingOps(db), audit: await db.auditEvents.count() }, choice).toEqual(before);
      expect(await openConflict(db), choice).toMatchObject({ id: conflictId, state: 'open' });
      // Shown the current value, the same choice goes through.
      await resolveConflict(db, siti, conflictId, choice, 12);
      expect(await listConflicts(db), choice).toEqual([]);
    }
  });
});

describe('the author of the server’s value is named, not shown by id', () => {
  const ANDI = 'Andi Baso Pratama';
  const byRudi = <T,>(value: T, version: number) => ({ ...stored(value, version), userId: 'u-rudi' });
  const pullNamed = (db: VerikopDb, seq: number, note: ReturnType<typeof stored<string>>, userNames?: Record<string, string>) =>
    applyPulled(db, {
      entries: [{ ...entry(seq, [{ kind: 'finding', applicationId: APP, requirement: 'R1', fields: { status: stored({ status: 'meets' as const, computed }, 5), note, evidence: stored(evidence, 5) } }]), ...(userNames === undefined ? {} : { userNames }) }],
      cursor: seq,
      hasMore: false,
    }, deadlineOf);
  const serverOf = async (db: VerikopDb) => (await listConflicts(db))[0]?.server;

  it('keeps the name a conflict answer brings on the conflict row', async () => {
    const { db } = await withNoteConflict({ value: 'Izin tidak ditemukan', version: 9, userId: 'u-andi', userName: ANDI });
    expect(await serverOf(db)).toEqual({ value: 'Izin tidak ditemukan', version: 9, userId: 'u-andi', userName: ANDI });
  });

  it('takes the new author’s name from the pulled entry along with the value', async () => {
    const { db } = await withNoteConflict();
    await pullNamed(db, 12, byRudi('Izin ditemukan di lemari arsip', 12), { 'u-rudi': 'Drs. Rudi Hartono, M.Si.', 'u-andi': ANDI });
    expect(await serverOf(db)).toEqual({ value: 'Izin ditemukan di lemari arsip', version: 12, userId: 'u-rudi', userName: 'Drs. Rudi Hartono, M.Si.' });
  });

  it('names the author of a value that arrives in a whole-file snapshot', async () => {
    const { db } = await withNoteConflict();
    const r1 = { status: stored({ status: 'meets' as const, computed }, 5), note: byRudi('Izin ditemukan di lemari arsip', 14), evidence: stored(evidence, 5) };
    const replica = { application: cleanApplicationInput(), assignedTo: siti.userId, assignmentVersion: 14, state: 'in_verification', stateVersion: 3, history: [], findings: { R1: r1 }, decision: {}, documents: [], auditHead: null };
    await applyPulled(db, { entries: [{ ...entry(14, [{ kind: 'application', applicationId: APP, replica } as unknown as LogEntry['changes'][number]]), userNames: { 'u-rudi': 'Drs. Rudi Hartono, M.Si.' } }], cursor: 14, hasMore: false }, deadlineOf);
    expect(await serverOf(db)).toMatchObject({ version: 14, userId: 'u-rudi', userName: 'Drs. Rudi Hartono, M.Si.' });
  });

  it('drops the earlier author’s name when a pull without names (an older server) brings someone else’s value', async () => {
    const { db } = await withNoteConflict();
    await pullNamed(db, 12, stored('Izin tidak ditemukan, dicek ulang', 12), { 'u-andi': ANDI });
    expect((await serverOf(db))?.userName).toBe(ANDI);
    await pullNamed(db, 13, byRudi('Izin ditemukan di lemari arsip', 13));
    expect(await serverOf(db)).toEqual({ value: 'Izin ditemukan di lemari arsip', version: 13, userId: 'u-rudi' });
  });
});
