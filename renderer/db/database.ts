// The renderer's local database. One Dexie instance per window; every table is typed here.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { AuditEventRow } from './audit';
import type {
  ApplicationRow,
  ApprovalRow,
  ConflictRow,
  DocumentRow,
  DraftRow,
  EvidenceRow,
  FindingRow,
  OutboxRow,
  SyncStateRow,
} from './rows';
import { latestVersion, schemaVersions } from './schema';
import type { RequirementId } from './model';

export const DEFAULT_DB_NAME = 'verikop';

export class VerikopDb extends Dexie {
  declare readonly applications: Table<ApplicationRow, string>;
  declare readonly findings: Table<FindingRow, [string, RequirementId]>;
  declare readonly evidence: Table<EvidenceRow, string>;
  declare readonly recommendationDrafts: Table<DraftRow, string>;
  declare readonly approvals: Table<ApprovalRow, string>;
  declare readonly auditEvents: Table<AuditEventRow, number>;
  declare readonly outbox: Table<OutboxRow, number>;
  declare readonly syncState: Table<SyncStateRow, 'local'>;
  declare readonly conflicts: Table<ConflictRow, string>;
  declare readonly documents: Table<DocumentRow, string>;

  /** `upTo` exists for migration tests: it opens the schema as an older release had it. */
  constructor(name: string, options: Omit<DexieOptions, 'chromeTransactionDurability'> = {}, upTo = latestVersion) {
    // Dexie 4 sets durability per database, not per transaction. 'strict' makes every
    // read-write transaction report success only once the data is flushed to disk: a finding
    // whose save was confirmed survives a power cut on the site visit. Reads are unaffected;
    // bulk writes (import, pull) pay a little, and they hold data worth the same care.
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    for (const v of schemaVersions) {
      if (v.version > upTo) break;
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }
}

/** Opens (creating or migrating as needed) the local database. */
export async function openVerikopDb(name = DEFAULT_DB_NAME, options: Omit<DexieOptions, 'chromeTransactionDurability'> = {}): Promise<VerikopDb> {
  const db = new VerikopDb(name, options);
  await db.open();
  return db;
}
