// The schema history of the local database, one entry per version. Dexie keeps a table's
// previous definition when a version does not name it, so each entry lists only what changed.
// Rules for a new version: never edit a shipped entry; add one with `stores` and, when existing
// rows need new fields, an `upgrade` that derives them from what is stored — it runs once, inside
// the version-change transaction, and a throw leaves the database at the previous version.
import type { Transaction } from 'dexie';
import { searchWordsOf } from './search';
import type { ApplicationRow } from './rows';

export interface SchemaVersion {
  readonly version: number;
  /** Why this version exists, for the next person reading the history. */
  readonly why: string;
  readonly stores: Readonly<Record<string, string | null>>;
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}

export const schemaVersions: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'Records, audit chain, outbox and sync state for working offline.',
    stores: {
      // The inbox orders by deadline and filters by state, for one person or across people
      // (a supervisor's queue); see inbox.ts for how the indexes combine.
      applications: 'id, state, deadline, [assignee+state], [assignee+deadline]',
      findings: '[applicationId+requirement]',
      evidence: 'id, [applicationId+requirement], sha256',
      recommendationDrafts: 'applicationId',
      approvals: 'id, [applicationId+at]',
      // `seq` is the position in this installation's hash chain, assigned inside the writing
      // transaction from the last stored event.
      auditEvents: 'seq, applicationId',
      // Equal index keys are ordered by primary key, so `state = pending` lists in `seq` order.
      outbox: '++seq, &id, state, [entityKey+state]',
      syncState: 'key',
      conflicts: 'id, state, applicationId, opId',
    },
  },
  {
    version: 2,
    why: 'Text search in the inbox: a multi-entry index of normalised words per application.',
    stores: {
      applications: 'id, state, deadline, [assignee+state], [assignee+deadline], *searchWords',
    },
    upgrade: async (tx) => {
      await tx
        .table<ApplicationRow, string>('applications')
        .toCollection()
        .modify((row: { searchWords?: readonly string[]; application: ApplicationRow['application'] }) => {
          row.searchWords = searchWordsOf(row.application);
        });
    },
  },
  {
    version: 3,
    why: 'Generated and signed PDFs attached to a file (Berita Acara, Surat Rekomendasi), by id and SHA-256.',
    stores: {
      documents: 'id, applicationId',
    },
  },
  {
    version: 4,
    why: 'Inbox over 10,000 files in one frame: compound indexes ordered by deadline within assignee and state, so a filtered page is a bounded range read and a total is a count.',
    stores: {
      // [assignee+state+deadline] and [state+deadline] replace [assignee+state] and state: a
      // range of either lists its files in deadline order (ties by id), see inbox.ts. The
      // browser builds the new indexes from the stored rows during the upgrade; no row changes.
      applications: 'id, deadline, [assignee+deadline], [assignee+state+deadline], [state+deadline], *searchWords',
    },
  },
];

export const latestVersion = schemaVersions.reduce((max, v) => Math.max(max, v.version), 0);
