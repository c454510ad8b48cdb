// Every accepted operation adds one event to its application's audit trail, hashed with the
// domain's chain rule. The server writes the trail: actor and time are the server's, not the
// client's, so the trail says who the server authenticated and when it accepted the change.
import { auditEventHash, GENESIS_HASH, hashPayload, type AuditEvent, type CanonicalValue } from '../../domain';
import type { ApplicationReplica } from '../replica';

export interface AuditFacts {
  readonly id: string;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string;
  /** What changed; its hash goes into the event. */
  readonly payload: unknown;
}

export interface AuditWriter {
  readonly actor: { readonly userId: string; readonly role: AuditEvent['actor']['role'] };
  readonly now: Date;
}

export function nextAuditEvent(replica: Pick<ApplicationReplica, 'auditHead'>, facts: AuditFacts, ctx: AuditWriter): AuditEvent {
  const head = replica.auditHead;
  const unhashed = {
    id: facts.id,
    seq: (head?.seq ?? 0) + 1,
    actor: { userId: ctx.actor.userId, role: ctx.actor.role },
    action: facts.action,
    recordType: facts.recordType,
    recordId: facts.recordId,
    at: ctx.now.toISOString(),
    // Operations are parsed JSON, so they are canonical values.
    payloadHash: hashPayload(facts.payload as CanonicalValue),
    prevHash: head?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: auditEventHash(unhashed) };
}

export const headOf = (event: AuditEvent): { seq: number; hash: string } => ({ seq: event.seq, hash: event.hash });
