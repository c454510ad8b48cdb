// Lookups shared by the repositories, inside their transactions.
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import type { ApplicationRow } from './rows';

export async function requireApplication(db: VerikopDb, id: string): Promise<ApplicationRow> {
  const app = await db.applications.get(id);
  if (!app) throw new DbFailure('not_found', `Berkas permohonan ${id} tidak ada di perangkat ini. Sinkronkan atau impor berkasnya terlebih dahulu.`);
  return app;
}
