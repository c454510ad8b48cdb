// The inbox query. With 10,000 files the filters are answered from index keys alone (no row is
// read to decide whether it matches), and only the rows of the requested page are read. Each
// filter is one or a few index ranges already in deadline order (ties by id): [assignee+deadline]
// or deadline, and per state [assignee+state+deadline] or [state+deadline] (schema v4). Without
// text a total is a count() and a page a bounded read; text (the multi-entry word index, one
// prefix range per typed word) gives a set of ids to keep.
import { Dexie, type Collection } from 'dexie';
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

type Range = Collection<ApplicationRow, string>;
/** A range as a function: a Dexie collection changes in place when limited or reversed. */
type RangeOf = () => Range;

/** The files the filters other than text and state keep, in deadline order (ties by id). */
function orderRange(db: VerikopDb, q: InboxQuery): RangeOf {
  const before = q.deadlineBefore ?? MAX_DATE;
  const { assignee } = q;
  return assignee === undefined ? () => db.applications.where('deadline').below(before) : () => db.applications.where('[assignee+deadline]').between([assignee, Dexie.minKey], [assignee, before], true, false);
}

/** One range per chosen state, with the same assignee and deadline bounds, each in deadline order. */
function stateRanges(db: VerikopDb, q: InboxQuery): RangeOf[] {
  const before = q.deadlineBefore ?? MAX_DATE;
  const { assignee } = q;
  return [...new Set(q.states ?? [])].map((state) =>
    assignee === undefined
      ? () => db.applications.where('[state+deadline]').between([state, Dexie.minKey], [state, before], true, false)
      : () => db.applications.where('[assignee+state+deadline]').between([assignee, state, Dexie.minKey], [assignee, state, before], true, false),
  );
}

/**
 * The words that narrow the answer. A typed word that begins another typed word adds nothing
 * ("kop koperasi" is "koperasi"), and neither does a word every file has (in a cooperative
 * office nearly every name begins "Koperasi"): one count of its exact entries, against the count
 * of files, tells — the word index holds each word of a file once. Neither is read then.
 */
async function narrowingWords(db: VerikopDb, text: string | undefined): Promise<string[]> {
  const typed = [...new Set(wordsOf(text ?? ''))];
  const words = typed.filter((w) => !typed.some((o) => o !== w && o.startsWith(w)));
  if (words.length === 0) return [];
  const [files, ...perWord] = await Promise.all([db.applications.count(), ...words.map((w) => db.applications.where('searchWords').equals(w).count())]);
  return words.filter((_, i) => perWord[i] !== files);
}

/** Ids whose words begin with every one of `words` (at least one). */
async function scanText(db: VerikopDb, words: readonly string[]): Promise<Set<string>> {
  // Longest words first: they usually match least, so the intersection shrinks fastest.
  const sorted = [...words].sort((a, b) => b.length - a.length);
  const perWord = await Promise.all(sorted.map((word) => db.applications.where('searchWords').startsWith(word).primaryKeys()));
  let result: Set<string> | undefined;
  for (const ids of perWord) {
    const next = new Set<string>();
    for (const id of ids) if (result === undefined || result.has(id)) next.add(id);
    result = next;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}

/**
 * The first `want` ids of an ordered range that `keep` accepts, reading growing prefixes of the
 * range (bounded primary-key reads, no cursor) until enough are found, the range ends, or all
 * `available` accepted ids have been passed.
 */
function firstKept(range: RangeOf, keep: (id: string) => boolean, want: number, available: number): Promise<string[]> {
  // A chain of the reads' own promises rather than an async loop: the next read is sent in the
  // same tick the previous one answers, inside the transaction's zone.
  const from = (n: number): Promise<string[]> =>
    range()
      .limit(n)
      .primaryKeys()
      .then((ids) => {
        const kept = ids.filter(keep);
        return kept.length >= want || kept.length >= available || ids.length < n ? kept.slice(0, want) : from(n * 4);
      });
  return from(Math.max(4 * want, 256));
}

interface Found {
  readonly total: number;
  /** The ids of the page and everything before it, in order. */
  readonly upToPage: string[];
}

/** No text, at most one state: one range gives the total (a count) and the page. */
async function oneRange(range: RangeOf, order: (r: Range) => Range, want: number): Promise<Found> {
  const [total, upToPage] = await Promise.all([range().count(), order(range()).limit(want).primaryKeys()]);
  return { total, upToPage };
}

/**
 * No text, several states. The totals are counts. The page lies among the first `want` files of
 * each state (a file after those has `want` of its own state before it), so walking the order
 * range and keeping those gives the merged order without reading any deadline.
 */
async function severalStates(ranges: readonly RangeOf[], ordered: RangeOf, order: (r: Range) => Range, want: number): Promise<Found> {
  const [counts, heads] = await Promise.all([Promise.all(ranges.map((r) => r().count())), Promise.all(ranges.map((r) => order(r()).limit(want).primaryKeys()))]);
  const candidates = new Set(heads.flat());
  return { total: counts.reduce((a, b) => a + b, 0), upToPage: await firstKept(() => order(ordered()), (id) => candidates.has(id), want, candidates.size) };
}

/** With text: the files of the chosen states (or the order range) that also match the words. */
async function withText(db: VerikopDb, q: InboxQuery, words: readonly string[], order: (r: Range) => Range, want: number): Promise<Found> {
  const ordered = orderRange(db, q);
  const states = stateRanges(db, q);
  const everything = q.assignee === undefined && q.deadlineBefore === undefined;
  if (states.length === 0 && !everything) {
    // The order range is small enough to list (one person's files, or those due before a date).
    const [ids, matches] = await Promise.all([order(ordered()).primaryKeys(), scanText(db, words)]);
    const kept = ids.filter((id) => matches.has(id));
    return { total: kept.length, upToPage: kept.slice(0, want) };
  }
  const [matches, ...perState] = await Promise.all([scanText(db, words), ...states.map((r) => r().primaryKeys())]);
  let keep: ReadonlySet<string> = matches;
  if (states.length > 0) {
    const inStates = new Set<string>();
    for (const ids of perState) for (const id of ids) if (matches.has(id)) inStates.add(id);
    keep = inStates;
  }
  return { total: keep.size, upToPage: await firstKept(() => order(ordered()), (id) => keep.has(id), want, keep.size) };
}

const forward = (r: Range) => r;
const reversed = (r: Range) => r.reverse();

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
    // Reversing a range read gives (deadline, id) descending, as the list sorts newest first.
    const order = q.sort === 'deadline-desc' ? reversed : forward;
    const offset = q.offset ?? 0;
    const want = offset + q.limit;
    const words = await narrowingWords(db, q.text);
    const states = stateRanges(db, q);
    const [single] = states;
    const found =
      words.length > 0
        ? await withText(db, q, words, order, want)
        : states.length > 1
          ? await severalStates(states, orderRange(db, q), order, want)
          : await oneRange(single ?? orderRange(db, q), order, want);
    const rows = await db.applications.bulkGet(found.upToPage.slice(offset, want));
    return { total: found.total, rows: rows.filter((r) => r !== undefined).map(toInboxRow) };
  });
}
