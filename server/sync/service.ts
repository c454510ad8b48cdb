// Push and pull against the database. A push is one transaction under the sync-log lock
// (sequence.ts), so a pull never skips an entry that commits late.
import {
  conflictAuthorsOf,
  namedAnswers,
  namedPage,
  pageOf,
  pageUsersOf,
  processPush,
  viewFor,
  type Actor,
  type Audience,
  type LogEntry,
  type PullPage,
  type PushResult,
  type RawOperation,
  type Viewer,
} from '../../common/sync';
import type { Db } from '../storage/db';
import { namesOf } from './names';
import { ApplicationCache } from './replicas';
import { lockSyncLog } from './sequence';
import { databaseSyncStore } from './store';

export class SyncService {
  readonly cache = new ApplicationCache();

  constructor(private readonly db: Db) {}

  push(actor: Actor, clientId: string, operations: readonly RawOperation[], now: Date): Promise<PushResult> {
    return this.db.transaction(async (tx) => {
      await lockSyncLog(tx);
      const result = await processPush(databaseSyncStore(tx, this.cache, now), actor, clientId, operations, now);
      if (result.kind !== 'answers') return result;
      // Named as sent, not stored with the receipt: a resend names the author as the server knows them then.
      return { ...result, answers: namedAnswers(result.answers, await namesOf(tx, conflictAuthorsOf(result.answers))) };
    });
  }

  async pull(viewer: Viewer, after: number, limit: number): Promise<PullPage> {
    // One statement, one snapshot: the head and the entries agree even while others commit.
    const { rows } = await this.db.query<PullRow>(
      `WITH head AS (SELECT COALESCE(max(seq), 0) AS head FROM sync_log)
       SELECT head.head, l.seq, l.op_id, l.author_id, l.at, l.changes, l.everyone, l.verifier_id, l.former_verifier_id
       FROM head LEFT JOIN LATERAL (
         SELECT * FROM sync_log
         WHERE seq > $1 AND ($2::bigint IS NULL OR everyone OR verifier_id = $2 OR former_verifier_id = $2)
         ORDER BY seq LIMIT $3
       ) l ON true`,
      [after, viewer.role === 'verifier' ? Number(viewer.userId) : null, limit + 1],
    );
    const head = rows[0]?.head ?? 0;
    const visible: LogEntry[] = [];
    for (const row of rows) {
      const { seq } = row;
      if (seq === null) continue;
      const view = viewFor(entryOf({ ...row, seq }), audienceOf(row), viewer);
      if (view !== undefined) visible.push(view);
    }
    const page = pageOf(visible, limit, after, head);
    return namedPage(page, await namesOf(this.db, pageUsersOf(page)));
  }
}

interface PullRow {
  head: number;
  seq: number | null;
  op_id: string;
  author_id: number | null;
  at: Date;
  changes: unknown;
  everyone: boolean;
  verifier_id: number | null;
  former_verifier_id: number | null;
}

const userId = (id: number | null): string | null => (id === null ? null : String(id));

function entryOf(row: PullRow & { seq: number }): LogEntry {
  return {
    seq: row.seq,
    opId: row.op_id,
    authorId: userId(row.author_id),
    at: row.at.toISOString(),
    // Written by persistEntry from changes the sync core built and typed; validating again here
    // would re-parse every 100,000-member application snapshot on every pull.
    changes: row.changes as LogEntry['changes'],
  };
}

const audienceOf = (row: PullRow): Audience => ({ everyone: row.everyone, verifierId: userId(row.verifier_id), formerVerifierId: userId(row.former_verifier_id) });
