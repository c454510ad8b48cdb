// Property tests of the sync rules on the in-memory model (the server runs the same push code):
// resending never changes anything, conflicts never overwrite, pages add up to the log, and a
// client replaying what it pulled holds exactly the server's copy of what it may see.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requirementIds, workflowActions, type RequirementId } from '../domain';
import type { OperationAnswer } from './answer';
import { actorOf, devices, SAMPLE_NOW, sampleApplication, sampleFindings, sampleUsers } from './fixtures';
import { SyncModel, type ModelUser } from './model';
import type { OperationInput } from './operation';
import type { RawOperation } from './push';
import { applyPulledEntry } from './replay';
import type { ApplicationReplica } from './replica';

const people: readonly [ModelUser, string][] = [
  [sampleUsers.siti, devices.sitiLaptop],
  [sampleUsers.siti, devices.sitiTablet],
  [sampleUsers.andi, devices.andiLaptop],
  [sampleUsers.ketua, devices.ketuaLaptop],
  [sampleUsers.admin, devices.adminDesk],
];
const apps = ['app-1', 'app-2'] as const;
const uploaded = ['11'.repeat(32), '22'.repeat(32)];
const missing = '33'.repeat(32);
const findings = sampleFindings();

const arbBase = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 30 }));
// Mostly Siti's application, and few requirements, so that edits meet and conflict.
const arbApp = fc.oneof({ weight: 3, arbitrary: fc.constant(apps[0]) }, { weight: 1, arbitrary: fc.constant(apps[1]) });

const arbFinding = fc.record({
  applicationId: arbApp,
  requirement: fc.constantFrom(...requirementIds.filter((r) => r === 'R1' || r === 'R3' || r === 'R5')),
  note: fc.option(fc.tuple(fc.constantFrom('', 'Sesuai dokumen.', 'Perlu cek lokasi.'), arbBase), { nil: undefined }),
  status: fc.option(fc.tuple(fc.boolean(), arbBase), { nil: undefined }),
  photo: fc.option(fc.tuple(fc.constantFrom(...uploaded, missing), arbBase), { nil: undefined }),
}).map(({ applicationId, requirement, note, status, photo }): Omit<OperationInput, 'id'> => {
  const sample = findings.find((f) => f.requirement === requirement);
  const changes = {
    ...(note ? { note: { value: note[0], base: note[1] } } : {}),
    ...(status && sample ? { status: { value: { status: status[0] ? sample.status : 'fails', computed: sample.computed }, base: status[1] } } : {}),
    ...(photo ? { evidence: { value: [{ kind: 'photo', blobSha256: photo[0] }], base: photo[1] } } : {}),
  };
  return { type: 'finding.set', applicationId, requirement, changes: Object.keys(changes).length > 0 ? changes : { note: { value: 'x', base: 0 } } } as Omit<OperationInput, 'id'>;
});

const arbOperation: fc.Arbitrary<Omit<OperationInput, 'id'>> = fc.oneof(
  { weight: 5, arbitrary: arbFinding },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('workflow.act' as const), applicationId: arbApp, action: fc.constantFrom(...workflowActions.filter((a) => a !== 'sign' && a !== 'return_to_verifier')) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('workflow.act' as const), applicationId: arbApp, action: fc.constant('return_to_verifier' as const), reason: fc.constant('Lengkapi bukti R3.') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('decision.set' as const), applicationId: arbApp, changes: fc.record({ reason: fc.record({ value: fc.constantFrom('', 'Anggota kurang.'), base: arbBase }) }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('application.assign' as const), applicationId: arbApp, verifierId: fc.constantFrom(sampleUsers.siti.id, sampleUsers.andi.id), base: arbBase }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('audit.note' as const), applicationId: arbApp, action: fc.constant('document.opened'), recordType: fc.constant('document'), recordId: fc.constant('doc-r1-izin-kc') }) },
);

// Mostly the verifiers, who make most edits; Siti's two devices are where conflicts arise.
const arbBatch = fc.record({
  who: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: people.length - 1 }) }),
  ops: fc.array(arbOperation, { minLength: 1, maxLength: 4 }),
});
/** Ids come from positions, so that shrinking cannot make two operations share one. */
const opId = (batch: number, op: number): string => `40000000-0000-4000-8000-${(batch * 100 + op).toString(16).padStart(12, '0')}`;
const arbRun = fc
  .array(arbBatch, { minLength: 1, maxLength: 12 })
  .map((batches) => batches.map((b, i) => ({ who: b.who, ops: b.ops.map((op, j): [Omit<OperationInput, 'id'>, string] => [op, opId(i, j)]) })));

type Batch = { who: number; ops: [Omit<OperationInput, 'id'>, string][] };

function freshModel(): SyncModel {
  const model = new SyncModel(() => SAMPLE_NOW);
  for (const [u] of people) model.addUser(u);
  for (const sha of uploaded) model.addBlob(sha);
  model.importApplication(sampleApplication('app-1'), sampleUsers.siti.id, '20000000-0000-4000-8000-000000000001');
  model.importApplication(sampleApplication('app-2'), sampleUsers.andi.id, '20000000-0000-4000-8000-000000000002');
  return model;
}

/** Both applications in verification, so that most generated edits are allowed. */
async function startedModel(): Promise<SyncModel> {
  const model = freshModel();
  const start = (applicationId: string, id: string): RawOperation => ({ id, type: 'workflow.act', applicationId, action: 'start_verification' });
  await model.push(actorOf(sampleUsers.siti), devices.sitiLaptop, [start('app-1', '30000000-0000-4000-8000-000000000001')]);
  await model.push(actorOf(sampleUsers.andi), devices.andiLaptop, [start('app-2', '30000000-0000-4000-8000-000000000002')]);
  return model;
}

const rawOps = (b: Batch): RawOperation[] => b.ops.map(([op, id]) => JSON.parse(JSON.stringify({ ...op, id })) as RawOperation);

async function push(model: SyncModel, b: Batch): Promise<readonly OperationAnswer[]> {
  const [user, device] = people[b.who] ?? people[0] ?? [sampleUsers.siti, devices.sitiLaptop];
  const result = await model.push(actorOf(user), device, rawOps(b));
  if (result.kind !== 'answers') throw new Error('unexpected id reuse');
  return result.answers;
}

const replicasOf = (model: SyncModel): (ApplicationReplica | undefined)[] => apps.map((a) => model.replica(a));

describe('sync properties', () => {
  it('a resent batch gets the same answers and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, fc.array(fc.nat(), { maxLength: 6 }), async (run: Batch[], resend) => {
        const model = await startedModel();
        const first: (readonly OperationAnswer[])[] = [];
        for (const b of run) first.push(await push(model, b));
        const log = model.log().length;
        const replicas = replicasOf(model);
        for (const pick of resend) {
          const i = pick % run.length;
          const batch = run[i];
          if (batch === undefined) continue;
          const again = await push(model, batch);
          // A final answer is repeated exactly. A retry is not final: by the resend the file
          // may have moved on (submitted, say), so that operation may now be refused instead.
          const earlier = first[i] ?? [];
          expect(again.map((a) => a.opId)).toEqual(earlier.map((a) => a.opId));
          earlier.forEach((answer, k) => {
            if (answer.status !== 'retry') expect(again[k]).toEqual(answer);
          });
        }
        expect(model.log()).toHaveLength(log);
        expect(replicasOf(model)).toEqual(replicas);
      }),
      { numRuns: 60 },
    );
  });

  it('only an accepted operation changes the state, by exactly one log entry', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, async (run: Batch[]) => {
        const model = await startedModel();
        for (const b of run) {
          for (const single of b.ops) {
            const before = replicasOf(model);
            const logBefore = model.log().length;
            const [answer] = await push(model, { who: b.who, ops: [single] });
            if (answer?.status === 'accepted') {
              expect(model.log()).toHaveLength(logBefore + 1);
              expect(model.log().at(-1)?.seq).toBe(answer.seq);
            } else {
              expect(model.log()).toHaveLength(logBefore);
              expect(replicasOf(model)).toEqual(before);
            }
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reusing an id for other content is refused and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, arbOperation, fc.nat(), async (run: Batch[], other, pick) => {
        const model = await startedModel();
        for (const b of run) await push(model, b);
        const all = run.flatMap((b) => b.ops.map(([, id]) => ({ id, who: b.who })));
        const victim = all[pick % all.length];
        if (victim === undefined) return;
        const original = run.flatMap((b) => b.ops).find(([, id]) => id === victim.id);
        fc.pre(JSON.stringify(original?.[0]) !== JSON.stringify(other));
        const log = model.log().length;
        const [user, device] = people[victim.who] ?? [sampleUsers.siti, devices.sitiLaptop];
        const result = await model.push(actorOf(user), device, [JSON.parse(JSON.stringify({ ...other, id: victim.id })) as RawOperation]);
        expect(result).toEqual({ kind: 'id_reused', operationIds: [victim.id] });
        expect(model.log()).toHaveLength(log);
      }),
      { numRuns: 60 },
    );
  });

  it('pages of any size add up to the visible log, in order, ending at the head', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, fc.integer({ min: 0, max: people.length - 1 }), fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1 }), async (run: Batch[], who, sizes) => {
        const model = await startedModel();
        for (const b of run) await push(model, b);
        const [user] = people[who] ?? [sampleUsers.siti];
        const viewer = { userId: user.id, role: user.role };
        const all = model.pull(viewer, 0, 10_000);
        let cursor = 0;
        const seen: number[] = [];
        for (let i = 0; ; i += 1) {
          const page = model.pull(viewer, cursor, sizes[i % sizes.length] ?? 1);
          seen.push(...page.entries.map((e) => e.seq));
          cursor = page.cursor;
          if (!page.hasMore) break;
        }
        expect(seen).toEqual(all.entries.map((e) => e.seq));
        expect([...seen].sort((a, b) => a - b)).toEqual(seen);
        expect(new Set(seen).size).toBe(seen.length);
        expect(cursor).toBe(model.log().at(-1)?.seq);
      }),
      { numRuns: 60 },
    );
  });

  it('a client replaying its pulls holds exactly the server’s copy of what it may see', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, fc.integer({ min: 1, max: 4 }), async (run: Batch[], pageSize) => {
        const model = await startedModel();
        const clients = people.map(([u]) => ({ viewer: { userId: u.id, role: u.role }, cursor: 0, replicas: new Map<string, ApplicationReplica>() }));
        const pullAll = (): void => {
          for (const c of clients) {
            for (let page = model.pull(c.viewer, c.cursor, pageSize); ; page = model.pull(c.viewer, c.cursor, pageSize)) {
              for (const e of page.entries) applyPulledEntry(c.replicas, e);
              c.cursor = page.cursor;
              if (!page.hasMore) break;
            }
          }
        };
        for (const b of run) {
          await push(model, b);
          if (b.who % 2 === 0) pullAll();
        }
        pullAll();
        for (const c of clients) {
          for (const id of apps) {
            const server = model.replica(id);
            const visible = server !== undefined && (c.viewer.role !== 'verifier' || server.assignedTo === c.viewer.userId);
            expect(c.replicas.get(id)).toEqual(visible ? server : undefined);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** What an application holds, without the log positions (they depend on when it was accepted). */
function contentOf(r: ApplicationReplica | undefined): unknown {
  if (r === undefined) return undefined;
  const values = (fields: Readonly<Record<string, { value: unknown } | undefined>>) => Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, f?.value]));
  return {
    state: r.state,
    assignedTo: r.assignedTo,
    findings: Object.fromEntries(Object.entries(r.findings).map(([req, f]) => [req, values(f)])),
    decision: values(r.decision),
    steps: r.history.map((h) => [h.opId, h.action]),
    documents: r.documents.map((d) => d.id),
  };
}

/** An answer without the log positions in it. */
const verdictOf = (a: OperationAnswer): unknown =>
  a.status === 'accepted' ? 'accepted' : a.status === 'conflict' ? a.conflicts.map((c) => [c.record, c.field, c.server.value, c.client]) : [a.status, a.code];

/**
 * A batch of Siti's with an edit of her application naming the photo that has not arrived, and
 * more operations after it (often on the same finding, so that order matters).
 */
const arbHeldBatch: fc.Arbitrary<Batch> = fc
  .record({
    who: fc.constantFrom(0, 1),
    before: fc.array(arbOperation, { maxLength: 2 }),
    held: fc.record({ requirement: fc.constantFrom<RequirementId>('R1', 'R3', 'R5'), note: fc.option(fc.constantFrom('', 'Sesuai dokumen.', 'Perlu cek lokasi.'), { nil: undefined }) }),
    after: fc.array(fc.oneof({ weight: 3, arbitrary: arbFinding.map((op) => ({ ...op, applicationId: apps[0] })) }, { weight: 2, arbitrary: arbOperation }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ who, before, held, after }) => {
    const photo = { value: [{ kind: 'photo' as const, blobSha256: missing }], base: 0 };
    const changes = held.note === undefined ? { evidence: photo } : { note: { value: held.note, base: 0 }, evidence: photo };
    const withPhoto = { type: 'finding.set', applicationId: apps[0], requirement: held.requirement, changes } as Omit<OperationInput, 'id'>;
    const ops = [...before, withPhoto, ...after].map((op, j): [Omit<OperationInput, 'id'>, string] => [op, opId(99, j)]);
    return { who, ops };
  });

describe('sync properties: order per application', () => {
  it('a batch held back by a missing photo, resent once it arrived, ends as if the photo had been there', async () => {
    await fc.assert(
      fc.asyncProperty(arbRun, arbHeldBatch, async (run: Batch[], last: Batch) => {
        // Assignment has no same-client exemption: its outcome depends on log positions.
        fc.pre(last.ops.every(([op]) => op.type !== 'application.assign'));
        const late = await startedModel();
        const onTime = await startedModel();
        for (const b of run) {
          await push(late, b);
          await push(onTime, b);
        }
        onTime.addBlob(missing);
        const expected = await push(onTime, last);
        await push(late, last);
        late.addBlob(missing);
        const resent = await push(late, last);
        expect(resent.map(verdictOf)).toEqual(expected.map(verdictOf));
        expect(apps.map((a) => contentOf(late.replica(a)))).toEqual(apps.map((a) => contentOf(onTime.replica(a))));
      }),
      { numRuns: 150 },
    );
  });
});

describe('sync property generator', () => {
  it('reaches every kind of answer, so the properties above are not vacuous', async () => {
    const tally = new Map<string, number>();
    for (const run of fc.sample(arbRun, { numRuns: 80, seed: 42 })) {
      const model = await startedModel();
      for (const b of run) for (const a of await push(model, b)) tally.set(a.status === 'rejected' ? a.code : a.status, (tally.get(a.status === 'rejected' ? a.code : a.status) ?? 0) + 1);
    }
    for (const kind of ['accepted', 'conflict', 'retry', 'not_found', 'forbidden', 'illegal_transition']) {
      expect(tally.get(kind) ?? 0, `${kind} in ${JSON.stringify([...tally])}`).toBeGreaterThan(3);
    }
  });
});
