// The inbox query. With 10,000 files the filters are answered from index keys alone (no row is
// read to decide whether it matches): the deadline index gives the order, the state index and
// the multi-entry word index (one prefix range per typed word) give sets to keep. Only the rows
// of the requested page are read.
import { Dexie } from 'dexie';
import type { CalendarDate } from '../../common/domain/dates';
import type { VerikopDb } from './database';
import type { WorkflowState } from './model';
import type { ApplicationRow } from './rows';
import { wordsOf } from './search';

export interface InboxQuery {
  /** Files assigned to this user; absent for queues across people (a supervisor's approvals). */
  readonly assignee?: string;
  /** Only files in these states; absent or empty for every state. */
  readonly states?: readonly WorkflowState[];
  /** Only files whose deadline is strictly before this date (e.g. today: the overdue ones). */
  readonly deadlineBefore?: CalendarDate;
  /** Every typed word must begin a word of the applicant, number, place or head's name. */
  readonly text?: string;
  /** 'deadline-asc' puts the most urgent first. */
  readonly sort?: 'deadline-asc' | 'deadline-desc';
  readonly limit: number;
  readonly offset?: number;
}

export type InboxRow = Pick<ApplicationRow, 'id' | 'registrationNumber' | 'applicantName' | 'kabKotaCode' | 'state' | 'assignee' | 'receivedAt' | 'deadline' | 'updatedAt'> & {
  readonly subBranchAddress: string;
};

export interface InboxPage {
  /** How many files match in all, for the list's scroll height and the count shown. */
  readonly total: number;
  readonly rows: readonly InboxRow[];
}

const MAX_DATE = '9999-12-31';

/**
 * Ids in deadline order (ties by id), optionally narrowed to some states. Both come from
 * getAllKeys-style reads of index ranges: no cursor walks, no values.
 */
async function scanFilters(db: VerikopDb, q: InboxQuery): Promise<string[]> {
  const before = q.deadlineBefore ?? MAX_DATE;
  const byDeadline =
    q.assignee === undefined
      ? db.applications.where('deadline').below(before)
      : db.applications.where('[assignee+deadline]').between([q.assignee, Dexie.minKey], [q.assignee, before], true, false);
  // Equal index keys come back ordered by primary key: (deadline, id), as the list sorts.
  // The reads are sent together: each is a round trip to the browser's IndexedDB process, and
  // in one transaction they are answered back to back instead of one after another.
  const states = [...new Set(q.states ?? [])];
  const assignee = q.assignee;
  const [ordered, ...perState] = await Promise.all([
    byDeadline.primaryKeys(),
    ...states.map((state) =>
      assignee === undefined
        ? db.applications.where('state').equals(state).primaryKeys()
        : db.applications.where('[assignee+state]').equals([assignee, state]).primaryKeys(),
    ),
  ]);
  if (states.length === 0) return ordered;
  const inStates = new Set(perState.flat());
  return ordered.filter((id) => inStates.has(id));
}

/** Ids whose words begin with every typed word; undefined when no words were typed. */
async function scanText(db: VerikopDb, text: string | undefined): Promise<Set<string> | undefined> {
  const words = [...new Set(wordsOf(text ?? ''))];
  if (words.length === 0) return undefined;
  // Longest words first: they usually match least, so the intersection shrinks fastest.
  words.sort((a, b) => b.length - a.length);
  const perWord = await Promise.all(words.map((word) => db.applications.where('searchWords').startsWith(word).primaryKeys()));
  let result: Set<string> | undefined;
  for (const ids of perWord) {
    const next = new Set<string>();
    for (const id of ids) if (result === undefined || result.has(id)) next.add(id);
    result = next;
    if (result.size === 0) break;
  }
  return result;
}

function toInboxRow(row: ApplicationRow): InboxRow {
  return {
    id: row.id,
    registrationNumber: row.registrationNumber,
    applicantName: row.applicantName,
    kabKotaCode: row.kabKotaCode,
    subBranchAddress: row.application.subBranch.address,
    state: row.state,
    assignee: row.assignee,
    receivedAt: row.receivedAt,
    deadline: row.deadline,
    updatedAt: row.updatedAt,
  };
}

export async function listInbox(db: VerikopDb, q: InboxQuery): Promise<InboxPage> {
  return db.transaction('r', [db.applications], async () => {
    const [ordered, textIds] = await Promise.all([scanFilters(db, q), scanText(db, q.text)]);
    const matching = textIds === undefined ? ordered : ordered.filter((id) => textIds.has(id));
    if (q.sort === 'deadline-desc') matching.reverse();
    const offset = q.offset ?? 0;
    const rows = await db.applications.bulkGet(matching.slice(offset, offset + q.limit));
    return { total: matching.length, rows: rows.filter((r) => r !== undefined).map(toInboxRow) };
  });
}
