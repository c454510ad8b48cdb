// Push and pull over HTTP: at most once, 409 on a reused id, paging in accepted order,
// visibility, and conflicts answered with both values.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullPageSchema, type LogEntry, type OperationInput } from '../../common/sync';
import { findingOperations, nextOpId, workflowOperation } from '../../common/sync/fixtures';
import { pushResponseSchema } from '../../common/contract/http';
import { databaseTargets } from '../testing/databases';
import { startTestServer, userWithToken, type TestServer } from '../testing/harness';
import { importSample } from '../testing/samples';

const LAPTOP = '00000000-0000-4000-8000-00000000aa01';
const TABLET = '00000000-0000-4000-8000-00000000aa02';
const ANDI_LAPTOP = '00000000-0000-4000-8000-00000000bb01';

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`sync over HTTP on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    let server: TestServer;
    let siti: string;
    let andi: string;
    let ketua: string;
    let sitiId: string;
    let andiId: string;

    beforeAll(async () => {
      server = await startTestServer({ db: await target.open(), listen: true });
      ({ token: siti, id: sitiId } = await userWithToken(server, 'siti', 'verifier', 'Siti Rahmawati'));
      ({ token: andi, id: andiId } = await userWithToken(server, 'andi', 'verifier', 'Andi Baso Pratama'));
      ketua = (await userWithToken(server, 'ketua', 'supervisor')).token;
      await importSample(server, 'app-1', 'siti');
      await importSample(server, 'app-2', 'andi');
    });
    afterAll(async () => {
      await server.close();
      await server.db.close();
      await target.dispose();
    });

    // Real sockets: these go through fetch to 127.0.0.1.
    async function push(token: string, operations: readonly OperationInput[], clientId = LAPTOP): Promise<{ status: number; body: unknown }> {
      const r = await fetch(`${server.url ?? ''}/sync/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ clientId, operations }),
      });
      return { status: r.status, body: await r.json() };
    }
    async function pullAll(token: string, limit: number): Promise<{ entries: LogEntry[]; pages: number; cursor: number }> {
      const entries: LogEntry[] = [];
      let cursor = 0;
      let pages = 0;
      for (;;) {
        const r = await fetch(`${server.url ?? ''}/sync/pull?after=${cursor}&limit=${limit}`, { headers: { authorization: `Bearer ${token}` } });
        const page = pullPageSchema.parse(await r.json());
        pages += 1;
        entries.push(...page.entries);
        cursor = page.cursor;
        if (!page.hasMore) return { entries, pages, cursor };
      }
    }
    const answers = (body: unknown) => pushResponseSchema.parse(body).answers;

    it('answers a resend with the same answers and applies nothing twice', async () => {
      const ops = [workflowOperation('app-1', 'start_verification'), ...findingOperations('app-1', ['R1', 'R2'])];
      const first = await push(siti, ops);
      expect(first.status).toBe(200);
      expect(answers(first.body).map((a) => a.status)).toEqual(['accepted', 'accepted', 'accepted']);
      const before = await server.db.query('SELECT count(*)::int AS n FROM sync_log');
      const again = await push(siti, ops, TABLET);
      expect(again).toEqual(first);
      expect((await server.db.query('SELECT count(*)::int AS n FROM sync_log')).rows).toEqual(before.rows);
    });

    it('refuses a reused id with other content with 409, naming it, and changes nothing', async () => {
      const [op] = findingOperations('app-1', ['R3']);
      if (op === undefined) throw new Error('fixture');
      expect(answers((await push(siti, [op])).body)[0]?.status).toBe('accepted');
      const before = await server.db.query('SELECT count(*)::int AS n FROM sync_log');
      const fresh = findingOperations('app-1', ['R4']);
      const reused = await push(siti, [...fresh, { ...op, clientTime: '2026-03-30T10:00:00+08:00' }]);
      expect(reused.status).toBe(409);
      expect(reused.body).toMatchObject({ code: 'operation_id_reused', operationIds: [op.id] });
      expect((await server.db.query('SELECT count(*)::int AS n FROM sync_log')).rows).toEqual(before.rows);
    });

    it('answers a concurrent edit from another device with both values, and keeps the server’s', async () => {
      const note = (value: string, base: number): OperationInput => ({ id: nextOpId(), type: 'finding.set', applicationId: 'app-1', requirement: 'R5', changes: { note: { value, base } } });
      const [a] = answers((await push(siti, [note('Tidak berlaku: KC di Bontang.', 0)])).body);
      const seq = a?.status === 'accepted' ? a.seq : -1;
      const [b] = answers((await push(siti, [note('Perlu persetujuan Wali Kota.', 0)], TABLET)).body);
      expect(b).toMatchObject({ status: 'conflict', conflicts: [{ record: 'finding/R5', field: 'note', server: { value: 'Tidak berlaku: KC di Bontang.', version: seq }, client: 'Perlu persetujuan Wali Kota.' }] });
      const { rows } = await server.db.query<{ value: unknown }>("SELECT value FROM record_fields WHERE application_id = 'app-1' AND record = 'finding/R5' AND field = 'note'");
      expect(rows).toEqual([{ value: 'Tidak berlaku: KC di Bontang.' }]);
    });

    it('pages the log in accepted order, the same whatever the page size, and only what each may see', async () => {
      await push(andi, [workflowOperation('app-2', 'start_verification'), ...findingOperations('app-2', ['R1'])]);
      const whole = await pullAll(ketua, 500);
      const paged = await pullAll(ketua, 2);
      expect(paged.entries).toEqual(whole.entries);
      expect(paged.pages).toBeGreaterThan(3);
      const seqs = whole.entries.map((e) => e.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
      const head = await server.db.query<{ head: number }>('SELECT max(seq)::int AS head FROM sync_log');
      expect(paged.cursor).toBe(head.rows[0]?.head);

      const sitiView = await pullAll(siti, 3);
      const apps = (entries: LogEntry[]) => new Set(entries.flatMap((e) => e.changes.map((c) => ('applicationId' in c ? c.applicationId : 'calendar'))));
      expect(apps(sitiView.entries)).toEqual(new Set(['app-1']));
      expect(apps((await pullAll(andi, 3)).entries)).toEqual(new Set(['app-2']));
      expect(sitiView.cursor).toBe(paged.cursor);
    });

    /** Both verifiers' steps carry their names, as the supervisor pulls them and in app-2's history. */
    async function expectStepsNamed(): Promise<void> {
      const steps = (await pullAll(ketua, 500)).entries.flatMap((e) => e.changes).flatMap((c) => (c.kind === 'workflow' ? [c.step] : []));
      expect(steps.map((s) => [s.action, s.actorName])).toEqual([
        ['start_verification', 'Siti Rahmawati'],
        ['start_verification', 'Andi Baso Pratama'],
      ]);
      const r = await fetch(`${server.url ?? ''}/applications/app-2`, { headers: { authorization: `Bearer ${ketua}` } });
      const { replica } = (await r.json()) as { replica: { history: { action: string; actorName?: string }[] } };
      expect(replica.history.map((s) => [s.action, s.actorName])).toEqual([['start_verification', 'Andi Baso Pratama']]);
    }

    it('sends the actor’s display name with each workflow step, in the log and in the file’s history', async () => {
      await expectStepsNamed();
    });

    it('tells the former verifier when an application is reassigned, and gives the new one all of it', async () => {
      const current = await fetch(`${server.url ?? ''}/applications/app-1`, { headers: { authorization: `Bearer ${ketua}` } });
      const { replica } = (await current.json()) as { replica: { assignmentVersion: number } };
      const { cursor: andiCursor } = await pullAll(andi, 100);
      const { cursor: sitiCursor } = await pullAll(siti, 100);
      const assign: OperationInput = { id: randomUUID(), type: 'application.assign', applicationId: 'app-1', verifierId: '2', base: replica.assignmentVersion };
      expect(answers((await push(ketua, [assign])).body)[0]?.status).toBe('accepted');

      const sitiNext = await fetch(`${server.url ?? ''}/sync/pull?after=${sitiCursor}`, { headers: { authorization: `Bearer ${siti}` } });
      const sitiChanges = pullPageSchema.parse(await sitiNext.json()).entries.flatMap((e) => e.changes);
      expect(sitiChanges.map((c) => [c.kind, 'applicationId' in c ? c.applicationId : ''])).toEqual([['application_unassigned', 'app-1']]);
      const andiNext = await fetch(`${server.url ?? ''}/sync/pull?after=${andiCursor}`, { headers: { authorization: `Bearer ${andi}` } });
      const snapshot = pullPageSchema.parse(await andiNext.json()).entries.flatMap((e) => e.changes).find((c) => c.kind === 'application');
      expect(snapshot?.kind === 'application' ? Object.keys(snapshot.replica.findings).sort() : []).toEqual(['R1', 'R2', 'R3', 'R5']);
      expect((await fetch(`${server.url ?? ''}/applications/app-1`, { headers: { authorization: `Bearer ${siti}` } })).status).toBe(404);
    });

    it('names the author of the server’s value in a conflict answer and in the pull that brings the value', async () => {
      // app-1 is Andi's now (previous test); Siti wrote its R5 note. Andi, not having pulled it, writes his own.
      const note: OperationInput = { id: randomUUID(), type: 'finding.set', applicationId: 'app-1', requirement: 'R5', changes: { note: { value: 'KC berkedudukan di Samarinda.', base: 0 } } };
      const first = await push(andi, [note], ANDI_LAPTOP);
      const [answer] = answers(first.body);
      expect(answer).toMatchObject({ status: 'conflict', conflicts: [{ record: 'finding/R5', field: 'note', server: { userId: sitiId, userName: 'Siti Rahmawati' } }] });
      // A resend is answered from the stored receipt, named the same way.
      expect(await push(andi, [note], ANDI_LAPTOP)).toEqual(first);

      const { entries } = await pullAll(andi, 500);
      const r5 = entries.filter((e) => e.changes.some((c) => c.kind === 'application' || (c.kind === 'finding' && c.requirement === 'R5'))).at(-1);
      expect(r5?.userNames?.[sitiId]).toBe('Siti Rahmawati');
      // Only display names, only of authors the entry names.
      for (const e of entries) {
        for (const [id, name] of Object.entries(e.userNames ?? {})) expect([[sitiId, 'Siti Rahmawati'], [andiId, 'Andi Baso Pratama']]).toContainEqual([id, name]);
      }
    });

    it('answers malformed operations one by one, and a malformed batch as a whole', async () => {
      const bad = { id: randomUUID(), type: 'finding.set', applicationId: 'app-2', requirement: 'R9', changes: {} };
      const good = findingOperations('app-2', ['R2']);
      const r = await push(andi, [bad as unknown as OperationInput, ...good]);
      expect(answers(r.body).map((a) => (a.status === 'rejected' ? a.code : a.status))).toEqual(['invalid_operation', 'accepted']);
      const noId = await push(andi, [{ type: 'audit.note' } as unknown as OperationInput]);
      expect(noId.status).toBe(400);
      expect(noId.body).toMatchObject({ code: 'bad_request' });
    });

    it('names the actor of a step stored before steps carried names, in the log and in the file’s history', async () => {
      // As steps were stored before actorName existed: in the step table and in the log.
      await server.db.query(`UPDATE workflow_steps SET step = step - 'actorName'`);
      await server.db.query(
        `UPDATE sync_log SET changes = (SELECT jsonb_agg(CASE WHEN c->>'kind' = 'workflow' THEN jsonb_set(c, '{step}', (c->'step') - 'actorName') ELSE c END ORDER BY i)
                                        FROM jsonb_array_elements(changes) WITH ORDINALITY AS t(c, i))`,
      );
      expect((await server.db.query(`SELECT 1 FROM workflow_steps WHERE step ? 'actorName'`)).rows).toEqual([]);
      await expectStepsNamed();
    });
  });
}
