// Faults on loopback, with exact counts: the server killed (SIGKILL) in the middle of a push and
// started again; an upload cut in the middle; every request delivered twice; clients whose
// clocks are hours wrong. Main's real SyncService talks to the real server (PGlite) through a
// proxy that misbehaves on purpose and counts what reaches the server.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushAnswer } from '../../common/contract/sync';
import { findingOperations, workflowOperation } from '../../common/sync/fixtures';
import type { LogEntry } from '../../common/sync/change';
import type { PushItem, SyncService } from '../../electron/services/sync';
import { realClock, type RetryClock } from '../../electron/services/sync/retry';
import { runAdminCommand, startChildServer, type ChildServer } from '../../server/testing/child';
import { importSample, writeSamplePacket } from '../../server/testing/samples';
import { addUser, mainClient, startRealServer, TEST_PASSWORD, type MainClient, type RealServer } from './fixture';
import { LoopbackProxy } from './proxy';

const clientId = randomUUID();
const item = (createdBy: string) => (operation: object): PushItem => ({ operation: JSON.parse(JSON.stringify(operation)) as PushItem['operation'], createdBy });
const auditNote = (applicationId: string, n: number) => ({ id: randomUUID(), type: 'audit.note', applicationId, action: 'document.opened', recordType: 'document', recordId: `doc-${String(n)}` });

const statuses = (answer: PushAnswer): string[] => (answer.kind === 'answers' ? answer.answers.map((a) => a.status) : [answer.kind]);

/** Every entry the user may see, all pages. */
async function wholeLog(service: SyncService): Promise<LogEntry[]> {
  const entries: LogEntry[] = [];
  let after = 0;
  for (;;) {
    const page = await service.pull(after, 500);
    entries.push(...page.entries);
    if (!page.hasMore) return entries;
    after = page.cursor;
  }
}

/** How many times each of `ids` is in the log. */
async function timesInLog(service: SyncService, ids: readonly string[]): Promise<number[]> {
  const log = await wholeLog(service);
  return ids.map((id) => log.filter((e) => e.opId === id).length);
}

/** Deterministic bytes that look like a JPEG, in the client's vault. */
async function photo(c: MainClient, size: number, seed: string): Promise<{ sha: string; size: number }> {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 32) createHash('sha256').update(`${seed}:${String(i)}`).digest().copy(bytes, i);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return { sha: (await c.vault.put(bytes, { mediaType: 'image/jpeg' })).sha256, size };
}

function findingWithPhoto(applicationId: string, sha: string): object {
  const [finding] = findingOperations(applicationId, ['R3']);
  if (finding?.type !== 'finding.set') throw new Error('sample finding');
  return { ...finding, changes: { ...finding.changes, evidence: { value: [{ kind: 'photo', blobSha256: sha }], base: 0 } } };
}

describe('the server killed in the middle of a push (child process, PGlite, SIGKILL)', () => {
  let root: string;
  let dataDir: string;
  let server: ChildServer | undefined;
  let proxy: LoopbackProxy;
  const PASSWORD = TEST_PASSWORD;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'verikop-kill-'));
    dataDir = path.join(root, 'server');
    const created = await runAdminCommand({ dataDir }, ['user:create', 'siti', '--role', 'verifier', '--name', 'Siti Rahmawati'], `${PASSWORD}\n`);
    expect(created.code, created.stderr).toBe(0);
    for (const app of ['app-kill-answered', 'app-kill-sent']) {
      await writeSamplePacket(path.join(root, app), app);
      const imported = await runAdminCommand({ dataDir }, ['packet:import', path.join(root, app), '--assign', 'siti']);
      expect(imported.code, imported.stderr).toBe(0);
    }
    server = await startChildServer({ dataDir });
    proxy = await LoopbackProxy.start(server.url);
  });
  afterAll(async () => {
    await proxy.close();
    await server?.kill('SIGTERM');
    await rm(root, { recursive: true, force: true });
  });

  for (const when of ['answered', 'sent'] as const) {
    it(`after the push was ${when}: the retry puts every operation on the server exactly once`, async () => {
      const c = await mainClient({ attempts: 1 });
      try {
        await c.signIn(proxy.url, 'siti');
        const user = (await c.service.status()).user?.id ?? '';
        const app = `app-kill-${when}`;
        const ops = [workflowOperation(app, 'start_verification'), ...findingOperations(app), ...Array.from({ length: 150 }, (_, n) => auditNote(app, n))];
        const ids = ops.map((o) => o.id);
        let killed: number | null | undefined;
        proxy.mode = {
          kind: 'kill_push',
          when,
          then: async () => {
            killed = await server?.kill('SIGKILL');
          },
        };
        const failed = await c.service.push(clientId, ops.map(item(user))).catch((e: unknown) => e);
        expect(failed).toMatchObject({ code: 'sync_offline' });
        expect(killed).toBeNull(); // ended by the signal, not by itself
        expect((await c.service.status()).pending).toBe(ops.length);
        const push = proxy.matching('POST', '/sync/push').at(-1);
        expect(push?.statuses).toEqual([when === 'answered' ? 200 : undefined]);

        server = await startChildServer({ dataDir });
        proxy.target = server.url;
        proxy.mode = { kind: 'pass' };
        // As the engine does on its next round: the same operations, from the journal.
        const journal = await c.service.journalEntries();
        expect(journal.map((e) => e.operation.id)).toEqual(ids);
        const answer = await c.service.push(clientId, journal.map((e) => ({ operation: e.operation, createdBy: e.createdBy })));
        expect(statuses(answer)).toEqual(ops.map(() => 'accepted'));
        expect(await timesInLog(c.service, ids)).toEqual(ids.map(() => 1));
        expect((await c.service.status()).pending).toBe(0);
      } finally {
        await c.close();
      }
    });
  }
});

describe('faults against the server in this process', () => {
  let real: RealServer;
  let proxy: LoopbackProxy;
  let sitiId: string;

  beforeAll(async () => {
    real = await startRealServer();
    sitiId = await addUser(real.server, 'siti', 'verifier', 'Siti Rahmawati');
    for (const app of ['app-cut', 'app-twice', 'app-clock']) await importSample(real.server, app, 'siti');
    proxy = await LoopbackProxy.start(real.url);
  });
  afterAll(async () => {
    await proxy.close();
    await real.close();
  });

  it('an upload cut in the middle resumes with exactly the bytes that had not arrived', async () => {
    const SIZE = 3 * 1024 * 1024 + 123;
    const CUT = 1024 * 1024 + 17;
    let sha = '';
    const partial = () => path.join(real.server.blobDir, 'partial', sha);
    // The retry waits until the server has finished with the broken request (it would answer
    // "busy" otherwise); the probe asks the server directly and changes nothing.
    const clock: RetryClock = {
      ...realClock,
      sleep: async () => {
        await untilNotBusy(real.url, sha, SIZE);
      },
    };
    const c = await mainClient({ clock });
    try {
      await c.signIn(proxy.url, 'siti');
      ({ sha } = await photo(c, SIZE, 'foto-lokasi'));
      proxy.mode = {
        kind: 'cut_upload',
        afterBytes: CUT,
        beforeCut: async () => {
          // Cut only once the server has written every byte it was given.
          while (((await stat(partial()).catch(() => undefined))?.size ?? 0) < CUT) await pause();
        },
      };
      const before = proxy.records.length;
      const answer = await c.service.push(clientId, [item(sitiId)(workflowOperation('app-cut', 'start_verification')), item(sitiId)(findingWithPhoto('app-cut', sha))]);
      expect(statuses(answer)).toEqual(['accepted', 'accepted']);

      const puts = proxy.records.slice(before).filter((r) => r.method === 'PUT');
      expect(puts.map((r) => [r.uploadOffset, r.forwardedBytes, r.statuses])).toEqual([
        ['0', [CUT], [undefined]],
        [String(CUT), [SIZE - CUT], [201]],
      ]);
      // Received by the server across both attempts: the blob, once, not a byte more.
      expect(puts.flatMap((r) => r.forwardedBytes).reduce((a, b) => a + b, 0)).toBe(SIZE);
      expect(await real.server.ctx.blobs.state(sha)).toEqual({ complete: true, offset: SIZE });
    } finally {
      proxy.mode = { kind: 'pass' };
      await c.close();
    }
  });

  it('every request delivered twice: nothing twice on the server, nothing sent twice by the client', async () => {
    const c = await mainClient({ chunkBytes: 256 * 1024 });
    try {
      proxy.mode = { kind: 'twice' };
      const before = proxy.records.length;
      await c.signIn(proxy.url, 'siti');
      const { sha, size } = await photo(c, 700_000, 'foto-dua-kali');
      const ops = [workflowOperation('app-twice', 'start_verification'), findingWithPhoto('app-twice', sha), ...findingOperations('app-twice', ['R1', 'R2'])];
      const ids = ops.map((o) => (o as { id: string }).id);
      const answer = await c.service.push(clientId, ops.map(item(sitiId)));
      expect(statuses(answer)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
      const log = await wholeLog(c.service);
      expect(ids.map((id) => log.filter((e) => e.opId === id).length)).toEqual([1, 1, 1, 1]);

      const seen = proxy.records.slice(before);
      expect(seen.every((r) => r.forwardedBytes.length === 2)).toBe(true);
      // The client sent each piece once (700,000 bytes in pieces of 256 KiB), whatever the
      // doubled deliveries answered (409 "already past that offset", 200 "already stored").
      const puts = seen.filter((r) => r.method === 'PUT');
      expect(puts.map((r) => r.uploadOffset)).toEqual(['0', '262144', '524288']);
      expect(puts.map((r) => r.forwardedBytes[0]).reduce((a = 0, b = 0) => a + b, 0)).toBe(size);
      expect(await real.server.ctx.blobs.state(sha)).toEqual({ complete: true, offset: size });
    } finally {
      proxy.mode = { kind: 'pass' };
      await c.close();
    }
  });

  it('clocks hours wrong on both devices: the server orders, its clock stamps, nothing breaks', async () => {
    const HOUR = 3_600_000;
    const fast = await mainClient({ now: () => new Date(Date.now() + 5 * HOUR) });
    const slow = await mainClient({ now: () => new Date(Date.now() - 7 * HOUR) });
    try {
      await fast.signIn(real.url, 'siti');
      await slow.signIn(real.url, 'siti');
      const note = (text: string, base: number, at: Date) => ({ id: randomUUID(), type: 'finding.set', applicationId: 'app-clock', requirement: 'R4', changes: { note: { value: text, base } }, clientTime: at.toISOString() });
      const start = workflowOperation('app-clock', 'start_verification');
      expect(statuses(await fast.service.push(randomUUID(), [item(sitiId)(start)]))).toEqual(['accepted']);

      // The laptop (5 hours fast) writes first, the tablet (7 hours slow) second, on what it saw.
      const first = note('ditulis pertama, jam laptop maju 5 jam', 0, new Date(Date.now() + 5 * HOUR));
      const a = await fast.service.push(randomUUID(), [item(sitiId)(first)]);
      const firstSeq = a.kind === 'answers' && a.answers[0]?.status === 'accepted' ? a.answers[0].seq : -1;
      const second = note('ditulis kedua, jam tablet mundur 7 jam', firstSeq, new Date(Date.now() - 7 * HOUR));
      const b = await slow.service.push(randomUUID(), [item(sitiId)(second)]);
      expect(statuses(b)).toEqual(['accepted']);

      const log = await wholeLog(fast.service);
      const [e1, e2] = [first, second].map((op) => log.find((e) => e.opId === op.id));
      expect((e2?.seq ?? 0) > (e1?.seq ?? Infinity)).toBe(true);
      // Stamped by the server's clock, not either device's.
      expect([e1?.at, e2?.at]).toEqual([real.server.ctx.clock().toISOString(), real.server.ctx.clock().toISOString()]);
      const finding = log.flatMap((e) => e.changes).filter((ch) => ch.kind === 'finding' && ch.requirement === 'R4').at(-1);
      expect(finding?.kind === 'finding' && finding.fields.note?.value).toBe('ditulis kedua, jam tablet mundur 7 jam');
      // Each device's own display clock is what it shows as "last sync"; nothing else reads it.
      const shown = [(await fast.service.status()).lastSyncAt, (await slow.service.status()).lastSyncAt].map((t) => Date.parse(t ?? ''));
      expect((shown[0] ?? 0) - (shown[1] ?? 0)).toBeGreaterThan(11 * HOUR);
    } finally {
      await fast.close();
      await slow.close();
    }
  });
});

const pause = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 5);
  });

/** Polls the server with an upload that cannot apply (offset 0 against a partial) until it stops answering "busy". */
async function untilNotBusy(url: string, sha: string, size: number): Promise<void> {
  const login = await fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'siti', password: TEST_PASSWORD }) });
  const { token } = (await login.json()) as { token: string };
  for (;;) {
    const probe = await fetch(`${url}/blobs/${sha}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream', 'upload-offset': '0', 'upload-length': String(size) },
      body: new Uint8Array(),
    });
    const body = (await probe.json()) as { code?: string };
    if (body.code !== 'upload_busy') return;
    await pause();
  }
}
