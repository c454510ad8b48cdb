// The renderer's local database: what features and the sync engine may use. Everything that
// changes a record goes through a function here that writes the record, its audit event and its
// outbox operation in one transaction.
export { DEFAULT_DB_NAME, openVerikopDb, VerikopDb } from './database';
export { latestVersion, schemaVersions } from './schema';
export type * from './rows';
export type { Actor, DraftInput, FindingDraft, Transition, WorkflowState } from './model';
export type * from './protocol';

// Records
export { getApplication, importApplication, refreshDeadlines, type ImportedApplication } from './applications';
export { asFinding, listFindings, saveFinding } from './findings';
export { evidenceBlobs, isBlobReferenced, listEvidence } from './evidence';
export { getDraft, saveDraft } from './drafts';
export { listApprovals, recordWorkflowAction } from './workflow';
export { attachDocument, listDocuments, type DocumentAttachInput } from './documents';
export { listAuditEvents, verifyLocalAuditTrail, type AuditEventRow, type LocalAuditCheck } from './audit';
export { listInbox, type InboxPage, type InboxQuery, type InboxRow } from './inbox';

// Sync engine hooks
export { countPendingOutbox, pendingOutbox, pruneSettledOutbox, recordOutboxAttempt, rejectedOutbox } from './outbox';
export { settleOutbox, type SettleReport } from './answers';
export { applyPulled, type PullReport } from './pull';
export { getSyncState, recordSyncError } from './sync-state';
export { countOpenConflicts, listConflicts, resolveConflict } from './conflicts';

// Storage and failures
export { persistenceNotice, requestPersistentStorage, type PersistenceResult, type PersistentStorage } from './storage';
export { DbFailure, isDbFailure, StorageFullError, STORAGE_FULL_MESSAGE, type DbFailureCode } from './errors';
