// Append-only audit trail. Each event carries the hash of the one before it, so changing,
// removing or reordering any event breaks the chain at that point. What the chain cannot show
// by itself is the silent removal of the newest events: whoever holds the trail should also
// keep (or publish) the latest hash — verifyAuditChain accepts it as `expectedHead`.
import { z } from 'zod';
import { sha256HexSchema } from './application';
import { canonicalJson, type CanonicalValue } from './canonical-json';
import { sha256Hex } from './sha256';
import { roles } from './workflow';

export const GENESIS_HASH = '0'.repeat(64);

export const auditActorSchema = z.object({
  userId: z.string().min(1).max(128),
  /** 'system' for what the server does on its own (imports, scheduled sync). */
  role: z.enum([...roles, 'system']),
});
export type AuditActor = z.infer<typeof auditActorSchema>;

export const auditEventSchema = z.object({
  id: z.string().min(1).max(128),
  /** 1 for the first event, then consecutive. */
  seq: z.number().int().positive(),
  actor: auditActorSchema,
  /** What happened, e.g. 'finding.set', 'workflow.approve', 'document.signed'. */
  action: z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/),
  recordType: z.string().min(1).max(64),
  recordId: z.string().min(1).max(128),
  /** ISO instant with offset, as recorded by the process that made the change. */
  at: z.iso.datetime({ offset: true }),
  /** Hash of the canonical JSON of what changed, when there is a payload. */
  payloadHash: sha256HexSchema.optional(),
  prevHash: sha256HexSchema,
  hash: sha256HexSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventFields = Omit<AuditEvent, 'seq' | 'prevHash' | 'hash'>;

/** Hash of a payload for `payloadHash`. */
export const hashPayload = (payload: CanonicalValue): string => sha256Hex(canonicalJson(payload));

/** The hash an event must carry: over every field except `hash` itself. */
export function auditEventHash(event: Omit<AuditEvent, 'hash'>): string {
  const { id, seq, actor, action, recordType, recordId, at, payloadHash, prevHash } = event;
  return sha256Hex(canonicalJson({ id, seq, actor: { userId: actor.userId, role: actor.role }, action, recordType, recordId, at, payloadHash, prevHash }));
}

/** The next event after `previous` (undefined for the first event of a trail). */
export function appendAuditEvent(previous: AuditEvent | undefined, fields: AuditEventFields): AuditEvent {
  const unhashed = { ...fields, seq: previous ? previous.seq + 1 : 1, prevHash: previous ? previous.hash : GENESIS_HASH };
  return { ...unhashed, hash: auditEventHash(unhashed) };
}

export type AuditChainBreak = 'seq_gap' | 'prev_hash_mismatch' | 'hash_mismatch' | 'head_mismatch';
export type AuditChainResult = { readonly ok: true } | { readonly ok: false; readonly index: number; readonly reason: AuditChainBreak };

export interface AuditChainAnchor {
  /** The event just before `events[0]` when verifying a later page; absent for a whole trail. */
  readonly after?: Pick<AuditEvent, 'seq' | 'hash'>;
  /** The latest hash held elsewhere: detects events removed from the end. */
  readonly expectedHead?: string;
}

/** Finds the first event whose link is broken, by index into `events`. */
export function verifyAuditChain(events: readonly AuditEvent[], anchor: AuditChainAnchor = {}): AuditChainResult {
  let prevSeq = anchor.after?.seq ?? 0;
  let prevHash = anchor.after?.hash ?? GENESIS_HASH;
  for (const [index, event] of events.entries()) {
    if (event.seq !== prevSeq + 1) return { ok: false, index, reason: 'seq_gap' };
    if (event.prevHash !== prevHash) return { ok: false, index, reason: 'prev_hash_mismatch' };
    if (auditEventHash(event) !== event.hash) return { ok: false, index, reason: 'hash_mismatch' };
    prevSeq = event.seq;
    prevHash = event.hash;
  }
  if (anchor.expectedHead !== undefined && anchor.expectedHead !== prevHash) {
    return { ok: false, index: events.length, reason: 'head_mismatch' };
  }
  return { ok: true };
}
