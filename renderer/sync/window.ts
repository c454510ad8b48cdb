// One sync engine per window, over the app's contract client. The shell starts it once the
// local database is open (`startWindowSync(db)`); the status area binds to `engine.store` and
// calls `engine.syncNow()` for "Sinkronkan sekarang".
import type { VerikopDb } from '../db/database';
import { api } from '../platform/api';
import { SyncEngine } from './engine';
import { apiPort } from './port';

let current: { readonly db: VerikopDb; readonly engine: SyncEngine } | undefined;

/** The window's engine for `db`, started on first call; a call with another database replaces it. */
export function startWindowSync(db: VerikopDb): SyncEngine {
  if (current?.db === db) return current.engine;
  current?.engine.stop();
  const engine = new SyncEngine({ db, port: apiPort(api) });
  current = { db, engine };
  void engine.start();
  return engine;
}

/** The running engine, if the shell started one. */
export const windowSync = (): SyncEngine | undefined => current?.engine;
