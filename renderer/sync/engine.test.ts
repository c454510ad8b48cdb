import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countOpenConflicts, listConflicts, resolveConflict } from '../db/conflicts';
import { countPendingOutbox } from '../db/outbox';
import type { SyncModel } from '../../common/sync/model';
import { saveFinding } from '../db/findings';
import { SyncEngine } from './engine';
import { ModelMain } from './testing/model-main';
import { Client, freshDb, newServer, people, SITI_APP, startVerification } from './testing/world';

const clients: Client[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const c of clients.splice(0)) await c.close();
});

async function world(): Promise<{ server: SyncModel; laptop: Client; tablet: Client }> {
  const server = newServer();
  await startVerification(server);
  const laptop = await Client.on(server, 'siti-laptop', people.siti);
  const tablet = await Client.on(server, 'siti-tablet', people.siti);
  clients.push(laptop, tablet);
  await laptop.engine.syncNow();
  await tablet.engine.syncNow();
  return { server, laptop, tablet };
}

const timesInLog = (server: SyncModel, opId: string) => server.log().filter((e) => e.opId === opId).length;
const outbox = (c: Client) => c.db.outbox.toArray();

describe('sync engine', () => {
  it('pulls assigned files, pushes a finding, marks it done, and keeps the cursor', async () => {
    const { server, laptop } = await world();
    expect(await laptop.db.applications.get(SITI_APP)).toMatchObject({ state: 'in_verification' });
    await laptop.edit(SITI_APP, 'R1', { status: 'meets', note: 'Izin asli diperlihatkan.' });
    const report = await laptop.engine.syncNow();
    expect(report).toMatchObject({ accepted: 1, conflicts: 0, rejected: 0, retry: 0 });
    const [op] = await outbox(laptop);
    expect(op).toMatchObject({ state: 'done' });
    expect(timesInLog(server, op?.id ?? '')).toBe(1);
    expect(server.replica(SITI_APP)?.findings.R1?.note?.value).toBe('Izin asli diperlihatkan.');
    expect((await laptop.db.syncState.get('local'))?.cursor).toBe(server.log().at(-1)?.seq);
    expect(laptop.main.journalIds()).toEqual([]);
  });

  it('sends again after an answer was lost, and the server applies it once', async () => {
    const { server, laptop } = await world();
    await laptop.edit(SITI_APP, 'R1', { note: 'satu' });
    laptop.main.faults.push('lose_answer');
    const failed = await laptop.engine.syncNow();
    expect(failed.error?.code).toBe('sync_offline');
    expect(await countPendingOutbox(laptop.db)).toBe(1);
    const again = await laptop.engine.syncNow();
    expect(again).toMatchObject({ accepted: 1 });
    const [op] = await outbox(laptop);
    expect(timesInLog(server, op?.id ?? '')).toBe(1);
    expect(laptop.main.pushesDelivered).toBe(2);
  });

  it('takes a push delivered twice as once', async () => {
    const { server, laptop } = await world();
    await laptop.edit(SITI_APP, 'R1', { note: 'dua kali' });
    await laptop.edit(SITI_APP, 'R2', { note: 'juga' });
    laptop.main.faults.push('twice');
    const before = server.log().length;
    expect(await laptop.engine.syncNow()).toMatchObject({ accepted: 2 });
    expect(server.log().length).toBe(before + 2);
  });

  it('journals while offline without sending, and sends when asked once online', async () => {
    const { server, laptop } = await world();
    laptop.main.setOffline(true);
    await laptop.edit(SITI_APP, 'R3', { note: 'di lokasi, tanpa sinyal' });
    const waiting = await laptop.engine.request(false);
    expect(waiting.skipped).toBe('offline');
    expect(laptop.main.journalIds()).toHaveLength(1);
    expect(laptop.main.pushesDelivered).toBe(0);
    laptop.main.setOffline(false);
    expect(await laptop.engine.request(false)).toMatchObject({ accepted: 1 });
    expect(server.replica(SITI_APP)?.findings.R3?.note?.value).toBe('di lokasi, tanpa sinyal');
  });

  it('loses nothing when IndexedDB is reset: the journal brings back unsent work, sent once', async () => {
    const { server, laptop } = await world();
    laptop.main.setOffline(true);
    await laptop.edit(SITI_APP, 'R4', { note: 'belum terkirim' });
    await laptop.engine.journalNow();
    const [op] = await outbox(laptop);
    await laptop.wipe();
    expect(laptop.engine.store.getState().restored).toBe(1);
    expect(await countPendingOutbox(laptop.db)).toBe(1);
    laptop.main.setOffline(false);
    expect(await laptop.engine.syncNow()).toMatchObject({ accepted: 1 });
    expect(timesInLog(server, op?.id ?? '')).toBe(1);
    // The reset database is whole again from the server.
    expect((await laptop.db.findings.get([SITI_APP, 'R4']))?.note).toBe('belum terkirim');
  });

  it('records a conflict with both values, keeps it journaled until a person resolves it, so it survives a reset meanwhile', async () => {
    const { laptop, tablet } = await world();
    await laptop.edit(SITI_APP, 'R5', { note: 'dari laptop' });
    await tablet.edit(SITI_APP, 'R5', { note: 'dari tablet' });
    await laptop.engine.syncNow();
    expect(await tablet.engine.syncNow()).toMatchObject({ conflicts: 1 });
    const [conflict] = await listConflicts(tablet.db, SITI_APP);
    expect(conflict).toMatchObject({ record: 'finding/R5', field: 'note', client: 'dari tablet', server: { value: 'dari laptop' } });
    expect(tablet.main.journalIds()).toHaveLength(1);

    await tablet.wipe();
    expect(await tablet.engine.syncNow()).toMatchObject({ conflicts: 1 });
    const [again] = await listConflicts(tablet.db, SITI_APP);
    expect(again).toMatchObject({ client: 'dari tablet', server: { value: 'dari laptop' } });

    await resolveConflict(tablet.db, tablet.actor, again?.id ?? '', 'server');
    expect(await tablet.engine.syncNow()).toMatchObject({ accepted: 1 }); // the audit note of the choice
    expect(await countOpenConflicts(tablet.db)).toBe(0);
    expect(tablet.main.journalIds()).toEqual([]);
    expect((await tablet.db.findings.get([SITI_APP, 'R5']))?.note).toBe('dari laptop');
  });

  it('orders by the server, not by clocks hours apart', async () => {
    const { server, laptop, tablet } = await world();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-30T13:00:00Z')); // laptop clock 11 hours fast
    await laptop.edit(SITI_APP, 'R6', { note: 'pertama (jam laptop maju)' });
    await laptop.engine.syncNow();
    await tablet.engine.syncNow();
    vi.setSystemTime(new Date('2026-03-29T20:00:00Z')); // tablet clock 6 hours slow
    await tablet.edit(SITI_APP, 'R6', { note: 'kedua (jam tablet mundur)' });
    expect(await tablet.engine.syncNow()).toMatchObject({ accepted: 1 });
    await laptop.engine.syncNow();
    // The later edit stands although its clock reads earlier; its clientTime is kept only for show.
    expect(server.replica(SITI_APP)?.findings.R6?.note?.value).toBe('kedua (jam tablet mundur)');
    expect((await laptop.db.findings.get([SITI_APP, 'R6']))?.note).toBe('kedua (jam tablet mundur)');
    const seqs = server.log().slice(-2).map((e) => e.seq);
    expect(seqs[1]).toBeGreaterThan(seqs[0] ?? Infinity);
  });

  it('sends only the signed-in person\'s work (and the device profile\'s), keeping another user\'s for their sign-in', async () => {
    const { server, laptop } = await world();
    await laptop.edit(SITI_APP, 'R1', { note: 'Siti' });
    await saveFinding(laptop.db, { userId: people.andi.id, role: 'verifier' }, { applicationId: SITI_APP, requirement: 'R2', status: null, note: 'Andi di laptop Siti', evidence: [] });
    await saveFinding(laptop.db, { userId: 'verifikator-lokal', role: 'verifier' }, { applicationId: SITI_APP, requirement: 'R3', status: null, note: 'sebelum masuk', evidence: [] });
    expect(await laptop.engine.syncNow()).toMatchObject({ accepted: 2, rejected: 0 });
    const rows = await outbox(laptop);
    expect(rows.map((r) => [r.createdBy, r.state])).toEqual([
      [people.siti.id, 'done'],
      [people.andi.id, 'pending'],
      ['verifikator-lokal', 'done'],
    ]);
    expect(server.replica(SITI_APP)?.findings.R2).toBeUndefined();
    // Journaled all the same: nothing is lost while it waits.
    expect(laptop.main.journalIds()).toEqual([rows[1]?.id]);
  });

  it('keeps an operation whose photo has not reached the server first in line, and sends it once the photo is there', async () => {
    const { server, laptop } = await world();
    const photo = 'ab'.repeat(32);
    const evidence = [{ kind: 'photo' as const, blobSha256: photo }];
    await saveFinding(laptop.db, laptop.actor, { applicationId: SITI_APP, requirement: 'R7', status: null, note: 'foto papan nama', evidence });
    for (const r of ['R1', 'R2', 'R3', 'R4'] as const) await laptop.edit(SITI_APP, r, { note: `catatan ${r}` });
    const made = (await laptop.db.outbox.where('state').equals('pending').toArray()).map((o) => o.id);
    // Batches of 3: the photo's operation gets `retry`, the later ones of the same file in its
    // batch wait with it (the server keeps their order), and the round stops there.
    const first = await laptop.engine.syncNow();
    expect(first).toMatchObject({ accepted: 0, retry: 3 });
    expect(await countPendingOutbox(laptop.db)).toBe(5);
    server.addBlob(photo);
    const second = await laptop.engine.syncNow();
    expect(second).toMatchObject({ accepted: 5, retry: 0 });
    expect(server.log().slice(-5).map((e) => e.opId)).toEqual(made);
    expect(server.replica(SITI_APP)?.findings.R7?.evidence?.value).toEqual(evidence);
  });

  it('on its own: journals a change at once, pushes it shortly after, waits while offline and sends when main says the server is back', async () => {
    const server = newServer();
    await startVerification(server);
    const db = await freshDb('auto');
    const main = new ModelMain(server, people.siti);
    main.setOffline(true);
    const engine = new SyncEngine({ db, port: main, debounceMs: 5, intervalMs: 0, prefetch: false });
    try {
      await engine.start();
      await vi.waitFor(() => {
        expect(engine.store.getState().lastRound?.skipped).toBe('offline');
      });
      main.setOffline(false);
      // Back online: the engine pulls Siti's file on its own.
      await vi.waitFor(async () => {
        expect(await db.applications.get(SITI_APP)).toBeDefined();
      });
      main.setOffline(true);
      await saveFinding(db, { userId: people.siti.id, role: 'verifier' }, { applicationId: SITI_APP, requirement: 'R2', status: null, note: 'tanpa sinyal', evidence: [] });
      const [op] = await db.outbox.toArray();
      await vi.waitFor(() => {
        expect(main.journalIds()).toEqual([op?.id]);
      });
      expect(main.pushesDelivered).toBe(0);
      main.setOffline(false);
      await vi.waitFor(() => {
        expect(server.log().some((e) => e.opId === op?.id)).toBe(true);
      });
      await vi.waitFor(async () => {
        expect((await db.outbox.get(op?.seq ?? 0))?.state).toBe('done');
      });
    } finally {
      engine.stop();
      db.close();
    }
  });
});
