import type { Migration } from './types';

// Users, their sessions, and login attempts (for rate limiting). Times are written by the server
// from its clock rather than by now() in SQL, so that tests can move time without sleeping.
export const usersAndSessions: Migration = {
  id: 1,
  name: 'users-and-sessions',
  statements: [
    `CREATE TABLE users (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      username text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
      display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
      nip text CHECK (nip ~ '^[0-9]{18}$'),
      role text NOT NULL CHECK (role IN ('verifier', 'supervisor', 'admin', 'licensing_office')),
      password_hash text NOT NULL,
      created_at timestamptz NOT NULL,
      password_changed_at timestamptz NOT NULL,
      disabled_at timestamptz
    )`,
    `CREATE TABLE sessions (
      token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      user_id bigint NOT NULL REFERENCES users (id),
      created_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz
    )`,
    `CREATE INDEX sessions_by_user ON sessions (user_id)`,
    `CREATE TABLE login_attempts (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      username text NOT NULL,
      ip text NOT NULL,
      succeeded boolean NOT NULL,
      at timestamptz NOT NULL
    )`,
    `CREATE INDEX login_attempts_by_username ON login_attempts (username, at)`,
    `CREATE INDEX login_attempts_by_ip ON login_attempts (ip, at)`,
  ],
};
