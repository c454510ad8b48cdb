// The main-process half of sync: the connection to the Dinas server (address, sign-in, token),
// blobs uploaded before the operations naming them, push and pull for the renderer's engine,
// the durable journal, online detection and prefetch. Plain Node; the host supplies the
// SecretStore (Electron's keychain adapter, or the web host's file key).
import { join } from 'node:path';
import { authRoutes, idReusedSchema, loginResponseSchema, pushResponseSchema, syncRoutes } from '../../../common/contract/http';
import type { JournalEntry, PrefetchReport, PushAnswer, SyncPhase, SyncStatus } from '../../../common/contract/sync';
import type { OperationAnswer } from '../../../common/sync/answer';
import { userIdSchema } from '../../../common/sync/ids';
import { pullPageSchema, type PullPage } from '../../../common/sync/pull';
import type { SecretStore } from '../credentials/secret-store';
import type { Vault } from '../vault/vault';
import { Account } from './account';
import { requestBackoff } from './backoff';
import { DEFAULT_HEALTH_EVERY_MS, HEALTH_TIMEOUT_MS, HealthMonitor } from './health';
import { failureOf } from './failures';
import { bodyOf, expectStatus, HttpClient, ProtocolError, type Fetch } from './http-client';
import { Journal } from './journal';
import { journalDamagedMessage, SyncFailure, syncMessages as m } from './messages';
import { prefetchMine } from './prefetch';
import { realClock, withRetries, type RetryClock } from './retry';
import { normaliseServerUrl } from './server-url';
import { StatusBoard } from './status-board';
import { pieceSizes, uploadNamedBlobs } from './uploads';

export type SyncProgress = { phase: SyncPhase; done: number; total: number; unit: 'bytes' | 'items' };

export interface SyncServiceOptions {
  readonly dataDir: string;
  readonly vault: Pick<Vault, 'get' | 'has' | 'put'>;
  readonly secrets: SecretStore;
  readonly onStatus?: (status: SyncStatus) => void;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** The transport; tests put faults here. */
  readonly fetch?: Fetch;
  readonly clock?: RetryClock;
  /** Display time (journal, last sync): never used for order. */
  readonly now?: () => Date;
  /** Upload pieces of this one size (tests that count pieces); without it they follow the link's pace. */
  readonly chunkBytes?: number;
  /** Between health checks while online, in ms; 0 turns the checks off (tests drive them). */
  readonly healthEveryMs?: number;
  /** Tries per request, the first included. */
  readonly attempts?: number;
}

export interface PushItem {
  readonly operation: { readonly id: string; readonly [key: string]: unknown };
  readonly createdBy: string;
}


export class SyncService {
  readonly #o: SyncServiceOptions;
  readonly #account: Account;
  readonly #board: StatusBoard;
  readonly #clock: RetryClock;
  readonly #now: () => Date;
  readonly #ready: Promise<Journal>;
  #journal: Journal | undefined;
  readonly #health: HealthMonitor;

  constructor(options: SyncServiceOptions) {
    this.#o = options;
    this.#clock = options.clock ?? realClock;
    this.#now = options.now ?? (() => new Date());
    const dir = join(options.dataDir, 'sync');
    this.#account = new Account(dir, options.secrets);
    this.#board = new StatusBoard(
      { serverUrl: () => this.#account.serverUrl, user: () => this.#account.user, pending: () => this.#journal?.pending ?? 0 },
      (status) => options.onStatus?.(status),
    );
    this.#health = new HealthMonitor({
      serverUrl: () => this.#account.serverUrl,
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      everyMs: options.healthEveryMs ?? DEFAULT_HEALTH_EVERY_MS,
      random: () => this.#clock.random(),
      report: (online) => {
        this.#board.update({ online });
      },
    });
    this.#ready = this.#start(join(dir, 'journal.jsonl'));
    // Every call awaits this and reports a failed start itself; this only keeps it from being unhandled.
    this.#ready.catch(() => undefined);
  }

  async #start(journalPath: string): Promise<Journal> {
    await this.#account.load();
    const { journal, load } = await Journal.open(journalPath);
    this.#journal = journal;
    if (load.damagedLines > 0) this.#board.update({ error: { code: 'sync_journal', message: journalDamagedMessage(load.damagedLines) } });
    this.#board.refresh();
    this.#health.schedule(0);
    return journal;
  }

  /** Resolves once the address, the session and the journal are loaded. */
  async ready(): Promise<void> {
    await this.#ready;
  }

  async status(): Promise<SyncStatus> {
    await this.#ready;
    return this.#board.current();
  }

  async signIn(input: { serverUrl: string; username: string; password: string }): Promise<SyncStatus> {
    await this.#ready;
    const serverUrl = normaliseServerUrl(input.serverUrl);
    const http = new HttpClient(serverUrl, this.#o.fetch);
    await this.#guard(async () => {
      // Not retried on a refusal: a wrong password must not count twice against the login limit.
      const answer = await this.#retrying(() => http.send(authRoutes.login, { json: { username: input.username, password: input.password } }));
      if (answer.status === 401) throw new SyncFailure('sync_bad_credentials', m.badCredentials);
      if (answer.status === 429) throw new SyncFailure('sync_too_many_attempts', m.tooManyAttempts(bodyOf(authRoutes.login, answer, authRoutes.login.responses[429]).message));
      expectStatus(answer, [200]);
      const session = bodyOf(authRoutes.login, answer, loginResponseSchema);
      if (session.user.role === 'licensing_office') {
        await http.send(authRoutes.logout, { token: session.token }).catch(() => undefined);
        throw new SyncFailure('sync_account_not_allowed', m.licensingOffice);
      }
      const { id, username, displayName, nip, role } = session.user;
      await this.#account.signedIn({ serverUrl, user: { id, username, displayName, nip, role }, token: session.token, expiresAt: session.expiresAt });
    });
    this.#health.schedule(0);
    return this.#board.current();
  }

  /** Revokes the session on the server when it answers; forgets the token in any case. */
  async signOut(): Promise<SyncStatus> {
    await this.#ready;
    const { serverUrl } = this.#account;
    const token = this.#account.token;
    if (serverUrl !== null && token !== undefined) {
      await new HttpClient(serverUrl, this.#o.fetch).send(authRoutes.logout, { token, timeoutMs: HEALTH_TIMEOUT_MS }).catch(() => undefined);
    }
    await this.#account.signedOut();
    this.#board.update({ error: null });
    return this.#board.current();
  }

  /** Journals what is new (also when offline), then sends to the server whatever it answers for. */
  async journalAppend(clientId: string, items: readonly PushItem[]): Promise<{ added: number; pending: number }> {
    const journal = await this.#ready;
    const added = await this.#journalWrite(() => journal.append(items.map((item) => this.#entry(clientId, item))));
    this.#board.refresh();
    return { added, pending: journal.pending };
  }

  async journalEntries(): Promise<JournalEntry[]> {
    return (await this.#ready).entries();
  }

  async journalSettle(opIds: readonly string[]): Promise<{ removed: number; pending: number }> {
    const journal = await this.#ready;
    const removed = await this.#journalWrite(() => journal.settle(opIds));
    this.#board.refresh();
    return { removed, pending: journal.pending };
  }

  /**
   * Journals the batch, uploads the blobs it names, pushes it, and forgets from the journal the
   * operations the server accepted or refused for good. A conflict stays journaled until the
   * renderer says a person resolved it (journalSettle): the person's value lives only in the
   * operation until then. Operations journaled under another client id (made before the local
   * database was reset) are sent under that id.
   */
  async push(clientId: string, items: readonly PushItem[]): Promise<PushAnswer> {
    const journal = await this.#ready;
    await this.#journalWrite(() => journal.append(items.map((item) => this.#entry(clientId, item))));
    const { http, token } = this.#session();
    // The renderer is not trusted with attribution: a session carries only its user's operations
    // (or those made under this device's profile before anyone signed in).
    const sender = this.#account.user?.id;
    if (items.some((i) => isServerUserId(i.createdBy) && i.createdBy !== sender)) throw new SyncFailure('sync_other_user', m.otherUser);
    return this.#guard(async () => {
      await uploadNamedBlobs(
        { http, token, clock: this.#clock, ...pieceSizes(this.#o.chunkBytes) },
        this.#o.vault,
        items.map((i) => i.operation),
        (done, total) => {
          this.#progress({ phase: 'upload', done, total, unit: 'bytes' });
        },
      );
      const answers = [];
      for (const run of runsByClient(items.map((i) => ({ op: i.operation, clientId: journal.get(i.operation.id)?.clientId ?? clientId })))) {
        const answer = await this.#retrying(() => http.send(syncRoutes.push, { token, json: { clientId: run.clientId, operations: run.ops } }));
        if (answer.status === 409) {
          const reused = bodyOf(syncRoutes.push, answer, idReusedSchema);
          await this.#journalWrite(() => journal.settle(reused.operationIds));
          return { kind: 'id_reused', operationIds: reused.operationIds, message: reused.message };
        }
        expectStatus(answer, [200]);
        const body = bodyOf(syncRoutes.push, answer, pushResponseSchema);
        if (body.answers.length !== run.ops.length || body.answers.some((a, i) => a.opId !== run.ops[i]?.id)) {
          throw new ProtocolError('POST /sync/push: jawaban tidak sesuai urutan operasi');
        }
        await this.#journalWrite(() => journal.settle(body.answers.filter(leavesJournal).map((a) => a.opId)));
        answers.push(...body.answers);
        this.#progress({ phase: 'push', done: answers.length, total: items.length, unit: 'items' });
      }
      this.#board.update({ lastSyncAt: this.#now().toISOString() });
      return { kind: 'answers', answers };
    });
  }

  async pull(after: number, limit: number): Promise<PullPage> {
    await this.#ready;
    const { http, token } = this.#session();
    return this.#guard(async () => {
      const answer = await this.#retrying(() => http.send(syncRoutes.pull, { token, query: { after, limit } }));
      expectStatus(answer, [200]);
      const page = bodyOf(syncRoutes.pull, answer, pullPageSchema);
      this.#progress({ phase: 'pull', done: page.entries.length, total: page.entries.length, unit: 'items' });
      this.#board.update({ lastSyncAt: this.#now().toISOString() });
      return page;
    });
  }

  async prefetch(): Promise<PrefetchReport> {
    await this.#ready;
    const { http, token } = this.#session();
    const user = this.#account.user;
    if (user === null) throw new SyncFailure('sync_not_signed_in', m.notSignedIn);
    return this.#guard(() =>
      prefetchMine({
        http,
        token,
        user,
        vault: this.#o.vault,
        retrying: (task) => this.#retrying(task),
        onProgress: (done, total) => {
          this.#progress({ phase: 'prefetch', done, total, unit: 'items' });
        },
      }),
    );
  }

  /** Asks the server's health route now; answers whether it replied. */
  async checkHealth(): Promise<boolean> {
    await this.#ready;
    return this.#health.check();
  }

  close(): void {
    this.#health.close();
  }

  #session(): { http: HttpClient; token: string } {
    const serverUrl = this.#account.serverUrl;
    const token = this.#account.token;
    if (serverUrl === null) throw new SyncFailure('sync_not_signed_in', m.noServer);
    if (token === undefined) throw new SyncFailure('sync_not_signed_in', m.notSignedIn);
    return { http: new HttpClient(serverUrl, this.#o.fetch), token };
  }

  #entry(clientId: string, item: PushItem): JournalEntry {
    return { operation: item.operation, clientId, createdBy: item.createdBy, journaledAt: this.#now().toISOString() };
  }

  #retrying<T>(task: () => Promise<T>): Promise<T> {
    return withRetries(task, {
      attempts: this.#o.attempts ?? 4,
      policy: requestBackoff,
      clock: this.#clock,
      onRetry: (e) => {
        const { online } = failureOf(e);
        if (online !== undefined) this.#board.update({ online });
      },
    });
  }

  /** Runs a request: success marks the server reachable and clears the error; failures are worded. */
  async #guard<T>(task: () => Promise<T>): Promise<T> {
    try {
      const value = await task();
      this.#health.reachable();
      this.#board.update({ error: null });
      return value;
    } catch (e) {
      const outcome = failureOf(e);
      if (outcome.sessionEnded) await this.#account.signedOut();
      const error = outcome.error;
      if (error instanceof SyncFailure) this.#board.update({ error: { code: error.code, message: error.message }, ...(outcome.online === undefined ? {} : { online: outcome.online }) });
      if (outcome.online === false) this.#health.unreachable();
      throw error;
    }
  }

  async #journalWrite<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch {
      const failure = new SyncFailure('sync_journal', m.journal(this.#journal?.path ?? 'folder data'));
      this.#board.update({ error: { code: failure.code, message: failure.message } });
      throw failure;
    }
  }

  #progress(progress: SyncProgress): void {
    this.#o.onProgress?.(progress);
  }
}

const isServerUserId = (id: string): boolean => userIdSchema.safeParse(id).success;

/** Answers after which the journal has nothing left to keep for the operation. */
const leavesJournal = (a: OperationAnswer): boolean => a.status === 'accepted' || a.status === 'rejected';

/** Consecutive operations of the same client id, in order: one push request each. */
function runsByClient(items: readonly { op: PushItem['operation']; clientId: string }[]): { clientId: string; ops: PushItem['operation'][] }[] {
  const runs: { clientId: string; ops: PushItem['operation'][] }[] = [];
  for (const { op, clientId } of items) {
    const last = runs.at(-1);
    if (last?.clientId === clientId) last.ops.push(op);
    else runs.push({ clientId, ops: [op] });
  }
  return runs;
}
