// The sync client, main-process half: see service.ts.
export { SyncService, type PushItem, type SyncProgress, type SyncServiceOptions } from './service';
export { createSyncHandlers } from './handlers';
export { backoffDelay, backoffCeiling, type BackoffPolicy } from './backoff';
