import type { Migration } from './types';

// The log of accepted changes that clients pull, the receipts that make pushes idempotent, and
// each application's hash-chained audit trail. Sequence numbers come from a database sequence
// drawn under a transaction-scoped advisory lock (see storage/db.ts), never from a process.
export const syncLog: Migration = {
  id: 4,
  name: 'sync-log',
  statements: [
    `CREATE SEQUENCE sync_seq AS bigint MINVALUE 1`,
    `CREATE TABLE sync_log (
      seq bigint PRIMARY KEY,
      op_id uuid NOT NULL,
      author_id bigint REFERENCES users (id),
      at timestamptz NOT NULL,
      application_id text REFERENCES applications (id),
      everyone boolean NOT NULL,
      verifier_id bigint REFERENCES users (id),
      former_verifier_id bigint REFERENCES users (id),
      changes jsonb NOT NULL
    )`,
    `CREATE INDEX sync_log_by_verifier ON sync_log (verifier_id, seq)`,
    `CREATE INDEX sync_log_by_former_verifier ON sync_log (former_verifier_id, seq) WHERE former_verifier_id IS NOT NULL`,
    `CREATE INDEX sync_log_for_everyone ON sync_log (seq) WHERE everyone`,
    `CREATE TABLE sync_receipts (
      op_id uuid PRIMARY KEY,
      user_id bigint NOT NULL REFERENCES users (id),
      fingerprint text NOT NULL CHECK (fingerprint ~ '^[0-9a-f]{64}$'),
      answer jsonb,
      received_at timestamptz NOT NULL
    )`,
    `CREATE TABLE audit_events (
      application_id text NOT NULL REFERENCES applications (id),
      seq integer NOT NULL CHECK (seq >= 1),
      event jsonb NOT NULL,
      hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
      PRIMARY KEY (application_id, seq)
    )`,
  ],
};
