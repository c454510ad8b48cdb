// The server's users: created, disabled and given new passwords by the administrator (CLI).
// Disabling a user or resetting a password revokes every session the user had.
import type { ServerRole, User } from '../../common/contract/http';
import type { Db, Queryable } from '../storage/db';
import { hashPassword, type ScryptParams } from './passwords';

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  nip: string | null;
  role: ServerRole;
  password_hash: string;
  disabled_at: Date | null;
}

export const userOf = (row: UserRow): User => ({ id: String(row.id), username: row.username, displayName: row.display_name, nip: row.nip, role: row.role });

const columns = 'id, username, display_name, nip, role, password_hash, disabled_at';

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly nip?: string | undefined;
  readonly role: ServerRole;
  readonly password: string;
}

export async function createUser(db: Queryable, user: NewUser, now: Date, params?: ScryptParams): Promise<User> {
  const hash = await hashPassword(user.password, params);
  const { rows } = await db.query<UserRow>(
    `INSERT INTO users (username, display_name, nip, role, password_hash, created_at, password_changed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING ${columns}`,
    [user.username, user.displayName, user.nip ?? null, user.role, hash, now],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('INSERT returned no row');
  return userOf(row);
}

export async function findUserByUsername(db: Queryable, username: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`SELECT ${columns} FROM users WHERE username = $1`, [username]);
  return rows[0];
}

export async function findUser(db: Queryable, id: string): Promise<UserRow | undefined> {
  if (!/^[1-9][0-9]{0,15}$/.test(id)) return undefined;
  const { rows } = await db.query<UserRow>(`SELECT ${columns} FROM users WHERE id = $1`, [Number(id)]);
  return rows[0];
}

export async function listUsers(db: Queryable, options: { includeDisabled: boolean }): Promise<UserRow[]> {
  const { rows } = await db.query<UserRow>(
    `SELECT ${columns} FROM users WHERE $1 OR disabled_at IS NULL ORDER BY role, display_name, id`,
    [options.includeDisabled],
  );
  return rows;
}

/** Answers false when no such user exists. */
export function disableUser(db: Db, username: string, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>('UPDATE users SET disabled_at = COALESCE(disabled_at, $2) WHERE username = $1 RETURNING id', [username, now]);
    const id = rows[0]?.id;
    if (id === undefined) return false;
    await tx.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, now]);
    return true;
  });
}

/** Answers false when no such user exists. */
export async function resetPassword(db: Db, username: string, password: string, now: Date, params?: ScryptParams): Promise<boolean> {
  const hash = await hashPassword(password, params);
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>('UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE username = $1 RETURNING id', [username, hash, now]);
    const id = rows[0]?.id;
    if (id === undefined) return false;
    await tx.query('UPDATE sessions SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL', [id, now]);
    return true;
  });
}
