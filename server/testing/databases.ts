// The two engines every storage test runs against. A test file loops over `databaseTargets()`
// and wraps its suite in `describe.skipIf(target.skip)`. PostgreSQL missing is a skip with the
// reason locally, and a loud failure under CI (CI=true), where it must be present.
import { openPglite } from '../storage/pglite';
import { openPostgres } from '../storage/postgres';
import type { Db } from '../storage/db';
import { postgresUnavailableReason, startThrowawayPostgres, type ThrowawayPostgres } from './postgres';

export interface DatabaseTarget {
  readonly name: 'pglite' | 'postgres';
  /** Reason to skip this engine's suite here; undefined when it must run. */
  readonly skip: string | undefined;
  /** An empty database (no tables). Each call starts from nothing again. */
  open(): Promise<Db>;
  /** Releases the engine (stops the throwaway cluster); call in afterAll. */
  dispose(): Promise<void>;
}

const inCi = (): boolean => process.env.CI === 'true' || process.env.CI === '1';

function pgliteTarget(): DatabaseTarget {
  // Creating a PGlite instance costs seconds; emptying its schema costs milliseconds.
  let shared: Promise<Db> | undefined;
  return {
    name: 'pglite',
    skip: undefined,
    async open() {
      shared ??= openPglite(undefined);
      const db = await shared;
      await db.query('DROP SCHEMA public CASCADE');
      await db.query('CREATE SCHEMA public');
      return { ...db, close: () => Promise.resolve() };
    },
    async dispose() {
      if (shared !== undefined) await (await shared).close();
      shared = undefined;
    },
  };
}

function postgresTarget(): DatabaseTarget {
  const reason = postgresUnavailableReason();
  let cluster: Promise<ThrowawayPostgres> | undefined;
  return {
    name: 'postgres',
    skip: reason !== undefined && !inCi() ? `PostgreSQL tests skipped: ${reason}` : undefined,
    async open() {
      if (reason !== undefined) throw new Error(`PostgreSQL is required under CI: ${reason}`);
      cluster ??= startThrowawayPostgres();
      const url = await (await cluster).createDatabase();
      return openPostgres(url, { maxConnections: 4 });
    },
    async dispose() {
      if (cluster !== undefined) await (await cluster).stop();
      cluster = undefined;
    },
  };
}

export const databaseTargets = (): DatabaseTarget[] => [pgliteTarget(), postgresTarget()];
