// A throwaway PostgreSQL 15 cluster (Debian's package) for tests: initdb into /tmp, start on a
// free loopback port, hand out fresh databases, stop and delete on dispose. Postgres refuses to
// run as root, so when the tests run as root the server runs as the `postgres` user.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);
export const POSTGRES_BIN = '/usr/lib/postgresql/15/bin';

/** Why the PostgreSQL tests cannot run here, or undefined when they can. */
export function postgresUnavailableReason(): string | undefined {
  if (!existsSync(path.join(POSTGRES_BIN, 'initdb'))) {
    return `PostgreSQL 15 is not installed (${POSTGRES_BIN}/initdb missing; apt-get install postgresql-15)`;
  }
  if (process.getuid?.() === 0 && !existsSync('/usr/sbin/runuser')) return 'running as root without runuser';
  return undefined;
}

export interface ThrowawayPostgres {
  /** Connection string of the maintenance database (`postgres`). */
  readonly adminUrl: string;
  /** Creates an empty database and answers its connection string. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address !== null && typeof address === 'object') resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });

const asRoot = (): boolean => process.getuid?.() === 0;

/** Runs a PostgreSQL binary, as the postgres user when we are root. */
function pgCommand(binary: string, args: readonly string[]): [string, string[]] {
  const full = path.join(POSTGRES_BIN, binary);
  return asRoot() ? ['/usr/sbin/runuser', ['-u', 'postgres', '--', full, ...args]] : [full, [...args]];
}

async function ownByPostgres(dir: string): Promise<void> {
  if (!asRoot()) return;
  const uid = Number((await run('id', ['-u', 'postgres'])).stdout.trim());
  const gid = Number((await run('id', ['-g', 'postgres'])).stdout.trim());
  await chown(dir, uid, gid);
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const reason = postgresUnavailableReason();
  if (reason !== undefined) throw new Error(`Cannot start PostgreSQL: ${reason}`);
  const root = await mkdtemp(path.join(os.tmpdir(), 'verikop-pg-'));
  await ownByPostgres(root);
  const dataDir = path.join(root, 'data');
  const [initdb, initArgs] = pgCommand('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  await run(initdb, initArgs);
  const port = await freePort();
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
  const [pgCtl, startArgs] = pgCommand('pg_ctl', ['-D', dataDir, '-l', path.join(root, 'log'), '-o', options, '-w', 'start']);
  await run(pgCtl, startArgs);

  const stopSync = (): void => {
    const [cmd, args] = pgCommand('pg_ctl', ['-D', dataDir, '-m', 'immediate', 'stop']);
    try {
      execFileSync(cmd, args, { stdio: 'ignore' });
    } catch {
      // Already stopped.
    }
  };
  // A crashed test run must not leave a postgres behind.
  process.once('exit', stopSync);

  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let counter = 0;
  return {
    adminUrl,
    async createDatabase() {
      counter += 1;
      const name = `verikop_test_${counter}`;
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        // Database names cannot be bound as parameters; this one is built from a counter only.
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      process.removeListener('exit', stopSync);
      stopSync();
      await rm(root, { recursive: true, force: true });
    },
  };
}
