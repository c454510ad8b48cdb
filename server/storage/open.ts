// Chooses the engine: PostgreSQL when a connection string is given (DATABASE_URL), otherwise
// embedded PGlite in the data directory. Either way the schema is migrated before use.
import path from 'node:path';
import type { Db } from './db';
import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';

export interface StorageLocation {
  /** PostgreSQL connection string; when absent, PGlite is used. */
  readonly databaseUrl?: string | undefined;
  /** The server's data directory; PGlite keeps its files in `<dataDir>/db`. */
  readonly dataDir: string;
}

export const pgliteDirOf = (dataDir: string): string => path.join(dataDir, 'db');

/** Where the records live, for people: never includes a password from the connection string. */
export function describeStorage(location: StorageLocation): string {
  if (location.databaseUrl === undefined) return `PGlite ${pgliteDirOf(location.dataDir)}`;
  try {
    const url = new URL(location.databaseUrl);
    return `PostgreSQL ${url.hostname}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

export async function openDatabase(location: StorageLocation): Promise<Db> {
  const db =
    location.databaseUrl === undefined
      ? await openPglite(pgliteDirOf(location.dataDir))
      : openPostgres(location.databaseUrl);
  try {
    await migrate(db);
    return db;
  } catch (error) {
    await db.close();
    throw error;
  }
}
