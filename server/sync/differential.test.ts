// The database-backed server must answer exactly as the in-memory model of common/sync: the
// same random operations pushed to both give the same answers, the same pulled log for every
// viewer, and the same replicas. This checks storage (persist, load, receipts, sequence) without
// restating any rule.
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { workflowActions } from '../../common/domain';
import { SyncModel, type RawOperation } from '../../common/sync';
import { actorOf, devices, SAMPLE_NOW, sampleFindings, sampleUsers } from '../../common/sync/fixtures';
import { importApplication, parseApplication } from '../applications/intake';
import { createUser } from '../auth/users';
import { BlobStore } from '../blobs/store';
import { migrate } from '../storage/migrate';
import type { Db } from '../storage/db';
import { databaseTargets } from '../testing/databases';
import { TEST_SCRYPT } from '../testing/harness';
import { sampleWithDocuments } from '../testing/samples';
import { loadReplica } from './replicas';
import { SyncService } from './service';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const people = [
  [sampleUsers.siti, devices.sitiLaptop],
  [sampleUsers.siti, devices.sitiTablet],
  [sampleUsers.andi, devices.andiLaptop],
  [sampleUsers.ketua, devices.ketuaLaptop],
  [sampleUsers.admin, devices.adminDesk],
] as const;
const photoBytes = [Buffer.from('foto-1'), Buffer.from('foto-2')];
const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');
const photos = [...photoBytes.map(sha), sha(Buffer.from('foto-belum-diunggah'))];
const letterBytes = Buffer.from('%PDF surat rekomendasi bertanda tangan');
const findings = sampleFindings();
const base = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 25 }));
const app = fc.oneof({ weight: 3, arbitrary: fc.constant('app-1') }, { weight: 1, arbitrary: fc.constant('app-2') });

const arbOp: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ applicationId: app, requirement: fc.constantFrom('R1', 'R3', 'R5'), note: fc.option(fc.tuple(fc.constantFrom('', 'Sesuai.', 'Cek lokasi.'), base), { nil: undefined }), status: fc.option(base, { nil: undefined }), photo: fc.option(fc.tuple(fc.constantFrom(...photos), base), { nil: undefined }) }).map((f) => {
    const sample = findings.find((x) => x.requirement === f.requirement);
    return {
      type: 'finding.set',
      applicationId: f.applicationId,
      requirement: f.requirement,
      changes: {
        note: { value: f.note?.[0] ?? 'x', base: f.note?.[1] ?? 0 },
        ...(f.status !== undefined && sample ? { status: { value: { status: sample.status, computed: sample.computed }, base: f.status } } : {}),
        ...(f.photo ? { evidence: { value: [{ kind: 'photo', blobSha256: f.photo[0] }], base: f.photo[1] } } : {}),
      },
    };
  }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('workflow.act'), applicationId: app, action: fc.constantFrom(...workflowActions.filter((a) => a !== 'return_to_verifier' && a !== 'sign')) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('workflow.act'), applicationId: app, action: fc.constant('sign'), documentId: fc.constant('rek-1') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('document.attach'), applicationId: app, document: fc.record({ id: fc.constantFrom('rek-1', 'ba-1'), kind: fc.constantFrom('recommendation_letter', 'verification_report'), sha256: fc.constantFrom(sha(letterBytes), photos[2] ?? ''), fileName: fc.constant('surat.pdf'), signed: fc.boolean() }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('decision.set'), applicationId: app, changes: fc.record({ reason: fc.record({ value: fc.constantFrom('', 'Anggota kurang.'), base }) }) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('application.assign'), applicationId: app, verifierId: fc.constantFrom('1', '2', '3'), base }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('audit.note'), applicationId: app, action: fc.constant('document.opened'), recordType: fc.constant('document'), recordId: fc.constant('doc-r1-izin-kc') }) },
);
const opId = (b: number, o: number): string => `50000000-0000-4000-8000-${(b * 100 + o).toString(16).padStart(12, '0')}`;
const arbRun = fc
  .array(fc.record({ who: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1) }, { weight: 2, arbitrary: fc.integer({ min: 0, max: 4 }) }), ops: fc.array(arbOp, { minLength: 1, maxLength: 4 }), resend: fc.boolean() }), { minLength: 1, maxLength: 10 })
  // Through JSON, as operations arrive over HTTP (fast-check builds null-prototype objects).
  .map((batches) => batches.map((b, i) => ({ ...b, ops: b.ops.map((op, j) => JSON.parse(JSON.stringify({ ...op, id: opId(i, j) })) as RawOperation) })));

async function setUp(db: Db, blobDir: string): Promise<{ model: SyncModel; service: SyncService }> {
  await migrate(db);
  const model = new SyncModel(() => SAMPLE_NOW);
  for (const u of Object.values(sampleUsers)) {
    const created = await createUser(db, { username: u.displayName.toLowerCase().replace(/[^a-z]+/g, '.').replace(/^\.|\.$/g, '').slice(0, 60), displayName: u.displayName, role: u.role, password: 'kata-sandi-panjang' }, SAMPLE_NOW, TEST_SCRYPT);
    expect(created.id).toBe(u.id);
    model.addUser(u);
  }
  const blobs = new BlobStore(blobDir, db, () => SAMPLE_NOW);
  for (const bytes of [...photoBytes, letterBytes]) model.addBlob(await blobs.put(bytes));
  for (const [id, assignee] of [['app-1', 'siti'], ['app-2', 'andi']] as const) {
    const { input, files } = sampleWithDocuments(id);
    for (const f of files) await blobs.put(f);
    const intakeId = `60000000-0000-4000-8000-00000000000${id.slice(-1)}`;
    model.importApplication(input, assignee === 'siti' ? sampleUsers.siti.id : sampleUsers.andi.id, intakeId);
    await importApplication(db, parseApplication(input), assignee === 'siti' ? 'siti.rahmawati' : 'andi.baso.pratama', SAMPLE_NOW, intakeId);
  }
  return { model, service: new SyncService(db) };
}

for (const target of databaseTargets()) {
  describe.skipIf(target.skip !== undefined)(`server = model on ${target.name}${target.skip ? ` (${target.skip})` : ''}`, () => {
    afterAll(() => target.dispose());

    it('answers, logs and stores exactly what the model does', async () => {
      await fc.assert(
        fc.asyncProperty(arbRun, async (run) => {
          const db = await target.open();
          const blobDir = await mkdtemp(path.join(os.tmpdir(), 'verikop-diff-'));
          try {
            const { model, service } = await setUp(db, blobDir);
            for (const batch of run) {
              const [user, device] = people[batch.who] ?? people[0];
              const times = batch.resend ? 2 : 1;
              for (let i = 0; i < times; i += 1) {
                const expected = await model.push(actorOf(user), device, batch.ops);
                expect(await service.push(actorOf(user), device, batch.ops, SAMPLE_NOW)).toEqual(expected);
              }
            }
            for (const [user] of people) {
              const viewer = { userId: user.id, role: user.role };
              expect(await service.pull(viewer, 0, 500)).toEqual(model.pull(viewer, 0, 500));
            }
            for (const id of ['app-1', 'app-2']) expect(await loadReplica(db, id, service.cache)).toEqual(model.replica(id));
          } finally {
            await db.close();
            await rm(blobDir, { recursive: true, force: true });
          }
        }),
        { numRuns: 12 },
      );
    }, 600_000);
  });
}
