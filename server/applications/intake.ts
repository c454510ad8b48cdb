// Intake of an application from the licensing office (the admin's `packet:import`): the
// application is validated with the domain schema, its documents must already be stored as
// blobs, and it enters the sync log like any other change so that clients pull it.
import { randomUUID } from 'node:crypto';
import { applicationSchema, type Application } from '../../common/domain';
import { audienceOf, intakeCommit, type LogEntry } from '../../common/sync';
import { json, type Db } from '../storage/db';
import { persistEntry } from '../sync/persist';
import { lockSyncLog, nextSeq } from '../sync/sequence';
import { findUserByUsername } from '../auth/users';

export class IntakeError extends Error {
  override name = 'IntakeError';
}

export function parseApplication(input: unknown): Application {
  const parsed = applicationSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'berkas'}: ${i.message}`);
  throw new IntakeError(`Data permohonan tidak valid:\n  ${issues.join('\n  ')}`);
}

async function assigneeId(db: Db, username: string | null): Promise<string | null> {
  if (username === null) return null;
  const user = await findUserByUsername(db, username);
  if (user?.role !== 'verifier' || user.disabled_at !== null) {
    throw new IntakeError(`Pengguna "${username}" bukan verifikator yang aktif.`);
  }
  return String(user.id);
}

/** `opId` names the intake in the log; tests pass a fixed one to compare with the model. */
export async function importApplication(db: Db, application: Application, assignee: string | null, now: Date, opId: string = randomUUID()): Promise<LogEntry> {
  const assignedTo = await assigneeId(db, assignee);
  return db.transaction(async (tx) => {
    await lockSyncLog(tx);
    const exists = await tx.query('SELECT 1 FROM applications WHERE id = $1', [application.id]);
    if (exists.rows.length > 0) throw new IntakeError(`Permohonan ${application.id} sudah ada di server.`);
    const shas = application.documents.map((d) => d.sha256);
    const stored = await tx.query<{ sha256: string }>('SELECT sha256 FROM blobs WHERE sha256 IN (SELECT jsonb_array_elements_text($1::jsonb))', [json(shas)]);
    const present = new Set(stored.rows.map((r) => r.sha256));
    const missing = application.documents.filter((d) => !present.has(d.sha256));
    if (missing.length > 0) throw new IntakeError(`Berkas dokumen belum tersimpan di server: ${missing.map((d) => d.fileName).join(', ')}.`);

    const seq = await nextSeq(tx);
    const commit = intakeCommit({ application, assignedTo, opId, now }, seq);
    await tx.query(
      `INSERT INTO applications (id, registration_number, applicant_name, kab_kota_code, received_at, data, assigned_to, assignment_version, state, state_version, imported_at)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, $11)`,
      [
        application.id,
        application.registrationNumber,
        application.applicant.name,
        application.subBranch.kabKotaCode,
        application.receivedAt,
        json(application),
        assignedTo === null ? null : Number(assignedTo),
        commit.replica.assignmentVersion,
        commit.replica.state,
        commit.replica.stateVersion,
        now,
      ],
    );
    for (const sha of new Set(shas)) await tx.query('INSERT INTO blob_refs (sha256, application_id) VALUES ($1, $2)', [sha, application.id]);
    const entry: LogEntry = { seq, opId, authorId: null, at: now.toISOString(), changes: [...commit.changes] };
    await persistEntry(tx, entry, audienceOf(commit), application.id);
    return entry;
  });
}
