// What every route handler may use: the database, the blob store, the sync service, the clock
// and the policies. Built once by app.ts; tests build it with their own clock and cheap scrypt.
import type { LoginPolicy } from './auth/login';
import type { ScryptParams } from './auth/passwords';
import type { BlobStore } from './blobs/store';
import type { Db } from './storage/db';
import type { SyncService } from './sync/service';

export interface ServerContext {
  readonly db: Db;
  readonly blobs: BlobStore;
  readonly sync: SyncService;
  readonly clock: () => Date;
  readonly loginPolicy: LoginPolicy;
  readonly scrypt: ScryptParams;
  readonly maxBlobBytes: number;
}
