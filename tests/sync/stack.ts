// The whole client over the real server: a device is the renderer's engine on a local database
// (fake-indexeddb), calling main's real SyncService through the contract's dispatcher (the same
// parsing of inputs and outputs as IPC), which talks HTTP to the real server. The transport can
// drop a push, lose its answer, or deliver it twice; "offline" refuses every request.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch, type Result } from '../../common/contract';
import { pushResponseSchema } from '../../common/contract/http';
import { syncCalls, type SyncStatus } from '../../common/contract/sync';
import type { OperationAnswer } from '../../common/sync/answer';
import { FileKeySecretStore } from '../../electron/services/credentials';
import { createSyncHandlers, SyncService } from '../../electron/services/sync';
import type { RetryClock } from '../../electron/services/sync/retry';
import { Vault } from '../../electron/services/vault/vault';
import type { VerikopDb } from '../../renderer/db/database';
import type { Actor, RequirementId } from '../../renderer/db/model';
import type { FindingStatus } from '../../common/domain';
import { SyncEngine } from '../../renderer/sync/engine';
import { apiPort, type SyncPort } from '../../renderer/sync/port';
import type { Device, Fault, ServerView } from '../../renderer/sync/testing/scenario';
import { editFinding, wipe } from '../../renderer/sync/testing/world';
import { ApplicationCache, loadReplica } from '../../server/sync/replicas';
import type { TestServer } from '../../server/testing/harness';
import { TEST_PASSWORD } from './fixture';

/** Retries without waiting: the faults here are one request each. */
const noWait: RetryClock = { sleep: () => Promise.resolve(), random: Math.random, now: Date.now };

const connectionRefused = (): TypeError => new TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } });

/** The transport of one device, with faults for its pushes and a record of what the server judged. */
class FaultyTransport {
  offline = false;
  readonly faults: Fault[] = [];
  readonly judged = new Map<string, OperationAnswer['status']>();

  readonly fetch: typeof fetch = async (input, init) => {
    if (this.offline) throw connectionRefused();
    const isPush = new URL(input instanceof Request ? input.url : input.toString()).pathname.endsWith('/sync/push');
    const fault = isPush ? this.faults.shift() : undefined;
    if (fault === 'drop') throw connectionRefused();
    let response = await fetch(input, init);
    if (isPush) await this.#record(response.clone());
    if (fault === 'twice') {
      response = await fetch(input, init);
      if (isPush) await this.#record(response.clone());
    }
    if (fault === 'lose_answer') {
      await response.arrayBuffer();
      throw connectionRefused();
    }
    return response;
  };

  async #record(response: Response): Promise<void> {
    const parsed = pushResponseSchema.safeParse(await response.json().catch(() => undefined));
    if (parsed.success) for (const a of parsed.data.answers) this.judged.set(a.opId, a.status);
  }
}

export class HttpDevice implements Device {
  engine: SyncEngine;
  #service: SyncService;
  readonly #transport = new FaultyTransport();
  readonly #listeners = new Set<(s: SyncStatus) => void>();

  private constructor(
    readonly name: string,
    readonly db: VerikopDb,
    readonly actor: Actor,
    private readonly dataDir: string,
  ) {
    this.#service = this.#newService();
    this.engine = this.#newEngine();
  }

  /** A signed-in device on `db` (emptied first). */
  static async create(name: string, db: VerikopDb, actor: Actor, serverUrl: string, username: string): Promise<HttpDevice> {
    await wipe(db);
    const device = new HttpDevice(name, db, actor, await mkdtemp(path.join(os.tmpdir(), `verikop-${name}-`)));
    await device.#service.signIn({ serverUrl, username, password: TEST_PASSWORD });
    await device.engine.start();
    return device;
  }

  #newService(): SyncService {
    return new SyncService({
      dataDir: this.dataDir,
      vault: Vault.forDataDir(this.dataDir),
      secrets: new FileKeySecretStore(path.join(this.dataDir, 'sync', 'secret.key')),
      fetch: this.#transport.fetch,
      clock: noWait,
      attempts: 1,
      healthEveryMs: 0,
      onStatus: (s) => {
        for (const l of this.#listeners) l(s);
      },
    });
  }

  #newEngine(): SyncEngine {
    return new SyncEngine({ db: this.db, port: this.#port(), automatic: false, prefetch: false, batchSize: 3, pullLimit: 50 });
  }

  /** The contract as the renderer reaches it: inputs and outputs parsed by the dispatcher. */
  #port(): SyncPort {
    const handlers = createSyncHandlers(this.#service);
    const call = (name: string, input: unknown): Promise<Result<unknown>> => dispatch(syncCalls, handlers, name, input);
    const on = (name: string, listener: (payload: SyncStatus) => void): (() => void) => {
      if (name !== 'sync.status') return () => undefined;
      this.#listeners.add(listener);
      return () => this.#listeners.delete(listener);
    };
    return apiPort({ call, on } as unknown as Parameters<typeof apiPort>[0]);
  }

  edit(applicationId: string, requirement: RequirementId, change: { note: string; status: FindingStatus }): Promise<void> {
    return editFinding(this.db, this.actor, applicationId, requirement, change);
  }

  /** The whole app restarts: main reloads its journal and sealed session from disk, the window its engine. */
  async restart(): Promise<void> {
    this.engine.stop();
    this.#service.close();
    this.#service = this.#newService();
    await this.#service.ready();
    this.engine = this.#newEngine();
    await this.engine.start();
  }

  async wipe(): Promise<void> {
    this.engine.stop();
    await wipe(this.db);
    this.engine = this.#newEngine();
    await this.engine.start();
  }

  setOffline(offline: boolean): void {
    this.#transport.offline = offline;
  }

  fault(fault: Fault): void {
    this.#transport.faults.push(fault);
  }

  clearFaults(): void {
    this.#transport.faults.length = 0;
  }

  async journalIds(): Promise<string[]> {
    return (await this.#service.journalEntries()).map((e) => e.operation.id);
  }

  judged(opId: string): OperationAnswer['status'] | undefined {
    return this.#transport.judged.get(opId);
  }

  get judgements(): readonly OperationAnswer['status'][] {
    return [...this.#transport.judged.values()];
  }

  async close(): Promise<void> {
    this.engine.stop();
    this.#service.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

/** The real server's tables as the scenario's checks see them. */
export function serverView(server: TestServer): ServerView {
  return {
    async opCounts() {
      const { rows } = await server.db.query<{ op_id: string; n: string }>('SELECT op_id, count(*) AS n FROM sync_log GROUP BY op_id');
      return new Map(rows.map((r) => [r.op_id, Number(r.n)]));
    },
    async seqOf(opId) {
      const { rows } = await server.db.query<{ seq: string }>('SELECT seq FROM sync_log WHERE op_id = $1', [opId]);
      return rows[0] === undefined ? undefined : Number(rows[0].seq);
    },
    async head() {
      const { rows } = await server.db.query<{ head: string | null }>('SELECT max(seq) AS head FROM sync_log');
      return Number(rows[0]?.head ?? 0);
    },
    async application(id) {
      const replica = await loadReplica(server.db, id, new ApplicationCache());
      if (replica === undefined) return undefined;
      const findings = Object.fromEntries(Object.entries(replica.findings).map(([req, f]) => [req, { note: f.note?.value ?? '', status: f.status?.value.status ?? null }]));
      return { state: replica.state, findings };
    },
  };
}
