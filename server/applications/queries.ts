// Reading applications for people and programs (the sync log is for replicas; these are for a
// supervisor's list, a fresh client's first load, and the admin's CLI).
import type { ApplicationSummary } from '../../common/contract/http';
import { auditEventSchema, type AuditEvent } from '../../common/domain';
import { canSee, namedReplica, unnamedActorsOf, type ApplicationReplica, type Viewer } from '../../common/sync';
import type { Db } from '../storage/db';
import { namesOf } from '../sync/names';
import { loadReplica, type ApplicationCache } from '../sync/replicas';

interface SummaryRow {
  id: string;
  registration_number: string;
  applicant_name: string;
  kab_kota_code: string;
  received_at: string;
  state: ApplicationSummary['state'];
  assigned_to: number | null;
}

/** Summaries the viewer may see; `undefined` viewer (the admin CLI on the server) sees all. */
export async function listApplications(db: Db, viewer: Viewer | undefined): Promise<ApplicationSummary[]> {
  const onlyFor = viewer?.role === 'verifier' ? Number(viewer.userId) : null;
  const { rows } = await db.query<SummaryRow>(
    `SELECT id, registration_number, applicant_name, kab_kota_code, received_at, state, assigned_to
     FROM applications WHERE $1::bigint IS NULL OR assigned_to = $1 ORDER BY received_at, id COLLATE "C"`,
    [onlyFor],
  );
  return rows.map((r) => ({
    id: r.id,
    registrationNumber: r.registration_number,
    applicantName: r.applicant_name,
    kabKotaCode: r.kab_kota_code,
    receivedAt: r.received_at,
    state: r.state,
    assignedTo: r.assigned_to === null ? null : String(r.assigned_to),
  }));
}

/**
 * The replica and the log position it reflects, read in one snapshot so that a client can load
 * it and continue pulling from `seq` without a gap.
 */
export async function readApplication(db: Db, cache: ApplicationCache, viewer: Viewer, id: string): Promise<{ replica: ApplicationReplica; seq: number } | undefined> {
  return db.transaction(async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    const replica = await loadReplica(tx, id, cache);
    if (replica === undefined || !canSee(replica, viewer)) return undefined;
    const { rows } = await tx.query<{ head: number }>('SELECT COALESCE(max(seq), 0) AS head FROM sync_log');
    return { replica: namedReplica(replica, await namesOf(tx, unnamedActorsOf(replica))), seq: rows[0]?.head ?? 0 };
  });
}

export async function auditTrail(db: Db, viewer: Viewer, id: string): Promise<AuditEvent[] | undefined> {
  const { rows } = await db.query<{ assigned_to: number | null }>('SELECT assigned_to FROM applications WHERE id = $1', [id]);
  const app = rows[0];
  if (app === undefined || !canSee({ assignedTo: app.assigned_to === null ? null : String(app.assigned_to) }, viewer)) return undefined;
  const events = await db.query<{ event: unknown }>('SELECT event FROM audit_events WHERE application_id = $1 ORDER BY seq', [id]);
  return events.rows.map((r) => auditEventSchema.parse(r.event));
}
