// Workflow actions: the domain's state machine decides, with the caller's role as the server
// knows it and the recommendation the server computes from the stored findings.
import { dateInOffset, decideApplication, transition, WITA_OFFSET_MINUTES, type TransitionContext } from '../../domain';
import type { Change } from '../change';
import { syncMessages as m } from '../messages';
import type { WorkflowOperation } from '../operation';
import type { ApplicationReplica, DocumentRecord, WorkflowStep } from '../replica';
import { findingsOf } from '../replica';
import { headOf, nextAuditEvent } from './audit';
import { accept, reject, type ApplyContext, type ApplyOutcome } from './context';

/** The letter `sign` refers to, when it is a signed recommendation letter of this application. */
const letterToSign = (replica: ApplicationReplica, id: string | undefined): DocumentRecord | undefined =>
  replica.documents.find((d) => d.id === id && d.kind === 'recommendation_letter' && d.signed);

function transitionContext(replica: ApplicationReplica, op: WorkflowOperation, ctx: ApplyContext): TransitionContext {
  const assignedVerifierIds = replica.assignedTo === null ? [] : [replica.assignedTo];
  if (op.action === 'return_to_verifier') return { assignedVerifierIds, reason: op.reason };
  if (op.action !== 'submit_for_approval') return { assignedVerifierIds };
  const today = dateInOffset(ctx.now, WITA_OFFSET_MINUTES);
  const decision = decideApplication(replica.application, findingsOf(replica), today);
  return { assignedVerifierIds, recommendation: decision.kind, reason: replica.decision.reason?.value };
}

export function applyWorkflow(replica: ApplicationReplica, op: WorkflowOperation, ctx: ApplyContext): ApplyOutcome {
  if (op.reason !== undefined && op.action !== 'return_to_verifier') return reject('invalid_operation', m.reasonOnlyForReturn);
  if (op.documentId !== undefined && op.action !== 'sign') return reject('invalid_operation', m.documentOnlyForSign);
  const result = transition(replica.state, op.action, { role: ctx.actor.role, userId: ctx.actor.userId }, transitionContext(replica, op, ctx));
  if (!result.ok) return reject(result.error.code, result.error.message);
  const letter = letterToSign(replica, op.documentId);
  if (op.action === 'sign' && letter === undefined) return reject('document_not_found', m.signNeedsLetter);

  const t = result.value;
  return accept((seq) => {
    const at = ctx.now.toISOString();
    const step: WorkflowStep = {
      seq,
      opId: op.id,
      action: t.action,
      from: t.from,
      to: t.to,
      actorId: ctx.actor.userId,
      actorRole: ctx.actor.role,
      ...(ctx.actor.displayName === '' ? {} : { actorName: ctx.actor.displayName }),
      at,
      ...(t.reason === undefined ? {} : { reason: t.reason }),
      ...(t.recommendation === undefined ? {} : { recommendation: t.recommendation }),
    };
    const changes: Change[] = [{ kind: 'workflow', applicationId: op.applicationId, state: t.to, stateVersion: seq, step }];
    let documents = replica.documents;
    if (letter !== undefined) {
      const signature = { signerId: ctx.actor.userId, signerName: ctx.actor.displayName, signedOn: dateInOffset(ctx.now, WITA_OFFSET_MINUTES) };
      const signedLetter: DocumentRecord = { ...letter, signature };
      documents = documents.map((d) => (d.id === letter.id ? signedLetter : d));
      changes.push({ kind: 'document', applicationId: op.applicationId, document: signedLetter });
    }
    const event = nextAuditEvent(replica, { id: op.id, action: `workflow.${t.action}`, recordType: 'application', recordId: op.applicationId, payload: op }, ctx);
    changes.push({ kind: 'audit', applicationId: op.applicationId, event });
    return {
      replica: { ...replica, state: t.to, stateVersion: seq, history: [...replica.history, step], documents, auditHead: headOf(event) },
      changes,
    };
  });
}
