// The renderer's sync engine: journals every new operation with main (also offline), pushes
// the outbox, pulls after the cursor, on a schedule, when local changes appear, when main says
// the server is back, and on demand ("Sinkronkan sekarang"). Rounds never overlap; requests
// during a round are folded into one more round after it. No React: the UI binds to `store`.
import { liveQuery, type Subscription } from 'dexie';
import type { ContractError } from '../../common/contract';
import type { SyncStatus } from '../../common/contract/sync';
import type { VerikopDb } from '../db/database';
import { getSyncState, recordSyncError } from '../db/sync-state';
import { contractError, SyncCallError, type SyncPort } from './port';
import { restoreFromJournal } from './restore';
import { journalPending, MAX_BATCH, pullAll, pushOutbox, settleJournal, type PushTotals } from './rounds';
import { canReachServer, createEngineStore, type EnginePhase, type EngineStore, type RoundReport } from './store';

export interface EngineOptions {
  readonly db: VerikopDb;
  readonly port: SyncPort;
  /** Operations per push (at most 200). */
  readonly batchSize?: number;
  readonly pullLimit?: number;
  /** Between scheduled rounds while reachable, in ms; 0 = only on demand and on changes. */
  readonly intervalMs?: number;
  /** Wait after a local change before pushing, so a burst of autosaves goes in one batch. */
  readonly debounceMs?: number;
  /** Bring my applications' documents into the vault after pulls that brought something. */
  readonly prefetch?: boolean;
  /**
   * Follow local changes, main's status and the schedule (the app). False: only what the caller
   * asks for (tests drive journalNow and syncNow themselves).
   */
  readonly automatic?: boolean;
}

export class SyncEngine {
  readonly store: EngineStore = createEngineStore();
  readonly #o: EngineOptions;
  readonly #journaled = new Set<string>();
  #clientId: string | undefined;
  #current: Promise<RoundReport> | undefined;
  #queued: Promise<RoundReport> | undefined;
  #queuedForce = false;
  #timers: ReturnType<typeof setTimeout>[] = [];
  #stops: (() => void)[] = [];
  #stopped = false;

  constructor(options: EngineOptions) {
    this.#o = { ...options, batchSize: Math.min(options.batchSize ?? 50, MAX_BATCH) };
  }

  /**
   * Restores from main's journal what the outbox lacks, then follows main's status, local
   * changes and the schedule. Resolves after the restore; the first round runs on its own.
   */
  async start(): Promise<void> {
    this.#set({ phase: 'restoring' });
    try {
      const clientId = await this.#client();
      const report = await restoreFromJournal(this.#o.db, await this.#o.port.journal());
      if (report.settled.length > 0) await this.#o.port.journalSettle(report.settled);
      for (const id of report.journaled) this.#journaled.add(id);
      this.#set({ restored: report.restored });
      await journalPending(this.#o.db, this.#o.port, clientId, this.#journaled);
      this.#applyStatus(await this.#o.port.status());
    } catch (e) {
      this.#set({ error: contractError(e) });
    } finally {
      this.#set({ phase: 'idle', started: true });
    }
    this.#stops.push(
      this.#o.port.onStatus((s) => {
        this.#applyStatus(s);
      }),
    );
    if (this.#o.automatic === false) return;
    this.#followLocalChanges();
    this.#schedule();
    void this.request(false);
  }

  stop(): void {
    this.#stopped = true;
    for (const stop of this.#stops.splice(0)) stop();
    for (const t of this.#timers.splice(0)) clearTimeout(t);
  }

  /**
   * Hands main the operations it has not journaled yet, at once (not waiting for a round): the
   * window between a change and its journal entry is what a lost IndexedDB could take.
   */
  async journalNow(): Promise<void> {
    try {
      await journalPending(this.#o.db, this.#o.port, await this.#client(), this.#journaled);
    } catch (e) {
      this.#set({ error: contractError(e) });
    }
  }

  /** "Sinkronkan sekarang": a round that tries the server even if main last saw it offline. */
  syncNow(): Promise<RoundReport> {
    return this.request(true);
  }

  /** Runs a round after the current one; requests made meanwhile share that one round. */
  request(force: boolean): Promise<RoundReport> {
    this.#queuedForce ||= force;
    if (this.#queued !== undefined) return this.#queued;
    const queued = (this.#current ?? Promise.resolve()).then(() => {
      this.#queued = undefined;
      const forced = this.#queuedForce;
      this.#queuedForce = false;
      const current = this.#round(forced);
      this.#current = current;
      return current;
    });
    this.#queued = queued;
    return queued;
  }

  async #round(force: boolean): Promise<RoundReport> {
    const { db, port } = this.#o;
    const totals: PushTotals = { accepted: 0, conflicts: 0, rejected: 0, retry: 0 };
    let pulled = 0;
    let report: RoundReport;
    try {
      const clientId = await this.#client();
      await this.#phase('journaling', async () => {
        await journalPending(db, port, clientId, this.#journaled);
        await settleJournal(db, port, this.#journaled);
      });
      const state = this.store.getState();
      if (!force && !canReachServer(state)) {
        report = { ...totals, pulled, skipped: state.signedIn ? 'offline' : 'signed_out' };
      } else {
        const sender = this.store.getState().userId ?? null;
        await this.#phase('pushing', () => pushOutbox(db, port, { clientId, sender, batchSize: this.#o.batchSize ?? 50 }, this.#journaled, totals));
        const pull = await this.#phase('pulling', async () => {
          const result = await pullAll(db, port, this.#o.pullLimit ?? 200);
          // A pull can close a conflict (the server came to the person's own value): its
          // operation is done with, so main forgets it in this round, not only in the next one.
          if (result.applied > 0) await settleJournal(db, port, this.#journaled);
          return result;
        });
        pulled = pull.applied;
        // Documents are best effort: a failed prefetch leaves them to the viewer's own request.
        if (pull.bringsFiles && this.#o.prefetch !== false) await this.#phase('prefetching', () => port.prefetch().catch(() => undefined));
        report = { ...totals, pulled };
      }
      this.#set({ error: undefined });
    } catch (e) {
      const error = contractError(e);
      report = { ...totals, pulled, error };
      this.#set({ error });
      if (e instanceof SyncCallError) await recordSyncError(db, error.message).catch(() => undefined);
    }
    this.#set({ phase: 'idle', lastRound: report });
    return report;
  }

  async #phase<T>(phase: EnginePhase, step: () => Promise<T>): Promise<T> {
    this.#set({ phase });
    return step();
  }

  async #client(): Promise<string> {
    this.#clientId ??= (await getSyncState(this.#o.db)).installationId;
    return this.#clientId;
  }

  #applyStatus(status: SyncStatus): void {
    const before = canReachServer(this.store.getState());
    this.#set({ online: status.online, signedIn: status.user !== null, userId: status.user?.id });
    // The server is back (or someone signed in): send what waited.
    if (!before && canReachServer(this.store.getState()) && this.store.getState().started && this.#o.automatic !== false) void this.request(false);
  }

  /** A new outbox row (its local seq beyond the newest seen) is journaled at once and pushed soon. */
  #followLocalChanges(): void {
    let newest = 0;
    const subscription: Subscription = liveQuery(() => this.#o.db.outbox.where('state').equals('pending').primaryKeys()).subscribe({
      next: (seqs) => {
        const top = Math.max(0, ...seqs);
        if (top <= newest) return;
        newest = top;
        void this.journalNow();
        this.#later(this.#o.debounceMs ?? 1_500, () => void this.request(false));
      },
      error: (e: unknown) => {
        this.#set({ error: contractError(e) });
      },
    });
    this.#stops.push(() => {
      subscription.unsubscribe();
    });
  }

  #schedule(): void {
    const every = this.#o.intervalMs ?? 60_000;
    if (every <= 0) return;
    this.#later(every, () => {
      void this.request(false).finally(() => {
        this.#schedule();
      });
    });
  }

  #later(ms: number, task: () => void): void {
    if (this.#stopped) return;
    const timer = setTimeout(() => {
      this.#timers = this.#timers.filter((t) => t !== timer);
      if (!this.#stopped) task();
    }, ms);
    this.#timers.push(timer);
  }

  #set(patch: Partial<ReturnType<EngineStore['getState']>>): void {
    this.store.setState(patch);
  }
}

export type { ContractError };
