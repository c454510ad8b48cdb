import type { Migration } from './types';

// Applications and the records verifiers and supervisors make about them. Field values are kept
// with their version (the log entry that wrote them) and writer, which conflict detection needs.
// Calendar dates are text ('YYYY-MM-DD'): a SQL date would come back as a JS Date at local
// midnight and drift across time zones.
export const applications: Migration = {
  id: 3,
  name: 'applications',
  statements: [
    `CREATE TABLE applications (
      id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
      registration_number text NOT NULL,
      applicant_name text NOT NULL,
      kab_kota_code text NOT NULL CHECK (kab_kota_code ~ '^[0-9]{4}$'),
      received_at text NOT NULL CHECK (received_at ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
      data jsonb NOT NULL,
      assigned_to bigint REFERENCES users (id),
      assignment_version bigint NOT NULL,
      state text NOT NULL CHECK (state IN ('received', 'in_verification', 'awaiting_approval', 'returned', 'approved', 'signed', 'delivered')),
      state_version bigint NOT NULL,
      audit_seq integer,
      audit_hash text CHECK (audit_hash ~ '^[0-9a-f]{64}$'),
      imported_at timestamptz NOT NULL
    )`,
    `CREATE INDEX applications_by_assignee ON applications (assigned_to)`,
    `CREATE TABLE record_fields (
      application_id text NOT NULL REFERENCES applications (id),
      record text NOT NULL CHECK (record ~ '^(finding/R[1-8]|decision)$'),
      field text NOT NULL,
      value jsonb NOT NULL,
      version bigint NOT NULL,
      user_id bigint NOT NULL REFERENCES users (id),
      client_id uuid NOT NULL,
      PRIMARY KEY (application_id, record, field)
    )`,
    `CREATE TABLE workflow_steps (
      application_id text NOT NULL REFERENCES applications (id),
      seq bigint NOT NULL,
      step jsonb NOT NULL,
      PRIMARY KEY (application_id, seq)
    )`,
    `CREATE TABLE documents (
      id text PRIMARY KEY,
      application_id text NOT NULL REFERENCES applications (id),
      kind text NOT NULL CHECK (kind IN ('verification_report', 'recommendation_letter')),
      sha256 text NOT NULL REFERENCES blobs (sha256),
      signed boolean NOT NULL,
      record jsonb NOT NULL,
      signed_seq bigint
    )`,
    `CREATE INDEX documents_by_application ON documents (application_id)`,
    `CREATE INDEX documents_by_signature ON documents (signed_seq) WHERE signed_seq IS NOT NULL`,
    // Which applications name a blob: a verifier may download only those of their applications.
    `CREATE TABLE blob_refs (
      sha256 text NOT NULL REFERENCES blobs (sha256),
      application_id text NOT NULL REFERENCES applications (id),
      PRIMARY KEY (sha256, application_id)
    )`,
    `CREATE INDEX blob_refs_by_application ON blob_refs (application_id)`,
  ],
};
