// A small world for engine tests: the server's in-memory model with Siti's and Andi's files in
// verification, and clients (a local database, main's stand-in, an engine) on named devices.
import { Dexie } from 'dexie';
import type { FindingStatus } from '../../../common/domain';
import { actorOf, devices, SAMPLE_NOW, sampleApplication, sampleFindings, sampleUsers } from '../../../common/sync/fixtures';
import { SyncModel, type ModelUser } from '../../../common/sync/model';
import type { RawOperation } from '../../../common/sync/push';
import { VerikopDb } from '../../db/database';
import { saveFinding } from '../../db/findings';
import type { Actor, RequirementId } from '../../db/model';
import { SyncEngine } from '../engine';
import { ModelMain, type PushFault } from './model-main';
import type { Device, ServerView } from './scenario';
import type { OperationAnswer } from '../../../common/sync/answer';

export const SITI_APP = 'app-siti';
export const ANDI_APP = 'app-andi';
const SETUP_CLIENT = '00000000-0000-4000-8000-0000000000ff';
// Fixed ids, so that every server built here holds the very same log (same seqs, same hashes).
const SETUP_OPS = {
  importSiti: '30000000-0000-4000-8000-000000000001',
  importAndi: '30000000-0000-4000-8000-000000000002',
  startSiti: '30000000-0000-4000-8000-000000000003',
  startAndi: '30000000-0000-4000-8000-000000000004',
} as const;

/** The server's model with Siti's file (and, unless `onlySiti`, Andi's), as received. */
export function newServer(options: { onlySiti?: boolean } = {}): SyncModel {
  const server = new SyncModel(() => SAMPLE_NOW);
  for (const u of Object.values(sampleUsers)) server.addUser(u);
  server.importApplication(sampleApplication(SITI_APP), sampleUsers.siti.id, SETUP_OPS.importSiti);
  if (options.onlySiti !== true) server.importApplication(sampleApplication(ANDI_APP), sampleUsers.andi.id, SETUP_OPS.importAndi);
  return server;
}

const start = (id: string, applicationId: string): RawOperation => ({ id, type: 'workflow.act', applicationId, action: 'start_verification' });

/** Puts the files in verification, as their verifiers would (from a device not under test). */
export async function startVerification(server: SyncModel): Promise<void> {
  await server.push(actorOf(sampleUsers.siti), SETUP_CLIENT, [start(SETUP_OPS.startSiti, SITI_APP)]);
  if (server.replica(ANDI_APP) !== undefined) await server.push(actorOf(sampleUsers.andi), SETUP_CLIENT, [start(SETUP_OPS.startAndi, ANDI_APP)]);
}

let dbCounter = 0;

/** A fresh database; `name` keeps databases of parallel tests apart. */
export async function freshDb(name: string): Promise<VerikopDb> {
  const db = new VerikopDb(`${name}-${String(++dbCounter)}`, { cache: 'disabled' });
  await db.open();
  return db;
}

/** Saves a finding as the verifier's screen does (record, audit event, outbox operation in one transaction). */
export async function editFinding(db: VerikopDb, actor: Actor, applicationId: string, requirement: RequirementId, change: { note?: string; status?: FindingStatus }): Promise<void> {
  const sample = sampleFindings().find((f) => f.requirement === requirement);
  if (sample === undefined) throw new Error(requirement);
  const current = await db.findings.get([applicationId, requirement]);
  const status = change.status ?? current?.status ?? null;
  await saveFinding(db, actor, {
    applicationId,
    requirement,
    status,
    ...(status === null ? {} : { computed: sample.computed }),
    note: change.note ?? current?.note ?? '',
    evidence: current?.evidence ?? [],
  });
}

export type Snapshot = ReadonlyMap<string, readonly unknown[]>;

/** Every row of every table (to start many tests from one state without building it each time). */
export async function snapshot(db: VerikopDb): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => new Map(await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const))));
}

/** Makes the database hold exactly the snapshot's rows, in one transaction. */
export async function restore(db: VerikopDb, snap: Snapshot): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      await table.clear();
      await table.bulkAdd([...(snap.get(table.name) ?? [])]);
    }
  });
}

/** Empties every table in one transaction: what a lost or reset IndexedDB leaves (cheaper than a new database). */
export async function wipe(db: VerikopDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
}

export class Client implements Device {
  engine: SyncEngine;
  readonly main: ModelMain;
  readonly actor: Actor;

  private constructor(
    readonly name: string,
    readonly user: ModelUser,
    server: SyncModel,
    readonly db: VerikopDb,
  ) {
    this.main = new ModelMain(server, user);
    this.actor = { userId: user.id, role: user.role };
    this.engine = this.#engine();
  }

  /** A client on its own new database, or on `db` as it stands (its rows are the device's) when given. */
  static async on(server: SyncModel, name: string, user: ModelUser, db?: VerikopDb): Promise<Client> {
    const c = new Client(name, user, server, db ?? (await freshDb(name)));
    await c.engine.start();
    return c;
  }

  #engine(): SyncEngine {
    return new SyncEngine({ db: this.db, port: this.main, automatic: false, prefetch: false, batchSize: 3, pullLimit: 4 });
  }

  /** The window closed and opened again: a new engine over the same database and main. */
  async restart(): Promise<void> {
    this.engine.stop();
    this.engine = this.#engine();
    await this.engine.start();
  }

  /** IndexedDB is gone (profile reset, disk trouble): the database is empty, a new engine starts. */
  async wipe(): Promise<void> {
    this.engine.stop();
    await wipe(this.db);
    this.engine = this.#engine();
    await this.engine.start();
  }

  edit(applicationId: string, requirement: RequirementId, change: { note?: string; status?: FindingStatus }): Promise<void> {
    return editFinding(this.db, this.actor, applicationId, requirement, change);
  }

  async close(): Promise<void> {
    this.engine.stop();
    this.db.close();
    await Dexie.delete(this.db.name);
  }

  /** Stops the engine and leaves the database open for the next client. */
  stop(): void {
    this.engine.stop();
  }

  setOffline(offline: boolean): void {
    this.main.setOffline(offline);
  }

  fault(fault: PushFault): void {
    this.main.faults.push(fault);
  }

  clearFaults(): void {
    this.main.faults.length = 0;
  }

  journalIds(): Promise<string[]> {
    return Promise.resolve(this.main.journalIds());
  }

  judged(opId: string): OperationAnswer['status'] | undefined {
    return this.main.judged.get(opId);
  }
}

/** The in-memory server as the scenario's checks see it. */
export function modelView(server: SyncModel): ServerView {
  return {
    opCounts: () => {
      const counts = new Map<string, number>();
      for (const e of server.log()) counts.set(e.opId, (counts.get(e.opId) ?? 0) + 1);
      return Promise.resolve(counts);
    },
    seqOf: (opId) => Promise.resolve(server.log().find((e) => e.opId === opId)?.seq),
    head: () => Promise.resolve(server.log().at(-1)?.seq ?? 0),
    application: (id) => {
      const r = server.replica(id);
      if (r === undefined) return Promise.resolve(undefined);
      const findings = Object.fromEntries(
        Object.entries(r.findings).map(([req, f]) => [req, { note: f.note?.value ?? '', status: f.status?.value.status ?? null }]),
      );
      return Promise.resolve({ state: r.state, findings });
    },
  };
}

export const people = { siti: sampleUsers.siti, andi: sampleUsers.andi, ketua: sampleUsers.ketua } as const;
export { devices };
