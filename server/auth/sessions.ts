// Opaque bearer sessions with an absolute expiry and revocation (logout, disable, reset).
import type { User } from '../../common/contract/http';
import type { Queryable } from '../storage/db';
import { hashToken, newToken } from './tokens';
import { userOf, type UserRow } from './users';

/** Field work goes offline for days; a week keeps a verifier signed in across a site visit. */
export const DEFAULT_SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export interface Session {
  readonly user: User;
  readonly tokenHash: string;
  readonly expiresAt: Date;
}

export async function createSession(db: Queryable, userId: number, now: Date, ttlMs: number): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db.query('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)', [hashToken(token), userId, now, expiresAt]);
  return { token, expiresAt };
}

/** The live session of a token: not expired, not revoked, its user not disabled. */
export async function sessionOf(db: Queryable, token: string, now: Date): Promise<Session | undefined> {
  const tokenHash = hashToken(token);
  const { rows } = await db.query<UserRow & { expires_at: Date }>(
    `SELECT u.id, u.username, u.display_name, u.nip, u.role, u.password_hash, u.disabled_at, s.expires_at
     FROM sessions s JOIN users u ON u.id = s.user_id
     WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > $2 AND u.disabled_at IS NULL`,
    [tokenHash, now],
  );
  const row = rows[0];
  return row === undefined ? undefined : { user: userOf(row), tokenHash, expiresAt: row.expires_at };
}

export async function revokeSession(db: Queryable, tokenHash: string, now: Date): Promise<void> {
  await db.query('UPDATE sessions SET revoked_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL', [tokenHash, now]);
}
