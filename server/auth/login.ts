// Login with rate limiting kept in the database, so that it holds across server processes and
// restarts. Failed attempts are counted per user name (since its last success, ordered by id so
// that equal timestamps cannot hide one) and per address; attempts refused by the limit are not
// counted, so a lockout ends on its own.
import type { Db } from '../storage/db';
import { verifyPassword, hashPassword, DEFAULT_SCRYPT, type ScryptParams } from './passwords';
import { createSession } from './sessions';
import { findUserByUsername, userOf } from './users';
import type { User } from '../../common/contract/http';

export interface LoginPolicy {
  readonly windowMs: number;
  /** Failures of one user name within the window before it is locked. */
  readonly maxFailuresPerUser: number;
  /** Failures from one address within the window before it is locked (guessing many names). */
  readonly maxFailuresPerAddress: number;
  readonly sessionTtlMs: number;
}

export const DEFAULT_LOGIN_POLICY: Omit<LoginPolicy, 'sessionTtlMs'> = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 20,
};

export type LoginResult =
  | { readonly ok: true; readonly token: string; readonly expiresAt: Date; readonly user: User }
  | { readonly ok: false; readonly code: 'invalid_credentials' }
  | { readonly ok: false; readonly code: 'too_many_attempts'; readonly retryAfterSeconds: number };

interface LoginInput {
  readonly username: string;
  readonly password: string;
  readonly address: string;
}

/** Seconds until the oldest failure that keeps the limit reached leaves the window. */
async function lockedFor(db: Db, input: LoginInput, now: Date, policy: LoginPolicy): Promise<number> {
  const since = new Date(now.getTime() - policy.windowMs);
  const byUser = await db.query<{ at: Date }>(
    `SELECT at FROM login_attempts
     WHERE username = $1 AND NOT succeeded AND at > $2
       AND id > COALESCE((SELECT max(id) FROM login_attempts WHERE username = $1 AND succeeded), 0)
     ORDER BY at DESC LIMIT $3`,
    [input.username, since, policy.maxFailuresPerUser],
  );
  const byAddress = await db.query<{ at: Date }>(
    'SELECT at FROM login_attempts WHERE ip = $1 AND NOT succeeded AND at > $2 ORDER BY at DESC LIMIT $3',
    [input.address, since, policy.maxFailuresPerAddress],
  );
  const waits = [
    [byUser.rows, policy.maxFailuresPerUser],
    [byAddress.rows, policy.maxFailuresPerAddress],
  ] as const;
  let seconds = 0;
  for (const [rows, max] of waits) {
    const oldest = rows.length >= max ? rows.at(-1) : undefined;
    if (oldest !== undefined) seconds = Math.max(seconds, Math.ceil((oldest.at.getTime() + policy.windowMs - now.getTime()) / 1000));
  }
  return seconds;
}

// A hash to check against when the user name does not exist, so that the answer takes as long
// as for a real user and does not reveal which names exist. One per cost, made once.
const decoys = new Map<string, Promise<string>>();
function decoyHash(scrypt: ScryptParams): Promise<string> {
  const key = `${scrypt.N}/${scrypt.r}/${scrypt.p}`;
  let decoy = decoys.get(key);
  if (decoy === undefined) {
    decoy = hashPassword('decoy password that matches nothing', scrypt);
    decoys.set(key, decoy);
  }
  return decoy;
}

export async function login(db: Db, input: LoginInput, now: Date, policy: LoginPolicy, scrypt: ScryptParams = DEFAULT_SCRYPT): Promise<LoginResult> {
  const wait = await lockedFor(db, input, now, policy);
  if (wait > 0) return { ok: false, code: 'too_many_attempts', retryAfterSeconds: wait };
  const row = await findUserByUsername(db, input.username);
  const matches = await verifyPassword(input.password, row?.password_hash ?? (await decoyHash(scrypt)));
  const succeeded = matches && row !== undefined && row.disabled_at === null;
  await db.query('INSERT INTO login_attempts (username, ip, succeeded, at) VALUES ($1, $2, $3, $4)', [input.username, input.address, succeeded, now]);
  if (!succeeded) return { ok: false, code: 'invalid_credentials' };
  // Housekeeping: attempts older than a day serve no limit; sessions ended a month ago are history.
  await db.query('DELETE FROM login_attempts WHERE at < $1', [new Date(now.getTime() - 24 * 60 * 60 * 1000)]);
  await db.query('DELETE FROM sessions WHERE expires_at < $1', [new Date(now.getTime() - 30 * 24 * 60 * 60 * 1000)]);
  const session = await createSession(db, row.id, now, policy.sessionTtlMs);
  return { ok: true, ...session, user: userOf(row) };
}
