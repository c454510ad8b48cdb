// The sync protocol as the local database meets it: the operations it writes to the outbox, the
// answers the server gives them, and the log entries a pull brings. These mirror common/sync
// (operation.ts, answer.ts, change.ts, replica.ts) field for field, narrowed to what this
// database reads; replace each with the common/sync type of the same name once that lands.
// The sync engine parses what crosses the wire with common/sync's schemas; nothing here parses.
import type { Application, RequirementId } from '../../common/domain/application';
import type { AuditEvent } from '../../common/domain/audit';
import type { ComputedSnapshot, EvidenceRef, FindingStatus } from '../../common/domain/findings';
import type { WorkflowAction, WorkflowState, Role } from '../../common/domain/workflow';

/** A new value for one field and the version of that field the person was looking at. */
export type FieldChange<T> = {
  readonly value: T;
  readonly base: number;
};

export type StatusValue = {
  readonly status: FindingStatus;
  readonly computed: ComputedSnapshot;
};

export type FindingFieldValues = {
  readonly status: StatusValue;
  readonly note: string;
  readonly evidence: readonly EvidenceRef[];
};
export type FindingFieldName = keyof FindingFieldValues;
export const findingFieldNames = ['status', 'note', 'evidence'] as const satisfies readonly FindingFieldName[];

// Operations are type aliases, not interfaces, so that they are canonical JSON values (the
// audit event hashes the operation as its payload, as the server does).
type OperationBase = {
  /** UUID made here once; the server applies each id at most once. */
  readonly id: string;
  readonly applicationId: string;
  /** This device's clock when the person made the change: shown, never used for order. */
  readonly clientTime?: string;
};

export type FindingSetOperation = OperationBase & {
  readonly type: 'finding.set';
  readonly requirement: RequirementId;
  readonly changes: { readonly [F in FindingFieldName]?: FieldChange<FindingFieldValues[F]> };
};

export type DecisionSetOperation = OperationBase & {
  readonly type: 'decision.set';
  readonly changes: { readonly reason: FieldChange<string> };
};

export type WorkflowOperation = OperationBase & {
  readonly type: 'workflow.act';
  readonly action: WorkflowAction;
  readonly reason?: string;
  readonly documentId?: string;
};

export type DocumentKind = 'verification_report' | 'recommendation_letter';

export type DocumentAttachOperation = OperationBase & {
  readonly type: 'document.attach';
  readonly document: { readonly id: string; readonly kind: DocumentKind; readonly sha256: string; readonly fileName: string; readonly signed: boolean };
};

export type AuditNoteOperation = OperationBase & {
  readonly type: 'audit.note';
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string;
};

export type Operation = FindingSetOperation | DecisionSetOperation | WorkflowOperation | DocumentAttachOperation | AuditNoteOperation;
export type OperationType = Operation['type'];

export interface FieldConflict {
  /** 'finding/R3' or 'decision'. */
  readonly record: string;
  readonly field: string;
  readonly server: { readonly value: unknown; readonly version: number; readonly userId: string };
  readonly client: unknown;
}

export type OperationAnswer =
  | { readonly opId: string; readonly status: 'accepted'; readonly seq: number }
  | { readonly opId: string; readonly status: 'conflict'; readonly conflicts: readonly FieldConflict[] }
  | { readonly opId: string; readonly status: 'rejected'; readonly code: string; readonly message: string }
  | { readonly opId: string; readonly status: 'retry'; readonly code: string; readonly message: string };

/** A field as the server stores it: the value, and who wrote it in which log entry. */
export interface StoredField<T> {
  readonly value: T;
  readonly version: number;
  readonly userId: string;
  readonly clientId: string;
}
export type FindingFields = { readonly [F in FindingFieldName]?: StoredField<FindingFieldValues[F]> };
export interface DecisionFields {
  readonly reason?: StoredField<string>;
}

export interface WorkflowStepRecord {
  readonly seq: number;
  readonly opId: string;
  readonly action: WorkflowAction;
  readonly from: WorkflowState;
  readonly to: WorkflowState;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly at: string;
  readonly reason?: string;
  readonly recommendation?: 'issue' | 'reject';
}

export interface DocumentRecord {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly sha256: string;
  readonly fileName: string;
  readonly signed: boolean;
  readonly attachedBy: string;
  readonly attachedAt: string;
  readonly version: number;
  readonly signature?: { readonly signerId: string; readonly signerName: string; readonly signedOn: string };
}

export interface ApplicationReplica {
  readonly application: Application;
  readonly assignedTo: string | null;
  readonly assignmentVersion: number;
  readonly state: WorkflowState;
  readonly stateVersion: number;
  readonly history: readonly WorkflowStepRecord[];
  readonly findings: { readonly [R in RequirementId]?: FindingFields };
  readonly decision: DecisionFields;
  readonly documents: readonly DocumentRecord[];
  readonly auditHead: { readonly seq: number; readonly hash: string } | null;
}

export type Change =
  | { readonly kind: 'application'; readonly applicationId: string; readonly replica: ApplicationReplica }
  | { readonly kind: 'application_unassigned'; readonly applicationId: string; readonly assignmentVersion: number }
  | { readonly kind: 'finding'; readonly applicationId: string; readonly requirement: RequirementId; readonly fields: FindingFields }
  | { readonly kind: 'decision'; readonly applicationId: string; readonly fields: DecisionFields }
  | { readonly kind: 'workflow'; readonly applicationId: string; readonly state: WorkflowState; readonly stateVersion: number; readonly step: WorkflowStepRecord }
  | { readonly kind: 'document'; readonly applicationId: string; readonly document: DocumentRecord }
  | { readonly kind: 'audit'; readonly applicationId: string; readonly event: AuditEvent }
  | { readonly kind: 'calendar'; readonly document: unknown };

export interface LogEntry {
  readonly seq: number;
  readonly opId: string;
  readonly authorId: string | null;
  readonly at: string;
  readonly changes: readonly Change[];
}

export interface PullPage {
  readonly entries: readonly LogEntry[];
  readonly cursor: number;
  readonly hasMore: boolean;
}
