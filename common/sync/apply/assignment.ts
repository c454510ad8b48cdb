// Assigning an application to a verifier, and audit notes.
import type { Change } from '../change';
import { isConflict } from '../fields';
import { syncMessages as m } from '../messages';
import type { AssignOperation, AuditNoteOperation } from '../operation';
import type { ApplicationReplica } from '../replica';
import { headOf, nextAuditEvent } from './audit';
import { accept, reject, type ApplyContext, type ApplyOutcome } from './context';

/**
 * Two supervisors reassigning the same file from stale screens is a conflict like any other
 * field: the assignment's version is the `base` they saw. Assignment writes carry no client id,
 * so a device is never exempt here; assigning the same verifier again is not a conflict.
 */
export function applyAssign(replica: ApplicationReplica, op: AssignOperation, ctx: ApplyContext): ApplyOutcome {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin') return reject('forbidden', m.assignNotAllowed);
  if (replica.state === 'signed' || replica.state === 'delivered') return reject('not_editable', m.assignClosed(replica.state));
  const user = ctx.user(op.verifierId);
  if (user?.role !== 'verifier' || !user.active) return reject('unknown_verifier', m.unknownVerifier(op.verifierId));
  const stored =
    replica.assignedTo === null
      ? undefined
      : { value: replica.assignedTo, version: replica.assignmentVersion, userId: replica.assignedTo, clientId: '' };
  if (isConflict(stored, { value: op.verifierId, base: op.base }, ctx.clientId) && stored !== undefined) {
    return {
      kind: 'conflict',
      conflicts: [{ record: 'assignment', field: 'verifierId', server: { value: stored.value, version: stored.version, userId: stored.userId }, client: op.verifierId }],
    };
  }
  return accept((seq) => {
    const event = nextAuditEvent(replica, { id: op.id, action: 'application.assign', recordType: 'application', recordId: op.applicationId, payload: op }, ctx);
    const next: ApplicationReplica = { ...replica, assignedTo: op.verifierId, assignmentVersion: seq, auditHead: headOf(event) };
    const changes: Change[] = [
      { kind: 'application', applicationId: op.applicationId, replica: next },
      { kind: 'audit', applicationId: op.applicationId, event },
    ];
    const former = replica.assignedTo;
    return former !== null && former !== op.verifierId ? { replica: next, changes, formerAssignee: former } : { replica: next, changes };
  });
}

export function applyAuditNote(replica: ApplicationReplica, op: AuditNoteOperation, ctx: ApplyContext): ApplyOutcome {
  return accept(() => {
    const event = nextAuditEvent(replica, { id: op.id, action: op.action, recordType: op.recordType, recordId: op.recordId, payload: op }, ctx);
    const changes: Change[] = [{ kind: 'audit', applicationId: op.applicationId, event }];
    return { replica: { ...replica, auditHead: headOf(event) }, changes };
  });
}
