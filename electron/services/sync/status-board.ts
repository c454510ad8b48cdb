// The sync status as main knows it, announced only when something a person would see changed.
import type { SyncStatus } from '../../../common/contract/sync';

export interface StatusSources {
  serverUrl(): string | null;
  user(): SyncStatus['user'];
  pending(): number;
}

export class StatusBoard {
  #online = false;
  #lastSyncAt: string | null = null;
  #error: SyncStatus['error'];
  #announced = '';

  constructor(
    private readonly sources: StatusSources,
    private readonly announce: (status: SyncStatus) => void,
  ) {}

  get online(): boolean {
    return this.#online;
  }

  current(): SyncStatus {
    return {
      serverUrl: this.sources.serverUrl(),
      user: this.sources.user(),
      online: this.#online,
      pending: this.sources.pending(),
      lastSyncAt: this.#lastSyncAt,
      ...(this.#error === undefined ? {} : { error: this.#error }),
    };
  }

  update(change: { online?: boolean; lastSyncAt?: string; error?: SyncStatus['error'] | null }): void {
    if (change.online !== undefined) this.#online = change.online;
    if (change.lastSyncAt !== undefined) this.#lastSyncAt = change.lastSyncAt;
    if (change.error === null) this.#error = undefined;
    else if (change.error !== undefined) this.#error = change.error;
    this.refresh();
  }

  /** Announces the status if it differs from the last one announced. */
  refresh(): void {
    const status = this.current();
    const text = JSON.stringify(status);
    if (text === this.#announced) return;
    this.#announced = text;
    this.announce(status);
  }
}
