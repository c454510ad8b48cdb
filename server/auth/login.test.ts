import { afterAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../testing/databases';
import { migrate } from '../storage/migrate';
import type { Db } from '../storage/db';
import { DEFAULT_LOGIN_POLICY, login, type LoginPolicy } from './login';
import { revokeSession, sessionOf } from './sessions';
import { hashToken } from './tokens';
import { createUser, disableUser, resetPassword } from './users';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const policy: LoginPolicy = { ...DEFAULT_LOGIN_POLICY, sessionTtlMs: 60 * 60 * 1000 };
const t0 = new Date('2026-03-30T01:00:00Z');
const later = (ms: number): Date => new Date(t0.getTime() + ms);
const MINUTE = 60_000;

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`login and sessions on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    afterAll(() => target.dispose());

    async function withUser(work: (db: Db) => Promise<void>): Promise<void> {
      const db = await target.open();
      try {
        await migrate(db);
        await createUser(db, { username: 'siti', displayName: 'Siti Rahmawati', role: 'verifier', password: 'benar-sekali-123' }, t0, FAST);
        await work(db);
      } finally {
        await db.close();
      }
    }
    const attempt = (db: Db, password: string, at: Date, address = '10.0.0.1', username = 'siti') =>
      login(db, { username, password, address }, at, policy, FAST);

    it('logs in with the right password and answers a token whose hash alone is stored', async () => {
      await withUser(async (db) => {
        const result = await attempt(db, 'benar-sekali-123', t0);
        if (!result.ok) throw new Error(result.code);
        expect(result.user).toMatchObject({ username: 'siti', role: 'verifier' });
        expect(result.expiresAt.getTime()).toBe(later(60 * MINUTE).getTime());
        const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
        expect(stored.rows).toEqual([{ token_hash: hashToken(result.token) }]);
        expect(JSON.stringify(stored.rows)).not.toContain(result.token);
        expect((await sessionOf(db, result.token, later(MINUTE)))?.user.username).toBe('siti');
        expect(await sessionOf(db, result.token, later(61 * MINUTE))).toBeUndefined();
      });
    });

    it('answers the same for a wrong password, an unknown user and a disabled user', async () => {
      await withUser(async (db) => {
        expect(await attempt(db, 'salah-sekali-123', t0)).toEqual({ ok: false, code: 'invalid_credentials' });
        expect(await attempt(db, 'benar-sekali-123', t0, '10.0.0.1', 'tidak-ada')).toEqual({ ok: false, code: 'invalid_credentials' });
        await disableUser(db, 'siti', t0);
        expect(await attempt(db, 'benar-sekali-123', t0)).toEqual({ ok: false, code: 'invalid_credentials' });
      });
    });

    it('locks a user name after five failures until the oldest leaves the window, even for the right password', async () => {
      await withUser(async (db) => {
        for (let i = 0; i < 5; i += 1) await attempt(db, 'salah', later(i * MINUTE), `10.0.0.${i}`);
        const locked = await attempt(db, 'benar-sekali-123', later(5 * MINUTE), '10.9.9.9');
        expect(locked).toEqual({ ok: false, code: 'too_many_attempts', retryAfterSeconds: 10 * 60 });
        expect((await attempt(db, 'benar-sekali-123', later(15 * MINUTE + 1000), '10.9.9.9')).ok).toBe(true);
      });
    });

    it('locks an address that guesses many user names', async () => {
      await withUser(async (db) => {
        for (let i = 0; i < 20; i += 1) await attempt(db, 'salah', later(i * 1000), '10.6.6.6', `tebak${i}`);
        expect(await attempt(db, 'benar-sekali-123', later(21_000), '10.6.6.6')).toMatchObject({ ok: false, code: 'too_many_attempts' });
        expect((await attempt(db, 'benar-sekali-123', later(21_000), '10.0.0.2')).ok).toBe(true);
      });
    });

    it('a success clears the user’s earlier failures', async () => {
      await withUser(async (db) => {
        for (let i = 0; i < 4; i += 1) await attempt(db, 'salah', later(i * 1000));
        expect((await attempt(db, 'benar-sekali-123', later(5000))).ok).toBe(true);
        for (let i = 0; i < 4; i += 1) await attempt(db, 'salah', later(6000 + i * 1000));
        expect((await attempt(db, 'benar-sekali-123', later(11_000))).ok).toBe(true);
      });
    });

    it('revokes on logout, on disable and on password reset', async () => {
      await withUser(async (db) => {
        const sessions = [];
        for (let i = 0; i < 3; i += 1) {
          const r = await attempt(db, 'benar-sekali-123', later(i));
          if (!r.ok) throw new Error(r.code);
          sessions.push(r.token);
        }
        const [a, b, c] = sessions as [string, string, string];
        await revokeSession(db, hashToken(a), later(10));
        expect(await sessionOf(db, a, later(11))).toBeUndefined();
        expect(await sessionOf(db, b, later(11))).toBeDefined();
        expect(await resetPassword(db, 'siti', 'sandi-baru-sekali', later(12), FAST)).toBe(true);
        expect(await sessionOf(db, b, later(13))).toBeUndefined();
        expect(await sessionOf(db, c, later(13))).toBeUndefined();
        expect((await attempt(db, 'benar-sekali-123', later(14))).ok).toBe(false);
        expect((await attempt(db, 'sandi-baru-sekali', later(15))).ok).toBe(true);
        expect(await resetPassword(db, 'tidak-ada', 'sandi-baru-sekali', later(16), FAST)).toBe(false);
      });
    });
  });
}
