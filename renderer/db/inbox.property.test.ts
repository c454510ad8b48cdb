// listInbox answers from index ranges, counts, key cursors merged across states and a word set;
// here random queries over random files must give exactly what a plain filter-and-sort of the
// rows gives: the same total and the same page, for every filter, order, offset and limit (and
// typed words that are prefixes of each other, or that every file has). Few
// distinct deadlines, so ties (ordered by id) are everywhere, and some files have no assignee.
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../common/domain/application';
import type { CalendarDate } from '../../common/domain/dates';
import { cleanApplication } from '../../common/domain/fixtures';
import { workflowStates, type WorkflowState } from '../../common/domain/workflow';
import { applicationRow } from './applications';
import { VerikopDb } from './database';
import { listInbox, type InboxQuery } from './inbox';
import type { ApplicationRow } from './rows';
import { wordsOf } from './search';

const COUNT = 600;
const people = ['u-siti', 'u-andi', 'u-nur', null];
const names = ['Koperasi Sejahtera Bontang', 'Koperasi Karya Mandiri', 'KSP Maju Jaya', 'Koperasi Konsumen Sejati', 'Kopdit Harapan'];
const deadlines = ['2026-04-01', '2026-04-02', '2026-04-15', '2026-05-30', '2026-06-01'] as CalendarDate[];

function rows(): ApplicationRow[] {
  const base = cleanApplication();
  return Array.from({ length: COUNT }, (_, i) => {
    const app: Application = { ...base, id: `app-${String((i * 7919) % 1000).padStart(4, '0')}-${String(i)}`, applicant: { ...base.applicant, name: `${names[(i * 3) % names.length] ?? ''} ${String(i % 13)}` } };
    const state = workflowStates[(i * 5 + (i >> 3)) % workflowStates.length] ?? 'received';
    return applicationRow(app, { assignee: people[(i + (i >> 2)) % people.length] ?? null, assignmentVersion: 1, state, stateVersion: 1, deadline: deadlines[(i * 11) % deadlines.length] ?? ('2026-04-01' as CalendarDate), updatedAt: '2026-01-01T00:00:00.000Z' });
  });
}

let db: VerikopDb;
let all: ApplicationRow[];

beforeAll(async () => {
  all = rows();
  db = new VerikopDb('inbox-property');
  await db.open();
  await db.applications.bulkPut(all);
});

afterAll(async () => {
  db.close();
  await Dexie.delete('inbox-property');
});

/** The answer computed the slow, obvious way. */
function expected(q: InboxQuery): string[] {
  const words = wordsOf(q.text ?? '');
  const sign = q.sort === 'deadline-desc' ? -1 : 1;
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return all
    .filter((r) => q.assignee === undefined || r.assignee === q.assignee)
    .filter((r) => q.states === undefined || q.states.length === 0 || q.states.includes(r.state))
    .filter((r) => q.deadlineBefore === undefined || r.deadline < q.deadlineBefore)
    .filter((r) => words.every((w) => r.searchWords.some((sw) => sw.startsWith(w))))
    .sort((a, b) => sign * (cmp(a.deadline, b.deadline) || cmp(a.id, b.id)))
    .map((r) => r.id);
}

const query: fc.Arbitrary<InboxQuery> = fc.record(
  {
    assignee: fc.constantFrom('u-siti', 'u-andi', 'u-nur', 'u-tak-ada'),
    states: fc.subarray([...workflowStates] as WorkflowState[]),
    deadlineBefore: fc.constantFrom(...deadlines, '2026-04-10' as CalendarDate),
    text: fc.array(fc.constantFrom('kop', 'koperasi', 'k', 'sejah', 'SEJATI', 'mandiri', 'jaya', '1', '12', 'bontang', 'zzz', '6474', '647'), { maxLength: 3 }).map((ws) => ws.join(' ')),
    sort: fc.constantFrom('deadline-asc' as const, 'deadline-desc' as const),
    limit: fc.integer({ min: 1, max: 60 }),
    offset: fc.integer({ min: 0, max: 250 }),
  },
  { requiredKeys: ['limit'] },
);

describe('listInbox against a plain filter of the rows', () => {
  it('gives the same total and page for random filters, orders, offsets and limits', async () => {
    await fc.assert(
      fc.asyncProperty(query, async (q) => {
        const want = expected(q);
        const offset = q.offset ?? 0;
        const page = await listInbox(db, q);
        expect(page.total).toBe(want.length);
        expect(page.rows.map((r) => r.id)).toEqual(want.slice(offset, offset + q.limit));
      }),
      { numRuns: 150 },
    );
  });

  it('has sizeable answers for the queries above, so they are not trivially empty', () => {
    expect(expected({ states: ['received', 'returned'], text: 'koperasi', limit: 0 }).length).toBeGreaterThan(50);
    expect(new Set(all.map((r) => r.deadline)).size).toBe(deadlines.length);
    expect(all.some((r) => r.assignee === null)).toBe(true);
    // A word every file has (the KCP's kab/kota code) is dropped without reading its keys; one
    // most files have is read.
    expect(all.every((r) => r.searchWords.includes('6474'))).toBe(true);
    expect(all.filter((r) => r.searchWords.includes('koperasi')).length).toBeLessThan(all.length);
  });
});
