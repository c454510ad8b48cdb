// Writes an accepted operation: its log entry with the audience fixed at write time, and each
// change into the tables replicas are read from. Every write is an upsert keyed by the record,
// so persisting is a plain function of the entry.
import type { Audience, Change, LogEntry } from '../../common/sync';
import { json, type Queryable } from '../storage/db';

const userKey = (id: string | null): number | null => (id === null ? null : Number(id));

export async function insertLogEntry(tx: Queryable, entry: LogEntry, audience: Audience, applicationId: string | null): Promise<void> {
  await tx.query(
    `INSERT INTO sync_log (seq, op_id, author_id, at, application_id, everyone, verifier_id, former_verifier_id, changes)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)`,
    [
      entry.seq,
      entry.opId,
      userKey(entry.authorId),
      new Date(entry.at),
      applicationId,
      audience.everyone,
      userKey(audience.verifierId),
      userKey(audience.formerVerifierId),
      json(entry.changes),
    ],
  );
}

async function upsertFields(tx: Queryable, applicationId: string, record: string, fields: Record<string, { value: unknown; version: number; userId: string; clientId: string } | undefined>): Promise<void> {
  for (const [field, stored] of Object.entries(fields)) {
    if (stored === undefined) continue;
    await tx.query(
      `INSERT INTO record_fields (application_id, record, field, value, version, user_id, client_id)
       VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7)
       ON CONFLICT (application_id, record, field)
       DO UPDATE SET value = EXCLUDED.value, version = EXCLUDED.version, user_id = EXCLUDED.user_id, client_id = EXCLUDED.client_id`,
      [applicationId, record, field, json(stored.value), stored.version, Number(stored.userId), stored.clientId],
    );
  }
}

async function addBlobRef(tx: Queryable, sha256: string, applicationId: string): Promise<void> {
  await tx.query('INSERT INTO blob_refs (sha256, application_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [sha256, applicationId]);
}

/** Persists one change of an entry (for `application` changes, only the assignment moves). */
async function persistChange(tx: Queryable, change: Change, seq: number): Promise<void> {
  switch (change.kind) {
    case 'application':
      await tx.query('UPDATE applications SET assigned_to = $2, assignment_version = $3 WHERE id = $1', [
        change.applicationId,
        userKey(change.replica.assignedTo),
        change.replica.assignmentVersion,
      ]);
      return;
    case 'finding':
      await upsertFields(tx, change.applicationId, `finding/${change.requirement}`, change.fields);
      for (const ref of change.fields.evidence?.value ?? []) {
        if (ref.kind === 'photo') await addBlobRef(tx, ref.blobSha256, change.applicationId);
      }
      return;
    case 'decision':
      await upsertFields(tx, change.applicationId, 'decision', change.fields);
      return;
    case 'workflow':
      await tx.query('UPDATE applications SET state = $2, state_version = $3 WHERE id = $1', [change.applicationId, change.state, change.stateVersion]);
      await tx.query('INSERT INTO workflow_steps (application_id, seq, step) VALUES ($1, $2, $3::jsonb)', [change.applicationId, change.step.seq, json(change.step)]);
      return;
    case 'document': {
      const d = change.document;
      await tx.query(
        `INSERT INTO documents (id, application_id, kind, sha256, signed, record, signed_seq) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
         ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record, signed_seq = COALESCE(documents.signed_seq, EXCLUDED.signed_seq)`,
        [d.id, change.applicationId, d.kind, d.sha256, d.signed, json(d), d.signature === undefined ? null : seq],
      );
      await addBlobRef(tx, d.sha256, change.applicationId);
      return;
    }
    case 'audit':
      await tx.query('INSERT INTO audit_events (application_id, seq, event, hash) VALUES ($1, $2, $3::jsonb, $4)', [
        change.applicationId,
        change.event.seq,
        json(change.event),
        change.event.hash,
      ]);
      await tx.query('UPDATE applications SET audit_seq = $2, audit_hash = $3 WHERE id = $1', [change.applicationId, change.event.seq, change.event.hash]);
      return;
    case 'application_unassigned':
    case 'calendar':
      // Not stored per application: unassignment is a view of an `application` change, and the
      // calendar has its own table (calendar/store.ts).
      return;
  }
}

export async function persistEntry(tx: Queryable, entry: LogEntry, audience: Audience, applicationId: string | null): Promise<void> {
  await insertLogEntry(tx, entry, audience, applicationId);
  for (const change of entry.changes) await persistChange(tx, change, entry.seq);
}
