// Finding and decision edits: only the assigned verifier, only while the application is in
// verification, field by field with conflict detection.
import { findingSchema, type RequirementId } from '../../domain';
import type { Change } from '../change';
import { conflictsOf } from '../fields';
import { syncMessages as m } from '../messages';
import type { DecisionSetOperation, FindingSetOperation } from '../operation';
import type { ApplicationReplica, DecisionFields, FindingFields } from '../replica';
import { findingsOf } from '../replica';
import { headOf, nextAuditEvent } from './audit';
import { accept, reject, retry, type ApplyContext, type ApplyOutcome } from './context';

/** Why the caller may not edit findings or the decision now, or undefined when they may. */
function editRefusal(replica: ApplicationReplica, ctx: ApplyContext): ApplyOutcome | undefined {
  if (ctx.actor.role !== 'verifier' || replica.assignedTo !== ctx.actor.userId) return reject('forbidden', m.onlyAssignedVerifier);
  if (replica.state !== 'in_verification') return reject('not_editable', m.notEditable(replica.state));
  return undefined;
}

/** Stamps each changed field with the new version and its writer. */
function stamp<F extends Record<string, unknown>>(current: F, changes: Record<string, { value: unknown } | undefined>, seq: number, ctx: ApplyContext): F {
  const next: Record<string, unknown> = { ...current };
  for (const [field, change] of Object.entries(changes)) {
    if (change === undefined) continue;
    next[field] = { value: change.value, version: seq, userId: ctx.actor.userId, clientId: ctx.clientId };
  }
  return next as F;
}

export function applyFindingSet(replica: ApplicationReplica, op: FindingSetOperation, ctx: ApplyContext): ApplyOutcome {
  const refusal = editRefusal(replica, ctx);
  if (refusal !== undefined) return refusal;
  const record = `finding/${op.requirement}`;
  const current: FindingFields = replica.findings[op.requirement] ?? {};

  // The finding as it would be after this edit must be one the domain accepts.
  const merged = findingsOf({ findings: { [op.requirement]: stamp(current, op.changes, 1, ctx) } })[0];
  if (merged !== undefined) {
    const check = findingSchema.safeParse(merged);
    if (!check.success) return reject('invalid_operation', m.invalid(check.error.issues.map((i) => i.message).join('; ')));
  }
  for (const ref of op.changes.evidence?.value ?? []) {
    if (ref.kind === 'photo' && !ctx.hasBlob(ref.blobSha256)) return retry('blob_missing', m.blobMissing(ref.blobSha256));
  }
  const conflicts = conflictsOf(record, current, op.changes, ctx.clientId);
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };

  return accept((seq) => {
    const fields = stamp(current, op.changes, seq, ctx);
    const event = nextAuditEvent(replica, { id: op.id, action: 'finding.set', recordType: 'finding', recordId: `${op.applicationId}/${op.requirement}`, payload: op }, ctx);
    const findings: Partial<Record<RequirementId, FindingFields>> = { ...replica.findings, [op.requirement]: fields };
    const changes: Change[] = [
      { kind: 'finding', applicationId: op.applicationId, requirement: op.requirement, fields },
      { kind: 'audit', applicationId: op.applicationId, event },
    ];
    return { replica: { ...replica, findings, auditHead: headOf(event) }, changes };
  });
}

export function applyDecisionSet(replica: ApplicationReplica, op: DecisionSetOperation, ctx: ApplyContext): ApplyOutcome {
  const refusal = editRefusal(replica, ctx);
  if (refusal !== undefined) return refusal;
  const current: DecisionFields = replica.decision;
  const conflicts = conflictsOf('decision', current, op.changes, ctx.clientId);
  if (conflicts.length > 0) return { kind: 'conflict', conflicts };
  return accept((seq) => {
    const fields = stamp(current, op.changes, seq, ctx);
    const event = nextAuditEvent(replica, { id: op.id, action: 'decision.set', recordType: 'decision', recordId: op.applicationId, payload: op }, ctx);
    const changes: Change[] = [
      { kind: 'decision', applicationId: op.applicationId, fields },
      { kind: 'audit', applicationId: op.applicationId, event },
    ];
    return { replica: { ...replica, decision: fields, auditHead: headOf(event) }, changes };
  });
}
