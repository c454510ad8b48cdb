// Starting and stopping a whole server: data directory, storage, app, listening socket. Used by
// the CLI (`npm run server`), by tests in-process, and by tests that run it as a child process
// to kill it.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app';
import type { ScryptParams } from './auth/passwords';
import { lockDataDir, type DataDirLock } from './lock';
import type { Db } from './storage/db';
import { describeStorage, openDatabase } from './storage/open';

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = '.verikop-server';

export interface StorageConfig {
  /** Holds `db/` (PGlite) and `blobs/`. */
  readonly dataDir: string;
  /** PostgreSQL instead of PGlite when set. */
  readonly databaseUrl?: string | undefined;
}

export interface ServerConfig extends StorageConfig {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  readonly trustProxy?: boolean;
  readonly logger?: Logger | false;
  readonly scrypt?: ScryptParams;
}

export interface OpenedStorage {
  readonly db: Db;
  readonly dataDir: string;
  readonly blobDir: string;
  /** "PGlite <dir>" or "PostgreSQL host:port/db", without credentials. */
  readonly description: string;
  close(): Promise<void>;
}

const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === '::1' || host === 'localhost';

/** Opens (creating, migrating) the storage; PGlite data directories are locked to one process. */
export async function openStorage(config: StorageConfig): Promise<OpenedStorage> {
  const dataDir = path.resolve(config.dataDir);
  await mkdir(dataDir, { recursive: true });
  const lock: DataDirLock | undefined = config.databaseUrl === undefined ? await lockDataDir(dataDir) : undefined;
  try {
    const db = await openDatabase({ dataDir, databaseUrl: config.databaseUrl });
    return {
      db,
      dataDir,
      blobDir: path.join(dataDir, 'blobs'),
      description: describeStorage({ dataDir, databaseUrl: config.databaseUrl }),
      async close() {
        await db.close();
        await lock?.release();
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

export interface RunningServer {
  readonly url: string;
  readonly app: FastifyInstance;
  readonly storage: OpenedStorage;
  close(): Promise<void>;
}

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const storage = await openStorage(config);
  try {
    const { app } = await buildApp({
      db: storage.db,
      blobDir: storage.blobDir,
      logger: config.logger ?? false,
      trustProxy: config.trustProxy ?? false,
      ...(config.scrypt === undefined ? {} : { scrypt: config.scrypt }),
    });
    if (!isLoopback(config.host) && config.logger) {
      config.logger.warn({ host: config.host }, 'listening beyond loopback: put TLS (a reverse proxy) in front');
    }
    const url = await app.listen({ host: config.host, port: config.port });
    return {
      url,
      app,
      storage,
      async close() {
        await app.close();
        await storage.close();
      },
    };
  } catch (error) {
    await storage.close();
    throw error;
  }
}
