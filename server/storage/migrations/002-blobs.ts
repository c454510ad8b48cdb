import type { Migration } from './types';

// Blobs whose bytes arrived completely and matched their SHA-256. The bytes live on disk
// (content-addressed); this table is what the server trusts when an operation names a blob.
export const blobs: Migration = {
  id: 2,
  name: 'blobs',
  statements: [
    `CREATE TABLE blobs (
      sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      size bigint NOT NULL CHECK (size >= 0),
      stored_at timestamptz NOT NULL,
      uploaded_by bigint REFERENCES users (id)
    )`,
  ],
};
