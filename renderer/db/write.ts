// One door for every read-write transaction, so a full disk always surfaces as the same typed
// failure and a throw anywhere inside rolls back every table the transaction touched.
import type { Table } from 'dexie';
import type { VerikopDb } from './database';
import { toDbError } from './errors';

export async function dbWrite<T>(db: VerikopDb, tables: readonly Table[], body: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', tables, body);
  } catch (e) {
    throw toDbError(e);
  }
}

