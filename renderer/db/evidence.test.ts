// The evidence index is derived data: saveFinding replaces a finding's rows without reading them
// first, and leaves them alone when only photos (or nothing) stay the same. Both are sound only if
// every writer of findings keeps the index in step. Here every writer — saves (accepted and
// refused), pulled findings, pulled files, a file leaving the device — runs in random order, and
// after each step the index must be exactly what the stored findings give.
import 'fake-indexeddb/auto';
import { Dexie, type DBCore, type DBCoreGetManyRequest, type DBCoreGetRequest, type DBCoreMutateRequest, type Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../common/domain/dates';
import { cleanApplication, cleanApplicationInput } from '../../common/domain/fixtures';
import type { Actor } from '../../common/domain/workflow';
import { importApplication } from './applications';
import { VerikopDb } from './database';
import { evidenceRowsOf } from './evidence';
import { saveFinding } from './findings';
import type { FindingDraft, RequirementId } from './model';
import type { ApplicationReplica, FindingFields, LogEntry } from './protocol';
import { applyPulled } from './pull';
import type { EvidenceRow } from './rows';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const APP = 'app-2026-0042';
const CLIENT = '9b2f6c1e-4a5d-4e8f-9c7b-1d2e3f4a5b6c';
const deadlineOf = (d: CalendarDate) => `${d.slice(0, 4)}-12-31` as CalendarDate;
const REQUIREMENTS = ['R1', 'R2', 'R3'] as const satisfies readonly RequirementId[];

type Ref = FindingDraft['evidence'][number];
const photo = (c: string): Ref => ({ kind: 'photo', blobSha256: c.repeat(32), lat: 0.12, lon: 117.48 });
// Pages the file has, and (for pulls only: the server accepted it) a document it does not have,
// which the index skips: its rows then leave gaps in the positions.
const savable: Ref[] = [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 1 }, { kind: 'document', documentId: 'doc-r3-anggota', page: 3 }, photo('ab'), photo('cd')];
const pullable: Ref[] = [...savable, { kind: 'document', documentId: 'doc-dihapus', page: 1 }];

const dbs: VerikopDb[] = [];
let n = 0;
async function workingDb(...middleware: Middleware<DBCore>[]): Promise<VerikopDb> {
  const db = new VerikopDb(`evidence-${String(++n)}`);
  for (const m of middleware) db.use(m);
  dbs.push(db);
  await db.open();
  await importApplication(db, siti, { application: cleanApplicationInput(), assignee: siti.userId, state: 'in_verification', deadline: '2026-04-21' });
  return db;
}
afterEach(async () => {
  const open = dbs.splice(0);
  for (const db of open) db.close();
  for (const name of new Set(open.map((db) => db.name))) await Dexie.delete(name);
});

/** The index the stored findings and files give, computed from scratch. */
async function derivedIndex(db: VerikopDb): Promise<EvidenceRow[]> {
  const app = await db.applications.get(APP);
  const findings = await db.findings.toArray();
  return findings.flatMap((f) => evidenceRowsOf(f, app?.application.documents ?? [], false)).sort((a, b) => a.id.localeCompare(b.id));
}

type Step =
  | { kind: 'save'; requirement: RequirementId; note: string; evidence: Ref[] }
  | { kind: 'pull-finding'; requirement: RequirementId; note: string; evidence: Ref[] }
  | { kind: 'pull-file'; evidence: Ref[] }
  | { kind: 'unassign' };

const refs = (pool: Ref[]) => fc.array(fc.constantFrom(...pool), { maxLength: 4 });
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), requirement: fc.constantFrom(...REQUIREMENTS), note: fc.constantFrom('', 'a', 'b'), evidence: refs(savable) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull-finding' as const), requirement: fc.constantFrom(...REQUIREMENTS), note: fc.constantFrom('', 'c'), evidence: refs(pullable) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pull-file' as const), evidence: refs(pullable) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('unassign' as const) }) },
);

function fields(seq: number, note: string, evidence: Ref[]): FindingFields {
  return { note: { value: note, version: seq, userId: 'u-andi', clientId: CLIENT }, evidence: { value: evidence, version: seq, userId: 'u-andi', clientId: CLIENT } };
}

function replica(seq: number, evidence: Ref[]): ApplicationReplica {
  // The server's copy names every finding the file has, as pulled files do.
  const findings = Object.fromEntries(REQUIREMENTS.map((r) => [r, fields(seq, 'dari server', evidence)]));
  return { application: cleanApplication(), assignedTo: siti.userId, assignmentVersion: seq, state: 'in_verification', stateVersion: seq, history: [], findings, decision: {}, documents: [], auditHead: null };
}

async function run(db: VerikopDb, s: Step, seq: number): Promise<void> {
  const entry = (changes: LogEntry['changes']): LogEntry => ({ seq, opId: `op-${String(seq)}`, authorId: 'u-andi', at: '2026-03-30T03:00:00.000Z', changes });
  const pull = (changes: LogEntry['changes']) => applyPulled(db, { entries: [entry(changes)], cursor: seq, hasMore: false }, deadlineOf);
  switch (s.kind) {
    case 'save':
      // Refused saves (the file left the device) must leave the index as it was, too.
      await saveFinding(db, siti, { applicationId: APP, requirement: s.requirement, status: null, note: s.note, evidence: s.evidence }).catch(() => undefined);
      return;
    case 'pull-finding':
      await pull([{ kind: 'finding', applicationId: APP, requirement: s.requirement, fields: fields(seq, s.note, s.evidence) }]);
      return;
    case 'pull-file':
      await pull([{ kind: 'application', applicationId: APP, replica: replica(seq, s.evidence) }]);
      return;
    case 'unassign':
      await pull([{ kind: 'application_unassigned', applicationId: APP, assignmentVersion: seq }]);
      return;
  }
}

describe('the evidence index', () => {
  it('is what the stored findings give after any sequence of saves, pulls and a file leaving', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const db = await workingDb();
        try {
          let seq = 10;
          for (const s of steps) {
            await run(db, s, (seq += 1));
            const stored = (await db.evidence.toArray()).sort((a, b) => a.id.localeCompare(b.id));
            expect(stored).toEqual(await derivedIndex(db));
          }
        } finally {
          db.close();
          await Dexie.delete(db.name);
        }
      }),
      { numRuns: 40 },
    );
  });
});

/** Counts writes to the evidence table and application rows read whole. */
function counting() {
  const seen = { evidenceWrites: 0, applicationValues: 0 };
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'count-evidence',
    create: (down) => ({
      ...down,
      table: (name) => {
        const t = down.table(name);
        if (name === 'evidence') {
          return {
            ...t,
            mutate: (req: DBCoreMutateRequest) => {
              seen.evidenceWrites += 1;
              return t.mutate(req);
            },
          };
        }
        if (name !== 'applications') return t;
        return {
          ...t,
          get: (req: DBCoreGetRequest) => {
            seen.applicationValues += 1;
            return t.get(req);
          },
          getMany: (req: DBCoreGetManyRequest) => {
            seen.applicationValues += req.keys.length;
            return t.getMany(req);
          },
        };
      },
    }),
  };
  return { seen, middleware };
}

describe('saveFinding', () => {
  it('leaves the rows of unchanged photos alone and reads no application row for a note', async () => {
    const { seen, middleware } = counting();
    const db = await workingDb(middleware);
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R3', status: null, note: 'foto diambil', evidence: [photo('ab'), photo('cd')] });
    const rows = await db.evidence.toArray();
    expect(rows).toHaveLength(2);
    seen.evidenceWrites = 0;
    seen.applicationValues = 0;
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R3', status: null, note: 'foto diambil di depan kantor', evidence: [photo('ab'), photo('cd')] });
    expect(seen).toEqual({ evidenceWrites: 0, applicationValues: 0 });
    expect(await db.evidence.toArray()).toEqual(rows);
    expect((await db.findings.get([APP, 'R3']))?.note).toBe('foto diambil di depan kantor');
  });

  it('rewrites the rows of document pages, whose SHA-256 comes from the file, on every save', async () => {
    const { seen, middleware } = counting();
    const db = await workingDb(middleware);
    const evidence: Ref[] = [{ kind: 'document', documentId: 'doc-r1-izin-kc', page: 2 }, photo('ab'), photo('cd')];
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: null, note: 'a', evidence });
    seen.evidenceWrites = 0;
    await saveFinding(db, siti, { applicationId: APP, requirement: 'R1', status: null, note: 'b', evidence: evidence.slice(0, 1) });
    expect(seen.evidenceWrites).toBeGreaterThan(0);
    expect((await db.evidence.toArray()).map((r) => [r.id, r.sha256])).toEqual([[`${APP}:R1:0`, 'a1'.repeat(32)]]);
  });
});
