// For tests of the engine: main's sync service reduced to its promises — journal first, answers
// settle the journal (accepted and refused; conflicts wait for the renderer), a push may be lost
// on the way there or back, or delivered twice — over the server's in-memory model
// (common/sync/model.ts, which runs the server's own push algorithm). Everything that crosses is
// copied through JSON, as it would be on the wire. The real main service is tested against the
// real server in tests/sync.
import type { JournalEntry, PushAnswer, SyncStatus } from '../../../common/contract/sync';
import type { OperationAnswer } from '../../../common/sync/answer';
import type { ModelUser, SyncModel } from '../../../common/sync/model';
import type { PullPage } from '../../../common/sync/pull';
import type { RawOperation } from '../../../common/sync/push';
import { SyncCallError, type PushItem, type SyncPort } from '../port';

/**
 * What goes wrong with the next push: `drop` — never reaches the server; `lose_answer` — the
 * server applies it, the answer is lost (a crash or a cut connection); `twice` — delivered twice
 * (a proxy's resend), the client sees the second answer.
 */
export type PushFault = 'drop' | 'lose_answer' | 'twice';

const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const offline = () => new SyncCallError('sync_offline', 'Server tidak dapat dihubungi (model).');

export class ModelMain implements SyncPort {
  readonly #journal = new Map<string, JournalEntry>();
  readonly #listeners = new Set<(s: SyncStatus) => void>();
  #offline = false;
  readonly faults: PushFault[] = [];
  /** Every id ever journaled: what a lost IndexedDB can get back. */
  readonly everJournaled = new Set<string>();
  /** Requests that reached the server, for exact counts. */
  pushesDelivered = 0;
  /** The server's latest judgement of each operation it saw, whether or not the answer got back. */
  readonly judged = new Map<string, OperationAnswer['status']>();

  constructor(
    readonly server: SyncModel,
    readonly user: ModelUser,
  ) {}

  get offline(): boolean {
    return this.#offline;
  }

  setOffline(offlineNow: boolean): void {
    this.#offline = offlineNow;
    const status = this.#statusNow();
    for (const l of this.#listeners) l(status);
  }

  journalIds(): string[] {
    return [...this.#journal.keys()];
  }

  #statusNow(): SyncStatus {
    const { id, displayName, role } = this.user;
    return { serverUrl: 'http://127.0.0.1:1', user: { id, username: displayName, displayName, role }, online: !this.#offline, pending: this.#journal.size, lastSyncAt: null };
  }

  status(): Promise<SyncStatus> {
    return Promise.resolve(this.#statusNow());
  }

  onStatus(listener: (s: SyncStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  journal(): Promise<JournalEntry[]> {
    return Promise.resolve(wire([...this.#journal.values()]));
  }

  journalAppend(clientId: string, items: readonly PushItem[]): Promise<void> {
    for (const item of wire(items)) {
      if (this.#journal.has(item.operation.id)) continue;
      this.#journal.set(item.operation.id, { operation: item.operation, clientId, createdBy: item.createdBy, journaledAt: '2026-03-30T02:00:00.000Z' });
      this.everJournaled.add(item.operation.id);
    }
    return Promise.resolve();
  }

  journalSettle(opIds: readonly string[]): Promise<void> {
    for (const id of opIds) this.#journal.delete(id);
    return Promise.resolve();
  }

  async push(clientId: string, items: readonly PushItem[]): Promise<PushAnswer> {
    await this.journalAppend(clientId, items);
    if (this.#offline) throw offline();
    const fault = this.faults.shift();
    if (fault === 'drop') throw offline();
    const answers = [];
    // As main does: operations journaled under another client id (before a reset) go under it.
    for (const run of this.#runs(clientId, wire(items.map((i) => i.operation)))) {
      const send = () => {
        this.pushesDelivered += 1;
        return this.server.push({ userId: this.user.id, role: this.user.role, displayName: this.user.displayName }, run.clientId, run.ops);
      };
      let result = await send();
      if (fault === 'twice') result = await send();
      if (result.kind === 'id_reused') {
        await this.journalSettle(result.operationIds);
        return { kind: 'id_reused', operationIds: [...result.operationIds], message: 'id dipakai ulang' };
      }
      await this.journalSettle(result.answers.filter((a) => a.status === 'accepted' || a.status === 'rejected').map((a) => a.opId));
      for (const a of result.answers) this.judged.set(a.opId, a.status);
      answers.push(...result.answers);
    }
    if (fault === 'lose_answer') throw offline();
    return wire({ kind: 'answers', answers });
  }

  #runs(clientId: string, ops: readonly RawOperation[]): { clientId: string; ops: RawOperation[] }[] {
    const runs: { clientId: string; ops: RawOperation[] }[] = [];
    for (const op of ops) {
      const sender = this.#journal.get(op.id)?.clientId ?? clientId;
      const last = runs.at(-1);
      if (last?.clientId === sender) last.ops.push(op);
      else runs.push({ clientId: sender, ops: [op] });
    }
    return runs;
  }

  pull(after: number, limit: number): Promise<PullPage> {
    if (this.#offline) return Promise.reject(offline());
    return Promise.resolve(wire(this.server.pull({ userId: this.user.id, role: this.user.role }, after, limit)));
  }

  prefetch(): Promise<void> {
    return Promise.resolve();
  }
}
