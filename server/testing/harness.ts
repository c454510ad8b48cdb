// Starts the server in-process for tests: on a given database, with a blob directory in /tmp,
// cheap scrypt and a clock the test controls; listens on 127.0.0.1 with a free port when asked.
// Tests of other areas (the client's sync engine) use it too.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { ServerRole } from '../../common/contract/http';
import { buildApp } from '../app';
import type { ScryptParams } from '../auth/passwords';
import { createUser } from '../auth/users';
import type { ServerContext } from '../context';
import type { Db } from '../storage/db';
import { migrate } from '../storage/migrate';

/** Cheap on purpose: tests create and log in many users. Production uses DEFAULT_SCRYPT. */
export const TEST_SCRYPT: ScryptParams = { N: 2 ** 10, r: 8, p: 1 };

export interface TestServer {
  readonly app: FastifyInstance;
  readonly ctx: ServerContext;
  readonly db: Db;
  readonly blobDir: string;
  /** `http://127.0.0.1:<port>` when started with `listen: true`. */
  readonly url: string | undefined;
  /** Moves the server's clock (never the test's wall clock). */
  setTime(at: Date): void;
  close(): Promise<void>;
}

export interface TestServerOptions {
  readonly db: Db;
  readonly listen?: boolean;
  readonly now?: Date;
  readonly maxBlobBytes?: number;
}

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  await migrate(options.db);
  const blobDir = await mkdtemp(path.join(os.tmpdir(), 'verikop-blobs-'));
  let now = options.now ?? new Date('2026-03-30T02:00:00.000Z');
  const { app, ctx } = await buildApp({
    db: options.db,
    blobDir,
    clock: () => now,
    scrypt: TEST_SCRYPT,
    checkResponses: true,
    ...(options.maxBlobBytes === undefined ? {} : { maxBlobBytes: options.maxBlobBytes }),
  });
  const url = options.listen === true ? await app.listen({ host: '127.0.0.1', port: 0 }) : undefined;
  return {
    app,
    ctx,
    db: options.db,
    blobDir,
    url,
    setTime: (at) => {
      now = at;
    },
    async close() {
      await app.close();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export const TEST_PASSWORD = 'kata-sandi-uji-coba';

/** Creates a user with TEST_PASSWORD and answers a session token for them. */
export async function userWithToken(server: TestServer, username: string, role: ServerRole, displayName = username): Promise<{ id: string; token: string }> {
  const user = await createUser(server.db, { username, displayName, role, password: TEST_PASSWORD }, server.ctx.clock(), TEST_SCRYPT);
  const response = await server.app.inject({ method: 'POST', url: '/auth/login', payload: { username, password: TEST_PASSWORD } });
  const body = response.json<{ token?: string }>();
  if (response.statusCode !== 200 || body.token === undefined) throw new Error(`login of ${username} failed: ${response.body}`);
  return { id: user.id, token: body.token };
}
