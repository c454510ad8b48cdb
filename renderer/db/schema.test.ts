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
      applications: ['[assignee+deadline]', '[assignee+state]', 'deadline', 'searchWords', 'state'],
      findings: [],
      evidence: ['[applicationId+requirement]', 'sha256'],
      recommendationDrafts: [],
      approvals: ['[applicationId+at]'],
      auditEvents: ['applicationId'],
      outbox: ['[entityKey+state]', 'id', 'state'],
      syncState: [],
      conflicts: ['applicationId', 'entityKey', 'state'],
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

describe('migration 1 → 2 (search words)', () => {
  it('fills the search index of applications written by version 1 and keeps the rest', async () => {
    const name = uniqueName();
    const app = cleanApplication();
    const v1 = new VerikopDb(name, {}, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    // A row exactly as version 1 wrote it: no searchWords.
    await v1.table('applications').add({
      id: app.id,
      registrationNumber: app.registrationNumber,
      applicantName: app.applicant.name,
      kabKotaCode: app.subBranch.kabKotaCode,
      state: 'received',
      assignee: 'u-siti',
      receivedAt: app.receivedAt,
      deadline: '2026-04-24',
      application: app,
      revision: 0,
      updatedAt: '2026-03-09T01:00:00.000Z',
    });
    await v1.table('findings').add({ applicationId: app.id, requirement: 'R1', status: null, note: 'belum dicek', evidence: [], updatedAt: 'x', updatedBy: 'u-siti', revision: 0 });
    v1.close();

    const v2 = track(new VerikopDb(name));
    await v2.open();
    expect(v2.verno).toBe(2);
    const row = await v2.applications.get(app.id);
    expect(row?.searchWords).toEqual(expect.arrayContaining(['koperasi', 'sejahtera', 'bontang', '6474', '000317', 'ridwan']));
    expect(row?.deadline).toBe('2026-04-24');
    expect(await v2.applications.where('searchWords').startsWith('sejaht').primaryKeys()).toEqual([app.id]);
    expect(await v2.findings.get([app.id, 'R1'])).toMatchObject({ note: 'belum dicek' });
  });

  it('leaves an empty version 1 database usable at version 2', async () => {
    const name = uniqueName();
    const v1 = new VerikopDb(name, {}, 1);
    await v1.open();
    v1.close();
    const v2 = track(new VerikopDb(name));
    await v2.open();
    expect(await v2.applications.count()).toBe(0);
  });
});
