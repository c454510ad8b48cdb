// This installation's audit trail: one hash chain (common/domain/audit) per installation, so
// that a laptop working offline never forks it. (The server keeps its own chain per application
// of the changes it accepted; an event here has the same id as the server's event for the same
// operation.) The last event is read inside the same
// read-write transaction that appends the next one; IndexedDB runs overlapping read-write
// transactions one after another, so two windows saving at once still make a single chain.
import { appendAuditEvent, hashPayload, verifyAuditChain, type AuditChainResult, type AuditEvent } from '../../common/domain/audit';
import type { CanonicalValue } from '../../common/domain/canonical-json';
import type { VerikopDb } from './database';
import type { Actor } from './model';

/** The domain's event, plus what the local database indexes and shows. */
export type AuditEventRow = AuditEvent & {
  readonly applicationId: string;
  /** What changed; `payloadHash` is its hash, so the trail proves the content too. */
  readonly payload?: CanonicalValue;
};

export interface AuditDraft {
  /** The id of the operation written with the event (or a fresh UUID when there is none). */
  readonly id: string;
  readonly actor: Actor;
  readonly at: string;
  readonly action: string;
  readonly applicationId: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly payload: CanonicalValue;
}

/** Appends an event; call only inside a read-write transaction over auditEvents and syncState. */
/** The newest event, which the next one chains to. */
export function auditHead(db: VerikopDb): Promise<AuditEventRow | undefined> {
  return db.auditEvents.orderBy('seq').last();
}

/**
 * Appends the next event of the chain. `head` may be read earlier in the same read-write
 * transaction (userChange starts that read alongside the change's own reads, saving a round
 * trip); nothing else in the transaction may have appended since.
 */
export async function appendAudit(db: VerikopDb, draft: AuditDraft, head: Promise<AuditEventRow | undefined> = auditHead(db)): Promise<AuditEventRow> {
  const last = await head;
  const event = appendAuditEvent(last, {
    id: draft.id,
    actor: { userId: draft.actor.userId, role: draft.actor.role },
    action: draft.action,
    recordType: draft.recordType,
    recordId: draft.recordId,
    at: draft.at,
    payloadHash: hashPayload(draft.payload),
  });
  const row: AuditEventRow = { ...event, applicationId: draft.applicationId, payload: draft.payload };
  await db.auditEvents.add(row);
  return row;
}

/** The events about one application, oldest first. */
export async function listAuditEvents(db: VerikopDb, applicationId: string): Promise<AuditEventRow[]> {
  const rows = await db.auditEvents.where('applicationId').equals(applicationId).toArray();
  return rows.sort((a, b) => a.seq - b.seq);
}

export type LocalAuditCheck = AuditChainResult | { readonly ok: false; readonly index: number; readonly reason: 'payload_mismatch' };

/**
 * Verifies the whole local trail with the domain's verifier, and that each stored payload still
 * has the hash its event recorded. `expectedHead` (a hash kept elsewhere, e.g. acknowledged by
 * the server) also detects events removed from the end.
 */
export async function verifyLocalAuditTrail(db: VerikopDb, expectedHead?: string): Promise<LocalAuditCheck> {
  const events = await db.auditEvents.orderBy('seq').toArray();
  const chain = verifyAuditChain(events, expectedHead === undefined ? {} : { expectedHead });
  if (!chain.ok) return chain;
  const index = events.findIndex((e) => e.payload !== undefined && hashPayload(e.payload) !== e.payloadHash);
  return index === -1 ? chain : { ok: false, index, reason: 'payload_mismatch' };
}
