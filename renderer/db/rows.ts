// The shapes stored in each table. Rows are plain structured-clone data (no classes, no Dates:
// instants are ISO strings, calendar dates 'YYYY-MM-DD'), so they survive IndexedDB unchanged.
import type { Application } from '../../common/domain/application';
import type { CalendarDate } from '../../common/domain/dates';
import type { WorkflowAction } from '../../common/domain/workflow';
import type { FindingDraft, OperationType, RequirementId, WorkflowState } from './model';

/**
 * Server sequence number of the last server change applied to a row; 0 while the row has only
 * ever been changed here. Operations carry it as their base so the server can tell a
 * concurrent edit from a later one.
 */
export type Revision = number;

export interface ApplicationRow {
  readonly id: string;
  readonly registrationNumber: string;
  readonly applicantName: string;
  /** Kab/kota of the planned KCP: the place the verifier travels to. */
  readonly kabKotaCode: string;
  readonly state: WorkflowState;
  readonly assignee: string;
  readonly receivedAt: CalendarDate;
  /** End of the 30-working-day clock, computed by the domain calendar when written. */
  readonly deadline: CalendarDate;
  readonly application: Application;
  /** Normalised words for text search (schema v2). */
  readonly searchWords: readonly string[];
  readonly revision: Revision;
  readonly updatedAt: string;
}

/** A FindingDraft as stored, with who changed it last and its server revision. */
export type FindingRow = FindingDraft & {
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly revision: Revision;
};

/**
 * One evidence reference of a finding, with the SHA-256 of the bytes it points at (a submitted
 * document from the packet, or a site photo). Derived from the finding and rewritten with it in
 * the same transaction; it answers "which vault files does this file's evidence need" (blobs go
 * to the server before the operations naming them; the vault must not drop them) and "which
 * pages are pinned" without reading every finding.
 */
export interface EvidenceRow {
  /** `${applicationId}:${requirement}:${position in the finding's list}` */
  readonly id: string;
  readonly applicationId: string;
  readonly requirement: RequirementId;
  readonly kind: 'document' | 'photo';
  readonly sha256: string;
  readonly documentId?: string;
  readonly page?: number;
}

export interface DraftRow {
  readonly applicationId: string;
  readonly decision: 'issue' | 'reject' | null;
  readonly reasons: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly revision: Revision;
}

/** One submit / return / approve / sign … on a file: its history of returns and resubmissions. */
export interface ApprovalRow {
  readonly id: string;
  readonly applicationId: string;
  readonly action: WorkflowAction;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly reason?: string;
  /** On submission: the recommendation the verifier submitted (penerbitan or penolakan). */
  readonly recommendation?: 'issue' | 'reject';
  readonly actor: string;
  readonly at: string;
}

export type OutboxState = 'pending' | 'done' | 'rejected' | 'superseded';

export interface OutboxRow {
  /** Local order of operations; the sync engine sends them in this order. */
  readonly seq?: number;
  /** Client-generated operation id (UUID): the server applies each id at most once. */
  readonly id: string;
  readonly type: OperationType;
  readonly applicationId: string;
  /** Which record the operation changes, e.g. 'finding:app-1:R3'; conflicts are found by it. */
  readonly entityKey: string;
  readonly payload: unknown;
  readonly baseRevision: Revision;
  /** The audit event written with this operation, so the engine can send the two together. */
  readonly auditSeq: number;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly attempts: number;
  readonly state: OutboxState;
  readonly lastError?: string;
  readonly settledAt?: string;
}

/** Single row (key 'local'): where this installation stands with the server. */
export interface SyncStateRow {
  readonly key: 'local';
  /** Identifies this installation's audit chain and its operations on the server. */
  readonly installationId: string;
  /** Server sequence of the last pulled change; 0 before the first pull. */
  readonly cursor: number;
  readonly lastSyncAt?: string;
  readonly lastError?: string;
}

/** A server change that collided with a local change not yet accepted by the server. */
export interface ConflictRow {
  readonly id: string;
  readonly applicationId: string;
  /** Which kind of record collided; only records with editable fields can. */
  readonly entity: 'finding' | 'draft';
  readonly entityKey: string;
  readonly serverSeq: number;
  /** Who made the server's change. */
  readonly remoteBy: string;
  /** The server's value and ours, as inputs of the record (FindingInput or DraftInput). */
  readonly remote: unknown;
  readonly local: unknown;
  readonly detectedAt: string;
  /** 'open' until a person chooses; an index on it lists what still needs someone. */
  readonly state: 'open' | 'resolved';
  readonly resolution?: 'local' | 'remote';
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
}
