// The pieces the client's sync tests stand on: the real server (in-process on PGlite, with its
// users and sample applications) and main's real SyncService over a temporary data folder with
// a real vault and a file key.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ServerRole } from '../../common/contract/http';
import type { SyncStatus } from '../../common/contract/sync';
import { createUser } from '../../server/auth/users';
import { databaseTargets, type DatabaseTarget } from '../../server/testing/databases';
import { startTestServer, TEST_PASSWORD, TEST_SCRYPT, type TestServer } from '../../server/testing/harness';
import { FileKeySecretStore } from '../../electron/services/credentials';
import { SyncService, type SyncProgress, type SyncServiceOptions } from '../../electron/services/sync';
import type { Fetch } from '../../electron/services/sync/http-client';
import type { RetryClock } from '../../electron/services/sync/retry';
import { Vault } from '../../electron/services/vault/vault';

export { TEST_PASSWORD };

export interface RealServer {
  readonly server: TestServer;
  readonly url: string;
  close(): Promise<void>;
}

/** The server in this process, on an empty PGlite database, listening on 127.0.0.1. */
export async function startRealServer(): Promise<RealServer> {
  const target: DatabaseTarget | undefined = databaseTargets().find((t) => t.name === 'pglite');
  if (target === undefined) throw new Error('PGlite target missing');
  const server = await startTestServer({ db: await target.open(), listen: true });
  if (server.url === undefined) throw new Error('server did not listen');
  return {
    server,
    url: server.url,
    async close() {
      await server.close();
      await target.dispose();
    },
  };
}

export async function addUser(server: TestServer, username: string, role: ServerRole, displayName = username): Promise<string> {
  const user = await createUser(server.db, { username, displayName, role, password: TEST_PASSWORD }, server.ctx.clock(), TEST_SCRYPT);
  return user.id;
}

export interface MainClient {
  readonly service: SyncService;
  readonly dataDir: string;
  readonly vault: Vault;
  readonly statuses: SyncStatus[];
  readonly progress: SyncProgress[];
  signIn(serverUrl: string, username: string): Promise<SyncStatus>;
  close(): Promise<void>;
}

export interface MainClientOptions {
  readonly fetch?: Fetch;
  readonly clock?: RetryClock;
  readonly now?: () => Date;
  readonly chunkBytes?: number;
  readonly attempts?: number;
  /** Reuse a data folder (a restarted app). */
  readonly dataDir?: string;
}

/** Main's sync service as the app composes it, on its own data folder. */
export async function mainClient(options: MainClientOptions = {}): Promise<MainClient> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'verikop-client-')));
  const vault = Vault.forDataDir(dataDir);
  const statuses: SyncStatus[] = [];
  const progress: SyncProgress[] = [];
  const serviceOptions: SyncServiceOptions = {
    dataDir,
    vault,
    secrets: new FileKeySecretStore(path.join(dataDir, 'sync', 'secret.key')),
    onStatus: (s) => statuses.push(s),
    onProgress: (p) => progress.push(p),
    healthEveryMs: 0,
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.chunkBytes === undefined ? {} : { chunkBytes: options.chunkBytes }),
    ...(options.attempts === undefined ? {} : { attempts: options.attempts }),
  };
  const service = new SyncService(serviceOptions);
  await service.ready();
  return {
    service,
    dataDir,
    vault,
    statuses,
    progress,
    signIn: (serverUrl, username) => service.signIn({ serverUrl, username, password: TEST_PASSWORD }),
    async close() {
      service.close();
      if (options.dataDir === undefined) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
