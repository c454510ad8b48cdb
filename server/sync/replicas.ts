// Reads an application's replica from the tables the sync log's changes are written into.
import { applicationSchema, requirementIdSchema, workflowStateSchema, type Application, type RequirementId } from '../../common/domain';
import {
  decisionFieldsSchema,
  documentRecordSchema,
  findingFieldsSchema,
  workflowStepSchema,
  type ApplicationReplica,
  type DecisionFields,
  type FindingFields,
} from '../../common/sync';
import type { Queryable } from '../storage/db';

/**
 * Parsed applications by id. Application data never changes after intake, so a parsed copy is
 * valid in every process for as long as it lives; members lists can be 100,000 rows long.
 */
export class ApplicationCache {
  private readonly parsed = new Map<string, Application>();
  private static readonly LIMIT = 64;

  get(id: string, data: unknown): Application {
    const hit = this.parsed.get(id);
    if (hit !== undefined) return hit;
    const application = applicationSchema.parse(data);
    if (this.parsed.size >= ApplicationCache.LIMIT) {
      const oldest = this.parsed.keys().next().value;
      if (oldest !== undefined) this.parsed.delete(oldest);
    }
    this.parsed.set(id, application);
    return application;
  }
}

interface ApplicationRow {
  data: unknown;
  assigned_to: number | null;
  assignment_version: number;
  state: string;
  state_version: number;
  audit_seq: number | null;
  audit_hash: string | null;
}

interface FieldRow {
  record: string;
  field: string;
  value: unknown;
  version: number;
  user_id: number;
  client_id: string;
}

function recordsOf(rows: readonly FieldRow[]): { findings: Partial<Record<RequirementId, FindingFields>>; decision: DecisionFields } {
  const grouped = new Map<string, Record<string, unknown>>();
  for (const r of rows) {
    const fields = grouped.get(r.record) ?? {};
    fields[r.field] = { value: r.value, version: r.version, userId: String(r.user_id), clientId: r.client_id };
    grouped.set(r.record, fields);
  }
  const findings: Partial<Record<RequirementId, FindingFields>> = {};
  let decision: DecisionFields = {};
  for (const [record, fields] of grouped) {
    if (record === 'decision') decision = decisionFieldsSchema.parse(fields);
    else findings[requirementIdSchema.parse(record.slice('finding/'.length))] = findingFieldsSchema.parse(fields);
  }
  return { findings, decision };
}

export async function loadReplica(tx: Queryable, id: string, cache: ApplicationCache): Promise<ApplicationReplica | undefined> {
  const { rows } = await tx.query<ApplicationRow>(
    'SELECT data, assigned_to, assignment_version, state, state_version, audit_seq, audit_hash FROM applications WHERE id = $1',
    [id],
  );
  const app = rows[0];
  if (app === undefined) return undefined;
  const fields = await tx.query<FieldRow>('SELECT record, field, value, version, user_id, client_id FROM record_fields WHERE application_id = $1', [id]);
  const steps = await tx.query<{ step: unknown }>('SELECT step FROM workflow_steps WHERE application_id = $1 ORDER BY seq', [id]);
  const documents = await tx.query<{ record: unknown }>('SELECT record FROM documents WHERE application_id = $1 ORDER BY id COLLATE "C"', [id]);
  return {
    application: cache.get(id, app.data),
    assignedTo: app.assigned_to === null ? null : String(app.assigned_to),
    assignmentVersion: app.assignment_version,
    state: workflowStateSchema.parse(app.state),
    stateVersion: app.state_version,
    history: steps.rows.map((r) => workflowStepSchema.parse(r.step)),
    ...recordsOf(fields.rows),
    documents: documents.rows.map((r) => documentRecordSchema.parse(r.record)),
    auditHead: app.audit_seq === null || app.audit_hash === null ? null : { seq: app.audit_seq, hash: app.audit_hash },
  };
}
