// Lookups shared by the repositories, inside their transactions.
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import type { ApplicationRow } from './rows';

const notFound = (id: string) => new DbFailure('not_found', `Berkas permohonan ${id} tidak ada di perangkat ini. Sinkronkan atau impor berkasnya terlebih dahulu.`);

export async function requireApplication(db: VerikopDb, id: string): Promise<ApplicationRow> {
  const app = await db.applications.get(id);
  if (!app) throw notFound(id);
  return app;
}

/**
 * The same check when the row itself is not needed: a count over the primary key reads no value,
 * where a get would structured-clone the whole application (its documents, members, …).
 */
export async function requireApplicationKey(db: VerikopDb, id: string): Promise<void> {
  if ((await db.applications.where(':id').equals(id).count()) === 0) throw notFound(id);
}
