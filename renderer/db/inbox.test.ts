import 'fake-indexeddb/auto';
import { Dexie, type DBCore, type DBCoreGetManyRequest, type DBCoreGetRequest, type DBCoreOpenCursorRequest, type DBCoreQueryRequest, type Middleware } from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application } from '../../common/domain/application';
import { createWorkingDayCalendar, holidayCalendarDocumentSchema, seedCalendarDocument, serviceDeadline } from '../../common/domain/calendar';
import { addDays, type CalendarDate } from '../../common/domain/dates';
import { cleanApplication } from '../../common/domain/fixtures';
import { workflowStates, type WorkflowState } from '../../common/domain/workflow';
import { applicationRow } from './applications';
import { VerikopDb } from './database';
import { listInbox, type InboxQuery } from './inbox';
import type { ApplicationRow } from './rows';
import { wordsOf } from './search';

const COUNT = 10_000;
const calendar = createWorkingDayCalendar(holidayCalendarDocumentSchema.parse(seedCalendarDocument));
const assignees = ['u-siti', 'u-andi', 'u-nur', 'u-ikhsan', 'u-fatimah'];
const cooperatives = ['Sejahtera Bersama Kaltim', 'Maju Jaya Bontang', 'Karya Mandiri', 'Sumber Rezeki', 'Harapan Baru Samarinda', 'Mekar Sari', 'Tunas Harapan', 'Amanah Sentosa'];
const streets = ['Jl. Brigjend Katamso', 'Jl. Ahmad Yani', 'Jl. MT Haryono', 'Jl. Awang Long', 'Jl. Pupuk Raya'];

/** A deterministic spread of files: every assignee, state, street and 2025–2026 date occurs. */
function generated(): ApplicationRow[] {
  const base = cleanApplication();
  const rows: ApplicationRow[] = [];
  for (let i = 0; i < COUNT; i++) {
    const receivedAt = addDays('2025-01-02' as CalendarDate, (i * 7) % 700);
    const app: Application = {
      ...base,
      id: `app-${String(i).padStart(5, '0')}`,
      registrationNumber: `PD/KCP-KSP/${receivedAt.slice(0, 4)}/${String(i).padStart(6, '0')}`,
      applicant: { ...base.applicant, name: `Koperasi Simpan Pinjam ${cooperatives[i % cooperatives.length] ?? ''}` },
      subBranch: { ...base.subBranch, address: `${streets[(i * 3) % streets.length] ?? ''} No. ${String(i % 90)}, Kota Bontang` },
      receivedAt,
      applicationDate: receivedAt,
    };
    const state = workflowStates[(i * 5) % workflowStates.length] ?? 'received';
    rows.push(
      applicationRow(app, { assignee: assignees[i % assignees.length] ?? '', assignmentVersion: i + 1, state, stateVersion: i + 1, deadline: serviceDeadline(calendar, receivedAt).value, updatedAt: '2026-01-01T00:00:00.000Z' }),
    );
  }
  return rows;
}

/** Counts rows whose values were read (not keys): what makes a query slow at this size. */
const reads = { values: 0 };
const countingReads: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'count-reads',
  create: (down) => ({
    ...down,
    table: (name) => {
      const t = down.table(name);
      if (name !== 'applications') return t;
      return {
        ...t,
        get: async (req: DBCoreGetRequest) => {
          const v: unknown = await t.get(req);
          if (v !== undefined) reads.values += 1;
          return v;
        },
        getMany: async (req: DBCoreGetManyRequest) => {
          const vs: unknown[] = await t.getMany(req);
          reads.values += vs.filter((v) => v !== undefined).length;
          return vs;
        },
        query: async (req: DBCoreQueryRequest) => {
          const res = await t.query(req);
          if (req.values) reads.values += res.result.length;
          return res;
        },
        openCursor: (req: DBCoreOpenCursorRequest) => {
          // Cursors over values would read every row they pass; listInbox must use key cursors.
          if (req.values) reads.values += 1_000_000;
          return t.openCursor(req);
        },
      };
    },
  }),
};

let db: VerikopDb;
let all: ApplicationRow[];

beforeAll(async () => {
  all = generated();
  db = new VerikopDb('inbox-10k');
  db.use(countingReads);
  await db.open();
  await db.applications.bulkPut(all);
});

afterAll(async () => {
  db.close();
  await Dexie.delete('inbox-10k');
});

/** The answer computed the slow, obvious way. */
function expected(q: InboxQuery): string[] {
  const words = wordsOf(q.text ?? '');
  const sign = q.sort === 'deadline-desc' ? -1 : 1;
  return all
    .filter((r) => q.assignee === undefined || r.assignee === q.assignee)
    .filter((r) => q.states === undefined || q.states.length === 0 || q.states.includes(r.state))
    .filter((r) => q.deadlineBefore === undefined || r.deadline < q.deadlineBefore)
    .filter((r) => words.every((w) => r.searchWords.some((sw) => sw.startsWith(w))))
    .sort((a, b) => sign * (a.deadline.localeCompare(b.deadline) || a.id.localeCompare(b.id)))
    .map((r) => r.id);
}

const queries: [string, Omit<InboxQuery, 'limit'>][] = [
  ['one verifier, every state', { assignee: 'u-siti' }],
  ['one verifier, two states, newest deadline first', { assignee: 'u-andi', states: ['in_verification', 'returned'], sort: 'deadline-desc' }],
  ['one verifier, overdue on a date', { assignee: 'u-nur', deadlineBefore: '2025-06-02' as CalendarDate }],
  ['a supervisor queue across verifiers', { states: ['awaiting_approval'] }],
  ['everything before a date', { deadlineBefore: '2025-03-01' as CalendarDate }],
  ['text: part of a cooperative name', { text: 'mandiri' }],
  ['text: two word prefixes, any case and accent', { assignee: 'u-fatimah', text: 'HARAP samar' }],
  ['text: a registration number as typed', { text: 'PD/KCP-KSP/2026/004370' }],
  ['text with state and deadline', { text: 'katamso', states: ['received', 'signed'], deadlineBefore: '2026-01-01' as CalendarDate }],
  ['text that matches nothing', { assignee: 'u-siti', text: 'zzzz' }],
];

describe(`listInbox over ${String(COUNT)} files`, () => {
  it.each(queries)('%s: the right files, in order, with the total', async (_label, q) => {
    const want = expected({ ...q, limit: 0 });
    for (const [offset, limit] of [[0, 50], [37, 25], [Math.max(0, want.length - 10), 50]] as const) {
      reads.values = 0;
      const page = await listInbox(db, { ...q, offset, limit });
      expect(page.total).toBe(want.length);
      expect(page.rows.map((r) => r.id)).toEqual(want.slice(offset, offset + limit));
      // Only the page's rows are read, however many files match or are scanned.
      expect(reads.values).toBe(page.rows.length);
    }
  });

  it('finds sizeable answers, so the checks above are not trivially empty', () => {
    expect(expected({ assignee: 'u-siti', limit: 0 }).length).toBe(COUNT / assignees.length);
    expect(expected({ text: 'mandiri', limit: 0 }).length).toBe(COUNT / cooperatives.length);
    expect(expected({ text: 'PD/KCP-KSP/2026/004370', limit: 0 })).toEqual(['app-04370']);
  });

  it('shows what a row of the list needs without the whole application', async () => {
    const page = await listInbox(db, { assignee: 'u-siti', limit: 1 });
    const [row] = page.rows;
    expect(row).toMatchObject({ applicantName: expect.stringMatching(/^Koperasi Simpan Pinjam /) as unknown, kabKotaCode: '6474', subBranchAddress: expect.stringContaining('Kota Bontang') as unknown });
    expect(row).not.toHaveProperty('application');
    expect(row).not.toHaveProperty('searchWords');
  });
});

describe('states', () => {
  it('are the domain workflow states', () => {
    const used = new Set<WorkflowState>(all.map((r) => r.state));
    expect([...used].sort()).toEqual([...workflowStates].sort());
  });
});
