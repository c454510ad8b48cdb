// Main's sync service against the real server (in-process, PGlite, real sockets on loopback):
// sign-in with the token sealed on disk, blobs uploaded before the operations naming them, push,
// pull, prefetch into the vault, sessions that end, ids reused, and an app restarted.
import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullPageSchema } from '../../common/sync/pull';
import { findingOperations, workflowOperation } from '../../common/sync/fixtures';
import type { PushItem } from '../../electron/services/sync';
import { importSample } from '../../server/testing/samples';
import { addUser, mainClient, startRealServer, type MainClient, type RealServer } from './fixture';
import { LoopbackProxy } from './proxy';

let real: RealServer;
let sitiId: string;
const APP = 'app-layanan-1';
let documentShas: string[];

beforeAll(async () => {
  real = await startRealServer();
  sitiId = await addUser(real.server, 'siti', 'verifier', 'Siti Rahmawati');
  await addUser(real.server, 'dpmptsp', 'licensing_office', 'Petugas DPMPTSP');
  ({ documentShas } = await importSample(real.server, APP, 'siti'));
});
afterAll(async () => {
  await real.close();
});

const item = (operation: object): PushItem => ({ operation: JSON.parse(JSON.stringify(operation)) as PushItem['operation'], createdBy: sitiId });
const clientId = randomUUID();

async function withClient<T>(body: (c: MainClient) => Promise<T>): Promise<T> {
  const c = await mainClient();
  try {
    return await body(c);
  } finally {
    await c.close();
  }
}

/** A JPEG-looking photo of `size` bytes, stored in the client's vault. */
async function photo(c: MainClient, size: number, seed: string): Promise<string> {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i += 32) createHash('sha256').update(`${seed}:${String(i)}`).digest().copy(bytes, i);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return (await c.vault.put(bytes, { mediaType: 'image/jpeg' })).sha256;
}

describe('main sync service against the real server', () => {
  it('signs in, keeps the token sealed on disk, and refuses wrong passwords and DPMPTSP accounts', async () => {
    await withClient(async (c) => {
      const wrong = await c.service.signIn({ serverUrl: real.url, username: 'siti', password: 'salah-sama-sekali' }).catch((e: unknown) => e);
      expect(wrong).toMatchObject({ code: 'sync_bad_credentials' });
      const office = await c.signIn(real.url, 'dpmptsp').catch((e: unknown) => e);
      expect(office).toMatchObject({ code: 'sync_account_not_allowed' });
      const status = await c.signIn(real.url, 'siti');
      expect(status).toMatchObject({ serverUrl: real.url, user: { id: sitiId, username: 'siti', role: 'verifier' }, online: true, pending: 0 });
      expect(status.error).toBeUndefined();
      // No file in the data folder holds the password or anything token-like in the clear.
      const files = await readdir(path.join(c.dataDir, 'sync'));
      for (const name of files) {
        const text = (await readFile(path.join(c.dataDir, 'sync', name))).toString('latin1');
        expect(text).not.toContain('kata-sandi-uji-coba');
        expect(text).not.toContain('"token"');
      }
      expect(c.statuses.at(-1)).toEqual(status);
    });
  });

  it('uploads the photo a finding names, then pushes; the server holds both and the journal empties', async () => {
    await withClient(async (c) => {
      await c.signIn(real.url, 'siti');
      const sha = await photo(c, 300_000, 'foto-r3');
      const [finding] = findingOperations(APP, ['R3']);
      if (finding?.type !== 'finding.set') throw new Error('sample finding');
      const withPhoto = { ...finding, changes: { ...finding.changes, evidence: { value: [{ kind: 'photo', blobSha256: sha }], base: 0 } } };
      const answer = await c.service.push(clientId, [item(workflowOperation(APP, 'start_verification')), item(withPhoto)]);
      expect(answer.kind === 'answers' && answer.answers.map((a) => a.status)).toEqual(['accepted', 'accepted']);
      expect((await real.server.ctx.blobs.state(sha)).complete).toBe(true);
      expect(c.progress.filter((p) => p.phase === 'upload').at(-1)).toEqual({ phase: 'upload', done: 300_000, total: 300_000, unit: 'bytes' });
      expect(await c.service.journalEntries()).toEqual([]);

      const page = pullPageSchema.parse(await c.service.pull(0, 500));
      const photos = page.entries.flatMap((e) => e.changes).flatMap((ch) => (ch.kind === 'finding' ? (ch.fields.evidence?.value ?? []) : []));
      expect(photos).toEqual([{ kind: 'photo', blobSha256: sha }]);
    });
  });

  it('prefetches the documents of my files into the vault, verified, once', async () => {
    await withClient(async (c) => {
      await c.signIn(real.url, 'siti');
      const first = await c.service.prefetch();
      expect(first).toMatchObject({ applications: 1, failed: [] });
      expect(first.fetched + first.present).toBeGreaterThanOrEqual(new Set(documentShas).size);
      for (const sha of documentShas) expect(await c.vault.has(sha)).toBe(true);
      const again = await c.service.prefetch();
      expect(again).toMatchObject({ fetched: 0, bytes: 0, failed: [] });
    });
  });

  it('answers a reused id with id_reused and forgets it from the journal', async () => {
    await withClient(async (c) => {
      await c.signIn(real.url, 'siti');
      const id = randomUUID();
      const note = (text: string) => ({ id, type: 'finding.set', applicationId: APP, requirement: 'R5', changes: { note: { value: text, base: 0 } } });
      const first = await c.service.push(clientId, [item(note('pertama'))]);
      expect(first.kind).toBe('answers');
      const reused = await c.service.push(clientId, [item(note('kedua, id yang sama'))]);
      expect(reused).toMatchObject({ kind: 'id_reused', operationIds: [id] });
      expect(await c.service.journalEntries()).toEqual([]);
    });
  });

  it('refuses to carry another user\'s operations in this session, journaling them for their sign-in', async () => {
    await withClient(async (c) => {
      await c.signIn(real.url, 'siti');
      const andiOp = { operation: { id: randomUUID(), type: 'audit.note', applicationId: APP, action: 'document.opened', recordType: 'document', recordId: 'x' }, createdBy: '999' };
      const refused = await c.service.push(clientId, [andiOp]).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'sync_other_user' });
      expect((await c.service.journalEntries()).map((e) => e.createdBy)).toEqual(['999']);
    });
  });

  it('forgets a session the server no longer knows, keeping the journal; a restarted app stays signed in', async () => {
    const c = await mainClient();
    try {
      await c.signIn(real.url, 'siti');
      const op = item({ id: randomUUID(), type: 'audit.note', applicationId: APP, action: 'document.opened', recordType: 'document', recordId: 'doc-r1-izin-kc' });
      await c.service.journalAppend(clientId, [op]);

      const restarted = await mainClient({ dataDir: c.dataDir });
      try {
        expect(await restarted.service.status()).toMatchObject({ user: { id: sitiId }, pending: 1 });
        // The administrator resets Siti's password: every session of hers is revoked.
        await real.server.db.query('UPDATE sessions SET revoked_at = $1 WHERE user_id = $2', [real.server.ctx.clock(), Number(sitiId)]);
        const refused = await restarted.service.push(clientId, [op]).catch((e: unknown) => e);
        expect(refused).toMatchObject({ code: 'sync_unauthenticated' });
        expect(await restarted.service.status()).toMatchObject({ user: null, pending: 1, error: { code: 'sync_unauthenticated' } });
        const notSignedIn = await restarted.service.pull(0, 10).catch((e: unknown) => e);
        expect(notSignedIn).toMatchObject({ code: 'sync_not_signed_in' });
        // Signing in again sends what waited.
        await restarted.signIn(real.url, 'siti');
        const answer = await restarted.service.push(clientId, [op]);
        expect(answer.kind === 'answers' && answer.answers[0]?.status).toBe('accepted');
        expect(await restarted.service.status()).toMatchObject({ pending: 0 });
      } finally {
        await restarted.close();
      }
    } finally {
      await c.close();
    }
  });

  it('signs out: the server revokes the token, the session file is gone', async () => {
    const live = async () => {
      const { rows } = await real.server.db.query<{ n: string }>('SELECT count(*) AS n FROM sessions WHERE user_id = $1 AND revoked_at IS NULL', [Number(sitiId)]);
      return Number(rows[0]?.n);
    };
    await withClient(async (c) => {
      const before = await live();
      await c.signIn(real.url, 'siti');
      expect(await live()).toBe(before + 1);
      const status = await c.service.signOut();
      expect(status).toMatchObject({ serverUrl: real.url, user: null });
      expect(await live()).toBe(before);
      expect(await readdir(path.join(c.dataDir, 'sync'))).not.toContain('session.sealed');
    });
  });

  it('notices the server going away and coming back, and announces it', async () => {
    const proxy = await LoopbackProxy.start(real.url);
    await withClient(async (c) => {
      try {
        await c.signIn(proxy.url, 'siti');
        expect(await c.service.checkHealth()).toBe(true);
        proxy.target = 'http://127.0.0.1:9'; // nobody listens there: the connection is refused
        expect(await c.service.checkHealth()).toBe(false);
        expect(c.statuses.at(-1)).toMatchObject({ online: false });
        const offline = await c.service.pull(0, 10).catch((e: unknown) => e);
        expect(offline).toMatchObject({ code: 'sync_offline' });
        proxy.target = real.url;
        expect(await c.service.checkHealth()).toBe(true);
        expect(c.statuses.at(-1)).toMatchObject({ online: true, error: { code: 'sync_offline' } });
        await c.service.pull(0, 10);
        expect(c.statuses.at(-1)).toMatchObject({ online: true });
        expect(c.statuses.at(-1)?.error).toBeUndefined();
      } finally {
        await proxy.close();
      }
    });
  });
});
