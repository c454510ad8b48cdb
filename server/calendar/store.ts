// The working-day calendar the server publishes. Until an administrator replaces it, the
// calendar built into common/domain is served. A replacement must carry a higher version than
// the published one (the document's own rule for "newest"), and enters the sync log for
// everyone, so clients pick it up with their next pull.
import { randomUUID } from 'node:crypto';
import { holidayCalendarDocumentSchema, seedCalendarDocument, type HolidayCalendarDocument } from '../../common/domain';
import type { LogEntry } from '../../common/sync';
import { json, type Db } from '../storage/db';
import { insertLogEntry } from '../sync/persist';
import { lockSyncLog, nextSeq } from '../sync/sequence';

export interface PublishedCalendar {
  readonly document: HolidayCalendarDocument;
  readonly source: 'published' | 'built_in';
}

export class CalendarError extends Error {
  override name = 'CalendarError';
  constructor(
    readonly code: 'calendar_outdated',
    message: string,
  ) {
    super(message);
  }
}

const builtIn = (): HolidayCalendarDocument => holidayCalendarDocumentSchema.parse(seedCalendarDocument);

export async function currentCalendar(db: Db): Promise<PublishedCalendar> {
  const { rows } = await db.query<{ document: unknown }>('SELECT document FROM calendar WHERE id = 1');
  const row = rows[0];
  return row === undefined ? { document: builtIn(), source: 'built_in' } : { document: holidayCalendarDocumentSchema.parse(row.document), source: 'published' };
}

/** `authorId` null when the admin CLI on the server replaces it. */
export async function replaceCalendar(db: Db, document: HolidayCalendarDocument, authorId: string | null, now: Date): Promise<LogEntry> {
  return db.transaction(async (tx) => {
    await lockSyncLog(tx);
    const current = await tx.query<{ version: number }>('SELECT version FROM calendar WHERE id = 1');
    const version = current.rows[0]?.version ?? builtIn().version;
    if (document.version <= version) {
      throw new CalendarError('calendar_outdated', `Versi kalender harus lebih besar dari versi yang berlaku (${version}).`);
    }
    const seq = await nextSeq(tx);
    await tx.query(
      `INSERT INTO calendar (id, document, version, seq, updated_by) VALUES (1, $1::jsonb, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document, version = EXCLUDED.version, seq = EXCLUDED.seq, updated_by = EXCLUDED.updated_by`,
      [json(document), document.version, seq, authorId === null ? null : Number(authorId)],
    );
    const entry: LogEntry = { seq, opId: randomUUID(), authorId, at: now.toISOString(), changes: [{ kind: 'calendar', document }] };
    await insertLogEntry(tx, entry, { everyone: true, verifierId: null, formerVerifierId: null }, null);
    return entry;
  });
}
