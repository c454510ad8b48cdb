// Applies one operation to one application's replica. Pure: the server loads the replica, calls
// this, and persists the commit; the in-memory model (model.ts) does the same without a database.
import { syncMessages as m } from '../messages';
import type { Operation } from '../operation';
import type { ApplicationReplica } from '../replica';
import { applyAssign, applyAuditNote } from './assignment';
import { reject, type Actor, type ApplyContext, type ApplyOutcome } from './context';
import { applyDocumentAttach } from './documents';
import { applyDecisionSet, applyFindingSet } from './records';
import { applyWorkflow } from './workflow';

/** Verifiers see only the applications assigned to them; supervisors and admins see all. */
export const canSee = (replica: Pick<ApplicationReplica, 'assignedTo'>, actor: Pick<Actor, 'role' | 'userId'>): boolean =>
  actor.role !== 'verifier' || replica.assignedTo === actor.userId;

export function applyOperation(replica: ApplicationReplica | undefined, op: Operation, ctx: ApplyContext): ApplyOutcome {
  // An application the caller may not see answers exactly as one that does not exist.
  if (replica === undefined || !canSee(replica, ctx.actor)) return reject('not_found', m.notFound(op.applicationId));
  switch (op.type) {
    case 'finding.set':
      return applyFindingSet(replica, op, ctx);
    case 'decision.set':
      return applyDecisionSet(replica, op, ctx);
    case 'workflow.act':
      return applyWorkflow(replica, op, ctx);
    case 'document.attach':
      return applyDocumentAttach(replica, op, ctx);
    case 'application.assign':
      return applyAssign(replica, op, ctx);
    case 'audit.note':
      return applyAuditNote(replica, op, ctx);
  }
}

export type { Actor, ApplyContext, ApplyOutcome, Commit, KnownDocument, KnownUser } from './context';
export { nextAuditEvent, type AuditFacts, type AuditWriter } from './audit';
export { intakeCommit, type Intake } from './intake';
