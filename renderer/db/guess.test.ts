// saveFinding guesses what it reads (the audit head and the finding this window saved or listed
// last) and checks the guess inside its own transaction. Two VerikopDb instances on one database
// are two windows (or a window and a pull writing the table): each one's guesses go stale when
// the other writes, and every save must still build on what is really stored — the same answer
// as reading first.
import 'fake-indexeddb/auto';
import { Dexie, type DBCore, type Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanApplicationInput } from '../../common/domain/fixtures';
import type { Actor } from '../../common/domain/workflow';
import { importApplication } from './applications';
import { verifyLocalAuditTrail } from './audit';
import { VerikopDb } from './database';
import { listFindings, saveFinding } from './findings';
import type { FindingDraft } from './model';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const APP = 'app-2026-0042';
const note = (text: string, requirement: FindingDraft['requirement'] = 'R3'): FindingDraft => ({ applicationId: APP, requirement, status: null, note: text, evidence: [] });

const dbs: VerikopDb[] = [];
let n = 0;
async function twoWindows(): Promise<[VerikopDb, VerikopDb]> {
  const name = `guess-${String(++n)}`;
  const a = new VerikopDb(name);
  const b = new VerikopDb(name);
  dbs.push(a, b);
  await a.open();
  await b.open();
  await importApplication(a, siti, { application: cleanApplicationInput(), assignee: siti.userId, deadline: '2026-04-21' });
  return [a, b];
}
afterEach(async () => {
  const open = dbs.splice(0);
  for (const db of open) db.close();
  for (const name of new Set(open.map((db) => db.name))) await Dexie.delete(name);
});

async function operations(db: VerikopDb) {
  return (await db.outbox.toArray()).map((o) => o.operation);
}

/** Counts read-write transactions: a save whose guess holds is one, a missed guess two. */
const writes = { transactions: 0 };
const countingTransactions: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-transactions',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) => {
      if (mode === 'readwrite') writes.transactions += 1;
      return down.transaction(stores, mode, options);
    },
  }),
};

describe('a save whose guess holds', () => {
  it('is one transaction that does not wait for its reads, and stores what reading first would', async () => {
    const [first] = await twoWindows();
    const a = new VerikopDb(first.name);
    a.use(countingTransactions);
    dbs.push(a);
    await a.open();
    await saveFinding(a, siti, note('pertama'));
    writes.transactions = 0;
    await saveFinding(a, siti, note('kedua'));
    await saveFinding(a, siti, note('catatan', 'R4'));
    expect(writes.transactions).toBe(2);
    expect((await a.outbox.toArray()).map((o) => o.operation).slice(-2)).toMatchObject([{ requirement: 'R3', changes: { note: { value: 'kedua', base: 0 } } }, { requirement: 'R4', changes: { note: { value: 'catatan', base: 0 } } }]);
    expect(await verifyLocalAuditTrail(a)).toEqual({ ok: true });
  });
});

describe('a save whose guess went stale', () => {
  it('builds on the finding the other window stored, not on the one this window remembers', async () => {
    const [a, b] = await twoWindows();
    await saveFinding(a, siti, note('pertama'));
    // A pull wrote the server's note meanwhile: no audit event here, so the head guess still holds.
    await b.findings.update([APP, 'R3'], { note: 'kedua', versions: { status: 0, note: 9, evidence: 0 } });
    const before = await operations(a);
    // Window a still remembers 'pertama' at version 0; what is stored is 'kedua' at version 9.
    await saveFinding(a, siti, note('ketiga'));
    const [op] = (await operations(a)).slice(before.length);
    expect(op).toMatchObject({ type: 'finding.set', changes: { note: { value: 'ketiga', base: 9 } } });
    expect(await a.findings.get([APP, 'R3'])).toMatchObject({ note: 'ketiga', versions: { note: 9 } });
    expect(await verifyLocalAuditTrail(a)).toEqual({ ok: true });
  });

  it('writes nothing when a pull already stored the same text', async () => {
    const [a, b] = await twoWindows();
    await saveFinding(a, siti, note('pertama'));
    await b.findings.update([APP, 'R3'], { note: 'sama' });
    const outbox = await a.outbox.count();
    const events = await a.auditEvents.count();
    await saveFinding(a, siti, note('sama'));
    expect([await a.outbox.count(), await a.auditEvents.count()]).toEqual([outbox, events]);
  });

  it('finds a finding this window never saw, and keeps one audit chain across both windows', async () => {
    const [a, b] = await twoWindows();
    await saveFinding(b, siti, note('dari jendela lain', 'R4'));
    await b.findings.update([APP, 'R4'], { versions: { status: 0, note: 5, evidence: 0 } });
    for (let i = 0; i < 6; i++) await saveFinding(i % 2 === 0 ? a : b, siti, note(`catatan ${String(i)}`, 'R2'));
    // Window a has a head to guess from, and no memory of R4: it guesses there is none.
    await saveFinding(a, siti, note('diubah', 'R4'));
    expect((await operations(a)).at(-1)).toMatchObject({ requirement: 'R4', changes: { note: { value: 'diubah', base: 5 } } });
    const events = await a.auditEvents.orderBy('seq').toArray();
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(await verifyLocalAuditTrail(a, events.at(-1)?.hash)).toEqual({ ok: true });
  });

  it("inside a caller's transaction reads first, so the caller's other writes stay", async () => {
    const [a, b] = await twoWindows();
    await saveFinding(a, siti, note('pertama'));
    await b.findings.update([APP, 'R3'], { note: 'kedua', versions: { status: 0, note: 9, evidence: 0 } });
    await a.transaction('rw', a.tables, async () => {
      await saveFinding(a, siti, note('ketiga'));
      await a.recommendationDrafts.put({ applicationId: APP, reason: 'alasan', version: 0, updatedAt: 'x', updatedBy: 'u-siti' });
    });
    expect(await a.findings.get([APP, 'R3'])).toMatchObject({ note: 'ketiga', versions: { note: 9 } });
    expect(await a.recommendationDrafts.get(APP)).toMatchObject({ reason: 'alasan' });
  });

  it('sees a finding removed by the other window (the file left the device) as gone', async () => {
    const [a, b] = await twoWindows();
    await saveFinding(a, siti, note('pertama'));
    expect((await listFindings(a, APP)).map((f) => f.note)).toEqual(['pertama']);
    await b.findings.delete([APP, 'R3']);
    await b.applications.delete(APP);
    await expect(saveFinding(a, siti, note('kedua'))).rejects.toThrow(/tidak ada di perangkat ini/);
  });
});
