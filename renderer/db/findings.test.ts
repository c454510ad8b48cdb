import 'fake-indexeddb/auto';
import { Dexie, type DBCoreMutateRequest, type DBCoreMutateResponse, type Middleware, type DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ComputedSnapshot } from '../../common/domain/findings';
import { cleanApplicationInput, VERIFICATION_DATE } from '../../common/domain/fixtures';
import type { Actor } from '../../common/domain/workflow';
import { importApplication } from './applications';
import { verifyLocalAuditTrail } from './audit';
import { VerikopDb } from './database';
import { DbFailure, StorageFullError } from './errors';
import { listEvidence } from './evidence';
import { asFinding, listFindings, saveFinding } from './findings';
import type { FindingDraft } from './model';
import { pendingOutbox } from './outbox';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const APP = 'app-2026-0042';
const computed: ComputedSnapshot = { outcome: 'meets', facts: ['Izin operasional berlaku sampai 14 April 2029.'], verificationDate: VERIFICATION_DATE as ComputedSnapshot['verificationDate'] };
const finding = (over: Partial<FindingDraft> = {}): FindingDraft => ({
  applicationId: APP,
  requirement: 'R1',
  status: 'meets',
  computed,
  note: 'Izin asli diperlihatkan saat cek lokasi.',
  evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }],
  ...over,
});

const dbs: VerikopDb[] = [];
let n = 0;

/** A database with the clean application imported; `fail` installs a fault before opening. */
async function freshDb(fail?: Middleware<DBCore>, name = `findings-${String(++n)}`): Promise<VerikopDb> {
  const db = new VerikopDb(name);
  dbs.push(db);
  await db.open();
  if ((await db.applications.count()) === 0) {
    await importApplication(db, siti, { application: cleanApplicationInput(), assignee: siti.userId, deadline: '2026-04-21' });
  }
  if (fail) {
    db.close();
    const faulty = new VerikopDb(name);
    faulty.use(fail);
    dbs.push(faulty);
    await faulty.open();
    return faulty;
  }
  return db;
}

afterEach(async () => {
  const open = dbs.splice(0);
  for (const db of open) db.close();
  for (const name of new Set(open.map((db) => db.name))) await Dexie.delete(name);
});

/** A fault: the first `add` into `table` fails with `error`, after earlier writes succeeded. */
function failingAdd(table: string, error: () => Error): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `fail-${table}`,
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name !== table) return t;
        return { ...t, mutate: (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => (req.type === 'add' ? Promise.reject(error()) : t.mutate(req)) };
      },
    }),
  };
}

async function snapshot(db: VerikopDb) {
  return {
    findings: await db.findings.toArray(),
    evidence: await db.evidence.toArray(),
    audit: await db.auditEvents.toArray(),
    outbox: await db.outbox.toArray(),
  };
}

describe('saveFinding', () => {
  it('writes exactly one finding, one audit event and one outbox operation', async () => {
    const db = await freshDb();
    const before = await snapshot(db);
    const row = await saveFinding(db, siti, finding());
    const after = await snapshot(db);
    expect(after.findings.length - before.findings.length).toBe(1);
    expect(after.audit.length - before.audit.length).toBe(1);
    expect(after.outbox.length - before.outbox.length).toBe(1);
    expect(row).toMatchObject({ status: 'meets', updatedBy: 'u-siti', versions: { status: 0, note: 0, evidence: 0 } });
    const event = after.audit.at(-1);
    const op = after.outbox.at(-1);
    expect(event).toMatchObject({ action: 'finding.set', recordType: 'finding', recordId: `${APP}/R1`, applicationId: APP, actor: siti });
    expect(op).toMatchObject({ type: 'finding.set', entityKey: `finding:${APP}:R1`, state: 'pending', attempts: 0, createdBy: 'u-siti' });
    // The audit event and the operation share an id, as the server's event for it will.
    expect(event?.id).toBe(op?.id);
    expect(op?.operation).toEqual({
      id: op?.id,
      type: 'finding.set',
      applicationId: APP,
      requirement: 'R1',
      changes: { status: { value: { status: 'meets', computed }, base: 0 }, note: { value: finding().note, base: 0 }, evidence: { value: finding().evidence, base: 0 } },
      clientTime: row.updatedAt,
    });
    // The page it points at is indexed with the SHA-256 of the permit in the vault.
    expect(await listEvidence(db, APP, 'R1')).toEqual([expect.objectContaining({ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1, sha256: 'a1'.repeat(32) })]);
    expect(asFinding(row)).toMatchObject({ requirement: 'R1', status: 'meets' });
  });

  it('saves a note typed before a status is chosen, which is not yet a domain finding', async () => {
    const db = await freshDb();
    const row = await saveFinding(db, siti, { applicationId: APP, requirement: 'R3', status: null, note: 'Daftar anggota belum lengkap', evidence: [] });
    expect(row.note).toBe('Daftar anggota belum lengkap');
    expect(asFinding(row)).toBeUndefined();
  });

  it('sends only the fields that changed, each on the version it was edited on', async () => {
    const db = await freshDb();
    await saveFinding(db, siti, finding());
    await db.findings.update([APP, 'R1'], { versions: { status: 7, note: 9, evidence: 7 } });
    await saveFinding(db, siti, finding({ note: 'Izin asli dan fotokopi dicocokkan.' }));
    const last = (await db.outbox.toArray()).at(-1);
    expect(last?.operation).toMatchObject({ changes: { note: { value: 'Izin asli dan fotokopi dicocokkan.', base: 9 } } });
    expect(Object.keys((last?.operation as { changes: object }).changes)).toEqual(['note']);
  });

  it('refuses to clear a status once chosen, and writes nothing for an empty first save', async () => {
    const db = await freshDb();
    await saveFinding(db, siti, finding());
    const before = await snapshot(db);
    await expect(saveFinding(db, siti, finding({ status: null }))).rejects.toThrow(/tidak dapat dikosongkan/);
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R6', status: null, note: '', evidence: [] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes nothing when autosave repeats what is stored', async () => {
    const db = await freshDb();
    await saveFinding(db, siti, finding());
    const before = await snapshot(db);
    await saveFinding(db, siti, finding());
    expect(await snapshot(db)).toEqual(before);
  });

  it('replaces the evidence index of the finding on each save', async () => {
    const db = await freshDb();
    await saveFinding(db, siti, finding({ evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }, { kind: 'document', documentId: 'doc-r1-izin-kc', page: 2 }] }));
    await saveFinding(db, siti, finding({ evidence: [{ kind: 'photo', blobSha256: 'ab'.repeat(32), lat: 0.12, lon: 117.48 }] }));
    expect(await listEvidence(db, APP, 'R1')).toEqual([expect.objectContaining({ kind: 'photo', sha256: 'ab'.repeat(32) })]);
  });

  it.each([
    ['an unknown requirement', { requirement: 'R9' }, /Kode persyaratan/],
    ['"tidak berlaku" outside R5', { status: 'not_applicable' }, /hanya boleh untuk persyaratan R5/],
    ['a page the document does not have', { evidence: [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 3 }] }, /hanya 2 halaman/],
    ['a document not in the file', { evidence: [{ kind: 'document', documentId: 'doc-lain', page: 1 }] }, /tidak ada dalam berkas/],
    ['a file not on this device', { applicationId: 'app-lain' }, /tidak ada di perangkat ini/],
  ])('refuses %s with a reason and changes nothing', async (_label, over, message) => {
    const db = await freshDb();
    const before = await snapshot(db);
    const error: unknown = await saveFinding(db, siti, finding(over as Partial<FindingDraft>)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbFailure);
    expect((error as DbFailure).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('a failure inside the transaction', () => {
  it.each([
    ['the audit event (after the finding and its evidence were put)', 'auditEvents'],
    ['the outbox operation (after the finding and its audit event were put)', 'outbox'],
  ])('in %s leaves every table as it was', async (_label, table) => {
    const db = await freshDb(failingAdd(table, () => new Error('disk went away')));
    await saveFinding(db, siti, finding({ requirement: 'R2', evidence: [] })).catch(() => undefined);
    const before = await snapshot(db);
    await expect(saveFinding(db, siti, finding())).rejects.toThrow(/disk went away/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('from a full disk becomes StorageFullError with what to do, and nothing is half-written', async () => {
    const db = await freshDb(failingAdd('outbox', () => new DOMException('Quota exceeded', 'QuotaExceededError')));
    const before = await snapshot(db);
    const error: unknown = await saveFinding(db, siti, finding()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as StorageFullError).code).toBe('storage_full');
    expect((error as StorageFullError).message).toMatch(/^Ruang penyimpanan penuh: .*Kosongkan ruang disk/);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('the audit trail', () => {
  it('verifies with the domain verifier after many saves, including saves racing each other', async () => {
    const db = await freshDb();
    for (let i = 0; i < 20; i++) await saveFinding(db, siti, finding({ note: `catatan ${String(i)}` }));
    // Two windows saving at once: each transaction reads the last event itself.
    await Promise.all((['R2', 'R3', 'R4', 'R6', 'R7', 'R8'] as const).map((requirement, i) => saveFinding(db, siti, finding({ requirement, note: `paralel ${String(i)}`, evidence: [] }))));
    const events = await db.auditEvents.orderBy('seq').toArray();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events).toHaveLength(1 + 20 + 6);
    expect(await verifyLocalAuditTrail(db, events.at(-1)?.hash)).toEqual({ ok: true });
  });

  it('finds a tampered event and a tampered payload', async () => {
    const db = await freshDb();
    for (let i = 0; i < 5; i++) await saveFinding(db, siti, finding({ note: `catatan ${String(i)}` }));
    const original = await db.auditEvents.get(3);
    await db.auditEvents.update(3, { at: '2020-01-01T00:00:00.000Z' });
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: false, index: 2, reason: 'hash_mismatch' });
    await db.auditEvents.update(3, { at: original?.at ?? '' });
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: true });
    const last = await db.auditEvents.orderBy('seq').last();
    await db.auditEvents.update(last?.seq ?? 0, { payload: { note: 'diubah diam-diam' } });
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: false, index: 5, reason: 'payload_mismatch' });
  });
});

describe('reload', () => {
  it('keeps findings, evidence, audit trail and outbox after closing and reopening', async () => {
    const name = 'findings-reload';
    const db = await freshDb(undefined, name);
    await saveFinding(db, siti, finding());
    await saveFinding(db, siti, finding({ requirement: 'R3', status: null, note: 'setengah jalan', computed: undefined, evidence: [] }));
    const before = await snapshot(db);
    db.close();
    const again = new VerikopDb(name);
    dbs.push(again);
    await again.open();
    expect(await snapshot(again)).toEqual(before);
    expect((await listFindings(again, APP)).map((f) => f.requirement)).toEqual(['R1', 'R3']);
    expect((await pendingOutbox(again, 10)).map((o) => o.type)).toEqual(['finding.set', 'finding.set']);
    expect(await verifyLocalAuditTrail(again)).toEqual({ ok: true });
  });
});
