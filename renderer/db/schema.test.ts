import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanApplication } from '../../common/domain/fixtures';
import { VerikopDb } from './database';
import { latestVersion, schemaVersions } from './schema';

const opened: Dexie[] = [];
let counter = 0;
const uniqueName = () => `schema-test-${String(++counter)}`;
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('schema history', () => {
  it('numbers versions 1, 2, … without gaps and explains each', () => {
    expect(schemaVersions.map((v) => v.version)).toEqual(schemaVersions.map((_, i) => i + 1));
    expect(latestVersion).toBe(schemaVersions.length);
    for (const v of schemaVersions) expect(v.why.length).toBeGreaterThan(10);
  });

  it('creates every table with the indexes the queries use', async () => {
    const db = track(new VerikopDb(uniqueName()));
    await db.open();
    expect(db.verno).toBe(latestVersion);
    const indexes = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.indexes.map((i) => i.name).sort()]));
    expect(indexes).toEqual({
      applications: ['[assignee+deadline]', '[assignee+state+deadline]', '[state+deadline]', 'deadline', 'searchWords'],
      findings: [],
      evidence: ['[applicationId+requirement]', 'sha256'],
      recommendationDrafts: [],
      approvals: ['[applicationId+at]'],
      auditEvents: ['applicationId'],
      outbox: ['[entityKey+state]', 'id', 'state'],
      syncState: [],
      conflicts: ['applicationId', 'opId', 'state'],
      documents: ['applicationId'],
    });
    expect(db.applications.schema.idxByName['searchWords']?.multi).toBe(true);
    const primary = Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.name]));
    expect(primary).toMatchObject({ findings: '[applicationId+requirement]', outbox: 'seq', auditEvents: 'seq' });
  });

  it('runs every read-write transaction with strict durability', async () => {
    const db = track(new VerikopDb(uniqueName()));
    const durability = await db.transaction('rw', db.outbox, (tx) => tx.idbtrans.durability);
    expect(durability).toBe('strict');
  });
});

/** A row exactly as version 1 wrote it: no searchWords. */
function v1ApplicationRow() {
  const app = cleanApplication();
  return {
    id: app.id,
    registrationNumber: app.registrationNumber,
    applicantName: app.applicant.name,
    kabKotaCode: app.subBranch.kabKotaCode,
    state: 'in_verification',
    stateVersion: 4,
    assignee: 'u-siti',
    assignmentVersion: 2,
    receivedAt: app.receivedAt,
    deadline: '2026-04-21',
    application: app,
    updatedAt: '2026-03-09T01:00:00.000Z',
  };
}

async function openAt(name: string, version: number): Promise<VerikopDb> {
  const db = new VerikopDb(name, {}, version);
  await db.open();
  expect(db.verno).toBe(version);
  return db;
}

describe('migration 1 → 2 (search words)', () => {
  it('fills the search index of applications written by version 1 and keeps the rest', async () => {
    const name = uniqueName();
    const v1 = await openAt(name, 1);
    await v1.table('applications').add(v1ApplicationRow());
    await v1.table('findings').add({ applicationId: 'app-2026-0042', requirement: 'R1', status: null, note: 'belum dicek', evidence: [], versions: { status: 0, note: 3, evidence: 0 }, updatedAt: 'x', updatedBy: 'u-siti' });
    v1.close();

    const v2 = track(await openAt(name, 2));
    const row = await v2.applications.get('app-2026-0042');
    expect(row?.searchWords).toEqual(expect.arrayContaining(['koperasi', 'sejahtera', 'bontang', '6474', '000317', 'ridwan']));
    expect(row).toMatchObject({ deadline: '2026-04-21', state: 'in_verification', stateVersion: 4, assignee: 'u-siti' });
    expect(await v2.applications.where('searchWords').startsWith('sejaht').primaryKeys()).toEqual(['app-2026-0042']);
    expect(await v2.findings.get(['app-2026-0042', 'R1'])).toMatchObject({ note: 'belum dicek', versions: { note: 3 } });
  });

  it('leaves an empty version 1 database usable at version 2', async () => {
    const name = uniqueName();
    (await openAt(name, 1)).close();
    const v2 = track(await openAt(name, 2));
    expect(await v2.applications.count()).toBe(0);
  });
});

describe('migration 2 → 3 (documents)', () => {
  it('adds the documents table and keeps every record of version 2', async () => {
    const name = uniqueName();
    const v2 = await openAt(name, 2);
    await v2.table('applications').add({ ...v1ApplicationRow(), searchWords: ['koperasi'] });
    await v2.table('outbox').add({ id: 'op-1', type: 'finding.set', state: 'pending', entityKey: 'finding:app-2026-0042:R1' });
    v2.close();

    const v3 = track(await openAt(name, 3));
    expect(await v3.applications.count()).toBe(1);
    expect(await v3.outbox.where('state').equals('pending').count()).toBe(1);
    await v3.documents.add({ id: 'doc-ba-1', applicationId: 'app-2026-0042', kind: 'verification_report', sha256: 'ab'.repeat(32), fileName: 'berita-acara.pdf', signed: false, attachedBy: 'u-siti', attachedAt: '2026-03-30T02:00:00.000Z', version: 0 });
    expect((await v3.documents.where('applicationId').equals('app-2026-0042').toArray()).map((d) => d.id)).toEqual(['doc-ba-1']);
  });
});

describe('migration 3 → 4 (inbox indexes)', () => {
  const row = (id: string, assignee: string | null, state: string, deadline: string) => ({ ...v1ApplicationRow(), id, assignee, state, deadline, searchWords: ['koperasi', id] });

  it('keeps every file and record of version 3 and answers the new ranges in deadline order', async () => {
    const name = uniqueName();
    const v3 = await openAt(name, 3);
    const rows = [row('b', 'u-siti', 'received', '2026-05-02'), row('a', 'u-siti', 'received', '2026-05-02'), row('c', 'u-siti', 'returned', '2026-04-01'), row('d', 'u-andi', 'received', '2026-04-15'), row('e', null, 'received', '2026-01-01')];
    await v3.table('applications').bulkAdd(rows);
    await v3.table('findings').add({ applicationId: 'a', requirement: 'R1', status: null, note: 'belum dicek', evidence: [], versions: { status: 0, note: 3, evidence: 0 }, updatedAt: 'x', updatedBy: 'u-siti' });
    await v3.table('outbox').add({ id: 'op-1', type: 'finding.set', state: 'pending', entityKey: 'finding:a:R1' });
    await v3.table('documents').add({ id: 'doc-1', applicationId: 'a' });
    v3.close();

    const v4 = track(await openAt(name, 4));
    expect(await v4.applications.toArray()).toEqual([...rows].sort((x, y) => x.id.localeCompare(y.id)));
    expect(await v4.findings.get(['a', 'R1'])).toMatchObject({ note: 'belum dicek' });
    expect(await v4.outbox.where('state').equals('pending').count()).toBe(1);
    expect(await v4.documents.count()).toBe(1);
    // Ties on the deadline come back by id, as the inbox sorts; a file nobody holds has no assignee key.
    expect(await v4.applications.where('[assignee+state+deadline]').between(['u-siti', 'received', Dexie.minKey], ['u-siti', 'received', Dexie.maxKey]).primaryKeys()).toEqual(['a', 'b']);
    expect(await v4.applications.where('[state+deadline]').between(['received', Dexie.minKey], ['received', Dexie.maxKey]).primaryKeys()).toEqual(['e', 'd', 'a', 'b']);
    expect(await v4.applications.where('[assignee+deadline]').between(['u-siti', Dexie.minKey], ['u-siti', Dexie.maxKey]).primaryKeys()).toEqual(['c', 'a', 'b']);
  });
});

describe('migration 1 → latest in one step', () => {
  it('runs every upgrade in order', async () => {
    const name = uniqueName();
    const v1 = await openAt(name, 1);
    await v1.table('applications').add(v1ApplicationRow());
    v1.close();
    const latest = track(await openAt(name, latestVersion));
    expect((await latest.applications.get('app-2026-0042'))?.searchWords.length).toBeGreaterThan(10);
    expect(await latest.documents.count()).toBe(0);
  });
});
