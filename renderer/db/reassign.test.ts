import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../common/domain/workflow';
import { cleanApplicationInput } from '../../common/domain/fixtures';
import { getApplication, importApplication, reassignFiles } from './applications';
import { listAuditEvents, verifyLocalAuditTrail } from './audit';
import { VerikopDb } from './database';
import { listInbox } from './inbox';
import { pendingOutbox } from './outbox';

const standIn: Actor = { userId: 'verifikator-lokal', role: 'verifier' };
const siti: Actor = { userId: 'lokal-198203152008012007', role: 'verifier' };
const other = 'u-rudi';

const dbs: VerikopDb[] = [];
let n = 0;
async function freshDb(): Promise<VerikopDb> {
  const db = new VerikopDb(`reassign-${String(++n)}`);
  dbs.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const importAs = (db: VerikopDb, id: string, assignee: string) =>
  importApplication(db, standIn, { application: { ...cleanApplicationInput(), id }, assignee, deadline: '2026-04-21' });

describe('reassignFiles', () => {
  it('hands the stand-in’s files to the person now working, with an audit event and no operation', async () => {
    const db = await freshDb();
    await importAs(db, 'app-1', standIn.userId);
    await importAs(db, 'app-2', standIn.userId);
    await importAs(db, 'app-3', other);

    expect(await reassignFiles(db, siti, [standIn.userId])).toBe(2);

    expect((await getApplication(db, 'app-1'))?.assignee).toBe(siti.userId);
    expect((await getApplication(db, 'app-3'))?.assignee).toBe(other);
    expect((await listInbox(db, { assignee: siti.userId, limit: 10 })).rows.map((r) => r.id).sort()).toEqual(['app-1', 'app-2']);
    expect((await listInbox(db, { assignee: standIn.userId, limit: 10 })).rows).toEqual([]);
    const events = await listAuditEvents(db, 'app-1');
    expect(events.at(-1)).toMatchObject({ action: 'application.assign', actor: siti, payload: { from: standIn.userId, to: siti.userId } });
    expect(await pendingOutbox(db, 10)).toEqual([]);
    expect((await verifyLocalAuditTrail(db)).ok).toBe(true);
  });

  it('changes nothing the second time, nor for the person’s own files', async () => {
    const db = await freshDb();
    await importAs(db, 'app-1', standIn.userId);
    await reassignFiles(db, siti, [standIn.userId]);
    const events = (await listAuditEvents(db, 'app-1')).length;
    expect(await reassignFiles(db, siti, [standIn.userId, siti.userId])).toBe(0);
    expect(await listAuditEvents(db, 'app-1')).toHaveLength(events);
  });
});
