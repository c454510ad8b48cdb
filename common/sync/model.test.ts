import { describe, expect, it } from 'vitest';
import { actorOf, devices, findingOperations, nextOpId, SAMPLE_NOW, sampleApplication, sampleUsers, workflowOperation } from './fixtures';
import { logEntrySchema } from './change';
import { SyncModel } from './model';
import type { OperationAnswer } from './answer';
import type { RawOperation } from './push';
import type { OperationInput } from './operation';

const { siti, andi, ketua, admin } = sampleUsers;
const LETTER_SHA = 'ab'.repeat(32);

function setup(): SyncModel {
  const model = new SyncModel(() => SAMPLE_NOW);
  for (const u of Object.values(sampleUsers)) model.addUser(u);
  model.importApplication(sampleApplication('app-1'), siti.id, nextOpId());
  model.importApplication(sampleApplication('app-2'), andi.id, nextOpId());
  return model;
}

const raw = (ops: readonly OperationInput[]): RawOperation[] => ops.map((o) => JSON.parse(JSON.stringify(o)) as RawOperation);

async function answersOf(model: SyncModel, who: typeof siti | typeof ketua | typeof andi | typeof admin, device: string, ops: readonly OperationInput[]): Promise<OperationAnswer[]> {
  const result = await model.push(actorOf(who), device, raw(ops));
  if (result.kind !== 'answers') throw new Error(`ids reused: ${result.operationIds.join(', ')}`);
  return [...result.answers];
}

describe('sync model: the whole path of an application', () => {
  it('walks received → delivered with the server deciding the recommendation', async () => {
    const model = setup();
    const verify = [workflowOperation('app-1', 'start_verification'), ...findingOperations('app-1'), workflowOperation('app-1', 'submit_for_approval')];
    const answers = await answersOf(model, siti, devices.sitiLaptop, verify);
    expect(answers.map((a) => a.status)).toEqual(verify.map(() => 'accepted'));
    expect(model.replica('app-1')?.state).toBe('awaiting_approval');
    expect(model.replica('app-1')?.history.at(-1)?.recommendation).toBe('issue');

    model.addBlob(LETTER_SHA);
    const letter: OperationInput = {
      id: nextOpId(),
      type: 'document.attach',
      applicationId: 'app-1',
      document: { id: 'rek-2026-0042', kind: 'recommendation_letter', sha256: LETTER_SHA, fileName: 'rekomendasi.pdf', signed: true },
    };
    const approve = [workflowOperation('app-1', 'approve'), letter, workflowOperation('app-1', 'sign', { documentId: 'rek-2026-0042' }), workflowOperation('app-1', 'deliver')];
    expect((await answersOf(model, ketua, devices.ketuaLaptop, approve)).map((a) => a.status)).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    const replica = model.replica('app-1');
    expect(replica?.state).toBe('delivered');
    expect(replica?.documents[0]?.signature).toEqual({ signerId: ketua.id, signerName: ketua.displayName, signedOn: '2026-03-30' });
    expect(replica?.history.map((s) => s.action)).toEqual(['start_verification', 'submit_for_approval', 'approve', 'sign', 'deliver']);
  });

  it('refuses what the role or the assignment does not allow, with the domain’s codes', async () => {
    const model = setup();
    const [start] = await answersOf(model, andi, devices.andiLaptop, [workflowOperation('app-1', 'start_verification')]);
    expect(start).toMatchObject({ status: 'rejected', code: 'not_found' });
    const [approve] = await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'approve')]);
    expect(approve).toMatchObject({ status: 'rejected', code: 'illegal_transition' });
    const early = findingOperations('app-1', ['R1']);
    expect((await answersOf(model, siti, devices.sitiLaptop, early))[0]).toMatchObject({ status: 'rejected', code: 'not_editable' });
    await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'start_verification')]);
    const [submit] = await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'submit_for_approval')]);
    expect(submit).toMatchObject({ status: 'rejected', code: 'decision_incomplete' });
    const [byKetua] = await answersOf(model, ketua, devices.ketuaLaptop, findingOperations('app-1', ['R2']));
    expect(byKetua).toMatchObject({ status: 'rejected', code: 'forbidden' });
    const [returnWithout] = await answersOf(model, ketua, devices.ketuaLaptop, [workflowOperation('app-1', 'return_to_verifier')]);
    expect(returnWithout).toMatchObject({ status: 'rejected', code: 'illegal_transition' });
  });

  it('answers retry, without storing it, when a named blob has not arrived', async () => {
    const model = setup();
    await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'start_verification')]);
    const photo = 'cd'.repeat(32);
    const [op] = findingOperations('app-1', ['R2']);
    if (op?.type !== 'finding.set') throw new Error('fixture');
    const withPhoto: OperationInput = { ...op, changes: { ...op.changes, evidence: { value: [{ kind: 'photo', blobSha256: photo }], base: 0 } } };
    expect((await answersOf(model, siti, devices.sitiLaptop, [withPhoto]))[0]).toMatchObject({ status: 'retry', code: 'blob_missing' });
    const otherContent = { ...withPhoto, clientTime: '2026-03-30T09:00:00+08:00' };
    expect(await model.push(actorOf(siti), devices.sitiLaptop, raw([otherContent]))).toMatchObject({ kind: 'id_reused' });
    model.addBlob(photo);
    expect((await answersOf(model, siti, devices.sitiLaptop, [withPhoto]))[0]).toMatchObject({ status: 'accepted' });
  });

  it('holds back the later operations of the application after a retry, so they land in the order made', async () => {
    const model = setup();
    model.importApplication(sampleApplication('app-3'), siti.id, nextOpId());
    await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'start_verification')]);
    const photo = 'cd'.repeat(32);
    const [first] = findingOperations('app-1', ['R2']);
    if (first?.type !== 'finding.set') throw new Error('fixture');
    const withPhoto: OperationInput = { ...first, changes: { note: { value: 'Foto papan nama', base: 0 }, evidence: { value: [{ kind: 'photo', blobSha256: photo }], base: 0 } } };
    const later: OperationInput = { ...first, id: nextOpId(), changes: { note: { value: 'Papan nama terpasang', base: 0 } } };
    // The other application's operation in the same batch does not wait.
    const batch = [withPhoto, later, workflowOperation('app-3', 'start_verification'), ...findingOperations('app-1', ['R1'])];
    const codes = (answers: readonly OperationAnswer[]) => answers.map((a) => (a.status === 'retry' ? a.code : a.status));
    expect(codes(await answersOf(model, siti, devices.sitiLaptop, batch))).toEqual(['blob_missing', 'waits_for_earlier', 'accepted', 'waits_for_earlier']);
    expect(model.replica('app-1')?.findings.R2).toBeUndefined();
    expect(model.replica('app-1')?.findings.R1).toBeUndefined();
    model.addBlob(photo);
    expect(codes(await answersOf(model, siti, devices.sitiLaptop, batch))).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    // In the order made: the later note is the one that stands.
    expect(model.replica('app-1')?.findings.R2?.note?.value).toBe('Papan nama terpasang');
  });
});

describe('sync model: at most once', () => {
  it('answers a resend with the stored answer and changes nothing', async () => {
    const model = setup();
    const ops = [workflowOperation('app-1', 'start_verification'), ...findingOperations('app-1', ['R1', 'R2'])];
    const first = await answersOf(model, siti, devices.sitiLaptop, ops);
    const logLength = model.log().length;
    const replica = model.replica('app-1');
    expect(await answersOf(model, siti, devices.sitiTablet, ops)).toEqual(first);
    expect(model.log()).toHaveLength(logLength);
    expect(model.replica('app-1')).toEqual(replica);
  });

  it('refuses the whole batch when an id is reused for other content', async () => {
    const model = setup();
    const [op] = findingOperations('app-1', ['R1']);
    if (op === undefined) throw new Error('fixture');
    await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'start_verification'), op]);
    const logLength = model.log().length;
    const changed = { ...op, clientTime: '2026-03-30T10:00:00+08:00' };
    const fresh = workflowOperation('app-1', 'submit_for_approval');
    const result = await model.push(actorOf(siti), devices.sitiLaptop, raw([fresh, changed]));
    expect(result).toEqual({ kind: 'id_reused', operationIds: [op.id] });
    expect(model.log()).toHaveLength(logLength);
  });

  it('treats the same id sent by another user as reused, not as theirs', async () => {
    const model = setup();
    const op = workflowOperation('app-1', 'start_verification');
    await answersOf(model, siti, devices.sitiLaptop, [op]);
    expect(await model.push(actorOf(ketua), devices.ketuaLaptop, raw([op]))).toMatchObject({ kind: 'id_reused' });
  });
});

describe('sync model: conflicts', () => {
  async function started(): Promise<SyncModel> {
    const model = setup();
    await answersOf(model, siti, devices.sitiLaptop, [workflowOperation('app-1', 'start_verification')]);
    return model;
  }
  const note = (value: string, base: number): OperationInput => ({ id: nextOpId(), type: 'finding.set', applicationId: 'app-1', requirement: 'R3', changes: { note: { value, base } } });

  it('answers a conflict with both values when another device changed the field since its base', async () => {
    const model = await started();
    const [a] = await answersOf(model, siti, devices.sitiLaptop, [note('Dicek di lokasi: 24 anggota.', 0)]);
    expect(a?.status).toBe('accepted');
    const [b] = await answersOf(model, siti, devices.sitiTablet, [note('Hanya 18 anggota hadir.', 0)]);
    const version = a?.status === 'accepted' ? a.seq : -1;
    expect(b).toMatchObject({
      status: 'conflict',
      conflicts: [{ record: 'finding/R3', field: 'note', server: { value: 'Dicek di lokasi: 24 anggota.', version, userId: siti.id }, client: 'Hanya 18 anggota hadir.' }],
    });
    expect(model.replica('app-1')?.findings.R3?.note?.value).toBe('Dicek di lokasi: 24 anggota.');
    // Resolved by a person: a new operation with the server's version as base.
    expect((await answersOf(model, siti, devices.sitiTablet, [note('Hanya 18 anggota hadir.', version)]))[0]?.status).toBe('accepted');
  });

  it('lets a device replace its own earlier edit, and equal values never conflict', async () => {
    const model = await started();
    await answersOf(model, siti, devices.sitiLaptop, [note('satu', 0)]);
    expect((await answersOf(model, siti, devices.sitiLaptop, [note('dua', 0)]))[0]?.status).toBe('accepted');
    expect((await answersOf(model, siti, devices.sitiTablet, [note('dua', 0)]))[0]?.status).toBe('accepted');
  });

  it('treats concurrent reassignment by two supervisors as a conflict', async () => {
    const model = setup();
    const assign = (verifierId: string, base: number): OperationInput => ({ id: nextOpId(), type: 'application.assign', applicationId: 'app-1', verifierId, base });
    const version = model.replica('app-1')?.assignmentVersion ?? -1;
    expect((await answersOf(model, ketua, devices.ketuaLaptop, [assign(andi.id, version)]))[0]?.status).toBe('accepted');
    expect((await answersOf(model, admin, devices.adminDesk, [assign(siti.id, version)]))[0]?.status).toBe('conflict');
    expect(model.replica('app-1')?.assignedTo).toBe(andi.id);
  });
});

describe('sync model: people’s names', () => {
  it('puts a display name the users table allows (200 characters, some outside the BMP) whole into the step, and clients parse it', async () => {
    // 200 characters, 395 UTF-16 units: cutting at 200 units split a surrogate pair, which the
    // server's jsonb refused (every step by this person failed) and clients' schema refused too.
    const named = { ...siti, displayName: `Siti ${'𝓐'.repeat(195)}` };
    // Counted as PostgreSQL's length() counts: code points.
    expect(Array.from(named.displayName)).toHaveLength(200);
    const model = new SyncModel(() => SAMPLE_NOW);
    model.addUser(named);
    model.importApplication(sampleApplication('app-1'), named.id, nextOpId());
    const result = await model.push(actorOf(named), devices.sitiLaptop, raw([workflowOperation('app-1', 'start_verification')]));
    expect(result.kind === 'answers' ? result.answers.map((a) => a.status) : result).toEqual(['accepted']);
    const page = JSON.parse(JSON.stringify(model.pull({ userId: named.id, role: named.role }, 0, 100))) as { entries: unknown[] };
    const steps = page.entries.map((e) => logEntrySchema.parse(e)).flatMap((e) => e.changes).flatMap((c) => (c.kind === 'workflow' ? [c.step] : []));
    expect(steps.map((s) => s.actorName)).toEqual([named.displayName]);
  });
});
