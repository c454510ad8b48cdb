// The shapes stored in each table. Rows are plain structured-clone data (no classes, no Dates:
// instants are ISO strings, calendar dates 'YYYY-MM-DD'), so they survive IndexedDB unchanged.
//
// Versions: the server numbers every change it accepts (its log seq). A field's version is the
// seq of the change that last wrote it, 0 while it was never written on the server. Local edits
// send the version they were made on as `base`, and the server calls an edit on an older version
// by someone else a conflict (common/sync/fields.ts).
import type { Application } from '../../common/domain/application';
import type { CalendarDate } from '../../common/domain/dates';
import type { WorkflowAction } from '../../common/domain/workflow';
import type { FindingDraft, RequirementId, WorkflowState } from './model';
import type { DocumentRecord, FieldConflict, FindingFieldName, Operation, OperationType } from './protocol';

export interface ApplicationRow {
  readonly id: string;
  readonly registrationNumber: string;
  readonly applicantName: string;
  /** Kab/kota of the planned KCP: the place the verifier travels to. */
  readonly kabKotaCode: string;
  readonly state: WorkflowState;
  readonly stateVersion: number;
  /** The verifier the file is assigned to; null while nobody is (then only queues show it). */
  readonly assignee: string | null;
  readonly assignmentVersion: number;
  readonly receivedAt: CalendarDate;
  /** End of the 30-working-day clock, computed by the domain calendar when written. */
  readonly deadline: CalendarDate;
  readonly application: Application;
  /** Normalised words for text search (schema v2). */
  readonly searchWords: readonly string[];
  /** Newest event of the server's audit trail of this file, when the server has one. */
  readonly auditHead?: { readonly seq: number; readonly hash: string };
  readonly updatedAt: string;
}

export type FieldVersions = { readonly [F in FindingFieldName]: number };

/** A FindingDraft as stored, with the server version each field's value builds on. */
export type FindingRow = FindingDraft & {
  readonly versions: FieldVersions;
  readonly updatedAt: string;
  readonly updatedBy: string;
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

/** The verifier's stated reasons for the recommendation (the recommendation itself is computed). */
export interface DraftRow {
  readonly applicationId: string;
  readonly reason: string;
  readonly version: number;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** One submit / return / approve / sign … on a file: its history of returns and resubmissions. */
export interface ApprovalRow {
  /** The id of the operation that made the step. */
  readonly id: string;
  readonly applicationId: string;
  readonly action: WorkflowAction;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly reason?: string;
  /** On submission: penerbitan (issue) or penolakan (reject). */
  readonly recommendation?: 'issue' | 'reject';
  readonly actor: string;
  /** The actor's display name, when the server sent it with the step (pulled steps taken since it does). */
  readonly actorName?: string;
  readonly at: string;
  /** The server's seq once it accepted the step; absent while it exists only here. */
  readonly seq?: number;
}

/** A generated or signed PDF attached to a file (schema v3). */
export type DocumentRow = DocumentRecord & {
  readonly applicationId: string;
};

/**
 * pending: waiting to be sent (or re-sent); done: accepted; rejected: refused for good (the
 * reason is kept); conflict: the server kept its value, a person chooses (see conflicts);
 * superseded: made obsolete by a person's choice before it was sent.
 */
export type OutboxState = 'pending' | 'done' | 'rejected' | 'conflict' | 'superseded';

export interface OutboxRow {
  /** Local order of operations; the sync engine sends them in this order. */
  readonly seq?: number;
  /** The operation's id (UUID), also the id of the audit event written with it. */
  readonly id: string;
  readonly type: OperationType;
  readonly applicationId: string;
  /** The record the operation changes: 'finding:app-1:R3', 'decision:app-1', 'workflow:app-1'. */
  readonly entityKey: string;
  readonly operation: Operation;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly attempts: number;
  readonly state: OutboxState;
  /** The server's seq for an accepted operation. */
  readonly serverSeq?: number;
  readonly lastError?: string;
  readonly settledAt?: string;
}

/** Single row (key 'local'): where this installation stands with the server. */
export interface SyncStateRow {
  readonly key: 'local';
  /** Identifies this installation (the protocol's client id) and its local audit chain. */
  readonly installationId: string;
  /** Server seq up to which everything is pulled; 0 before the first pull. */
  readonly cursor: number;
  readonly lastSyncAt?: string;
  readonly lastError?: string;
  /** The working-day calendar document last pulled from the server. */
  readonly calendar?: unknown;
}

/** A field the server kept while this device had changed it too: a person chooses. */
export interface ConflictRow extends FieldConflict {
  readonly id: string;
  readonly applicationId: string;
  /** The operation whose change the server did not apply. */
  readonly opId: string;
  readonly detectedAt: string;
  /** 'open' until a person chooses; an index on it lists what still needs someone. */
  readonly state: 'open' | 'resolved';
  readonly resolution?: 'mine' | 'server';
  readonly resolvedAt?: string;
  readonly resolvedBy?: string;
}
