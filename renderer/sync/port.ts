// What the sync engine needs from main, as an interface: the app passes the contract client
// (apiPort), tests pass a port over the in-memory server model. Calls that fail reject with a
// SyncCallError carrying main's code and Indonesian message.
import type { ContractError, Result } from '../../common/contract';
import type { JournalEntry, PushAnswer, SyncStatus } from '../../common/contract/sync';
import type { PullPage } from '../../common/sync/pull';
import { isDbFailure } from '../db/errors';
import type { Api } from '../platform/client';

export interface PushItem {
  readonly operation: { readonly id: string };
  readonly createdBy: string;
}

export interface SyncPort {
  status(): Promise<SyncStatus>;
  /** Follows main's status announcements; returns the function that stops following. */
  onStatus(listener: (status: SyncStatus) => void): () => void;
  push(clientId: string, items: readonly PushItem[]): Promise<PushAnswer>;
  pull(after: number, limit: number): Promise<PullPage>;
  journal(): Promise<JournalEntry[]>;
  journalAppend(clientId: string, items: readonly PushItem[]): Promise<void>;
  journalSettle(opIds: readonly string[]): Promise<void>;
  /** Brings the documents of my applications into the vault (best effort). */
  prefetch(): Promise<void>;
}

export class SyncCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SyncCallError';
  }
}

function valueOf<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new SyncCallError(result.error.code, result.error.message);
}

/** The failure as the UI shows it: main's own, the local database's (disk full), or a bug's name. */
export function contractError(e: unknown): ContractError {
  if (e instanceof SyncCallError) return { code: e.code, message: e.message };
  if (isDbFailure(e)) return { code: e.code, message: e.message };
  return { code: 'internal', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

/** The port over the typed contract client (Electron's bridge or the web host). */
export function apiPort(api: Pick<Api, 'call' | 'on'>): SyncPort {
  return {
    status: async () => valueOf(await api.call('sync.status', {})),
    onStatus: (listener) => api.on('sync.status', listener),
    push: async (clientId, items) => valueOf(await api.call('sync.push', { clientId, operations: [...items] })),
    pull: async (after, limit) => valueOf(await api.call('sync.pull', { after, limit })),
    journal: async () => valueOf(await api.call('sync.journal', {})).entries,
    journalAppend: async (clientId, items) => {
      valueOf(await api.call('sync.journalAppend', { clientId, operations: [...items] }));
    },
    journalSettle: async (operationIds) => {
      valueOf(await api.call('sync.journalSettle', { operationIds: [...operationIds] }));
    },
    prefetch: async () => {
      valueOf(await api.call('sync.prefetch', {}));
    },
  };
}
