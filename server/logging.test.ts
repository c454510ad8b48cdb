// The server logs requests as JSON lines and never a password or a session token, even at the
// most verbose level and when a request fails.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from './app';
import { createUser } from './auth/users';
import { migrate } from './storage/migrate';
import { databaseTargets } from './testing/databases';
import { TEST_SCRYPT } from './testing/harness';

const [pglite] = databaseTargets();

describe('server logs', () => {
  afterAll(() => pglite?.dispose());

  it('hold no passwords or tokens', async () => {
    if (pglite === undefined) throw new Error('no PGlite target');
    const db = await pglite.open();
    const blobDir = await mkdtemp(path.join(os.tmpdir(), 'verikop-log-'));
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    try {
      await migrate(db);
      const password = 'rahasia-sekali-jangan-dicatat';
      await createUser(db, { username: 'siti', displayName: 'Siti', role: 'verifier', password }, new Date(), TEST_SCRYPT);
      const { app } = await buildApp({ db, blobDir, scrypt: TEST_SCRYPT, logger: pino({ level: 'trace' }, sink) });
      const login = await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'siti', password } });
      const { token } = login.json<{ token: string }>();
      await app.inject({ method: 'POST', url: '/auth/login', payload: { username: 'siti', password: `${password}-salah` } });
      await app.inject({ method: 'GET', url: '/auth/session', headers: { authorization: `Bearer ${token}` } });
      await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${token}` }, payload: { clientId: 'bukan-uuid', operations: [] } });
      await app.close();
      const log = lines.join('');
      expect(lines.length).toBeGreaterThan(6);
      for (const line of lines) expect(() => JSON.parse(line) as unknown).not.toThrow();
      expect(log).not.toContain(password);
      expect(log).not.toContain(token);
      expect(log).toContain('/auth/session');
    } finally {
      await db.close();
      await rm(blobDir, { recursive: true, force: true });
    }
  }, 120_000);
});
