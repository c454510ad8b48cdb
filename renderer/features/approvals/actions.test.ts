// The supervisor's decisions against the real local database (fake-indexeddb): what is recorded,
// in which order, and that a refusal — by the domain or by main's signing — records nothing.
// Main's signing itself runs for real in tests/e2e/supervisor.spec.ts; here it is a port that
// answers as main does, so that each of its answers can be chosen.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../../common/contract';
import type { Actor } from '../../../common/domain';
import { cleanApplicationInput } from '../../../common/domain/fixtures';
import { getApplication, importApplication } from '../../db/applications';
import { VerikopDb } from '../../db/database';
import { attachDocument, listDocuments } from '../../db/documents';
import { pendingOutbox } from '../../db/outbox';
import type { DocumentRow } from '../../db/rows';
import { listApprovals } from '../../db/workflow';
import { approveAndSign, returnToVerifier, type SigningPort } from './actions';

const verifier: Actor = { userId: 'u-siti', role: 'verifier' };
const supervisor: Actor = { userId: 'lokal-197805122005012003', role: 'supervisor' };
const APP = 'app-2026-0042';
const draftSha = 'a'.repeat(64);
const signedSha = 'b'.repeat(64);

const open: VerikopDb[] = [];
async function fileAwaitingApproval(state: 'awaiting_approval' | 'approved' = 'awaiting_approval'): Promise<{ db: VerikopDb; letter: DocumentRow }> {
  const db = new VerikopDb('approvals', { indexedDB: new IDBFactory(), IDBKeyRange });
  open.push(db);
  await db.open();
  await importApplication(db, verifier, { application: cleanApplicationInput(), assignee: verifier.userId, state, deadline: '2026-04-21' });
  const letter = await attachDocument(db, verifier, { applicationId: APP, id: `rek-${draftSha.slice(0, 40)}`, kind: 'recommendation_letter', sha256: draftSha, fileName: 'surat-rekomendasi.pdf', signed: false });
  return { db, letter };
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

function signingPort(answer: Result<{ sha256: string; field: string; signedAt: string }> = { ok: true, value: { sha256: signedSha, field: 'penandatangan', signedAt: '2026-03-31T02:00:00.000Z' } }) {
  const signed: unknown[] = [];
  const port: SigningPort = {
    unsignedFields: (sha256) => Promise.resolve(sha256 === draftSha ? { ok: true, value: ['penandatangan'] } : { ok: true, value: [] }),
    sign: (input) => {
      signed.push(input);
      return Promise.resolve(answer);
    },
  };
  return { port, signed };
}

describe('approve and sign', () => {
  it('signs the draft letter, then records approve, the signed letter and sign in one go, in the server’s order', async () => {
    const { db, letter } = await fileAwaitingApproval();
    const { port, signed } = signingPort();
    const result = await approveAndSign(db, port, { applicationId: APP, actor: supervisor, letter, certificateId: 'c'.repeat(64), passphrase: 'rahasia' });
    expect(result).toEqual({ ok: true, state: 'signed' });
    expect(signed).toEqual([{ documentSha256: draftSha, certificateId: 'c'.repeat(64), passphrase: 'rahasia', field: 'penandatangan', reason: 'Rekomendasi kepada DPMPTSP' }]);
    expect((await getApplication(db, APP))?.state).toBe('signed');
    expect((await listApprovals(db, APP)).map((s) => [s.action, s.from, s.to, s.actor])).toEqual([
      ['approve', 'awaiting_approval', 'approved', supervisor.userId],
      ['sign', 'approved', 'signed', supervisor.userId],
    ]);
    const signedDoc = (await listDocuments(db, APP)).find((d) => d.signed);
    expect(signedDoc).toMatchObject({ sha256: signedSha, kind: 'recommendation_letter', attachedBy: supervisor.userId });
    const ops = (await pendingOutbox(db, 10)).map((o) => o.operation);
    expect(ops.map((o) => (o.type === 'workflow.act' ? `${o.type}:${o.action}` : o.type))).toEqual(['document.attach', 'workflow.act:approve', 'document.attach', 'workflow.act:sign']);
    expect(ops[3]).toMatchObject({ documentId: signedDoc?.id });
  });

  it('only signs a file that is already approved', async () => {
    const { db, letter } = await fileAwaitingApproval('approved');
    const result = await approveAndSign(db, signingPort().port, { applicationId: APP, actor: supervisor, letter, certificateId: 'c'.repeat(64), passphrase: 'rahasia' });
    expect(result).toEqual({ ok: true, state: 'signed' });
    expect((await listApprovals(db, APP)).map((s) => s.action)).toEqual(['sign']);
  });

  it('records nothing when main refuses the passphrase, and says why', async () => {
    const { db, letter } = await fileAwaitingApproval();
    const { port } = signingPort({ ok: false, error: { code: 'wrong_passphrase', message: 'Kata sandi sertifikat salah.' } });
    const result = await approveAndSign(db, port, { applicationId: APP, actor: supervisor, letter, certificateId: 'c'.repeat(64), passphrase: 'salah' });
    expect(result).toEqual({ ok: false, message: 'Kata sandi sertifikat salah.' });
    expect((await getApplication(db, APP))?.state).toBe('awaiting_approval');
    expect(await listApprovals(db, APP)).toEqual([]);
    expect((await pendingOutbox(db, 10)).map((o) => o.type)).toEqual(['document.attach']);
  });

  it('lets the domain refuse a verifier before main is asked anything', async () => {
    const { db, letter } = await fileAwaitingApproval();
    const { port, signed } = signingPort();
    const result = await approveAndSign(db, port, { applicationId: APP, actor: verifier, letter, certificateId: 'c'.repeat(64), passphrase: 'rahasia' });
    expect(result).toEqual({ ok: false, message: '"Setujui" hanya dapat dilakukan oleh Ketua Tim/Kepala Bidang.' });
    expect(signed).toEqual([]);
  });

  it('refuses without a draft letter to sign', async () => {
    const { db } = await fileAwaitingApproval();
    const result = await approveAndSign(db, signingPort().port, { applicationId: APP, actor: supervisor, letter: undefined, certificateId: 'c'.repeat(64), passphrase: 'rahasia' });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Draf Surat Rekomendasi tidak ditemukan/) as unknown });
  });
});

describe('return to the verifier', () => {
  it('needs a reason and records nothing without one', async () => {
    const { db } = await fileAwaitingApproval();
    expect(await returnToVerifier(db, supervisor, APP, '   ')).toEqual({ ok: false, message: 'Tuliskan alasan pengembalian berkas kepada verifikator.' });
    expect(await listApprovals(db, APP)).toEqual([]);
  });

  it('records the return with its reason and sends it', async () => {
    const { db } = await fileAwaitingApproval();
    expect(await returnToVerifier(db, supervisor, APP, ' Lampirkan daftar anggota yang ditandatangani pengurus. ')).toEqual({ ok: true, state: 'returned' });
    expect(await listApprovals(db, APP)).toMatchObject([{ action: 'return_to_verifier', reason: 'Lampirkan daftar anggota yang ditandatangani pengurus.', actor: supervisor.userId }]);
    const last = (await pendingOutbox(db, 10)).at(-1)?.operation;
    expect(last).toMatchObject({ type: 'workflow.act', action: 'return_to_verifier', reason: 'Lampirkan daftar anggota yang ditandatangani pengurus.' });
  });

  it('refuses a file that is not waiting for approval', async () => {
    const { db } = await fileAwaitingApproval('approved');
    const result = await returnToVerifier(db, supervisor, APP, 'Alasan');
    expect(result).toEqual({ ok: false, message: '"Kembalikan ke verifikator" tidak dapat dilakukan saat berkas berstatus "Disetujui".' });
  });
});

describe('recording is all or nothing', () => {
  it('rolls the approval back when the signed letter cannot be recorded', async () => {
    const { db, letter } = await fileAwaitingApproval();
    // Another document already holds the id the signed letter would get, with other bytes.
    const clash = `${signedSha.slice(0, 40)}${'c'.repeat(24)}`;
    await attachDocument(db, supervisor, { applicationId: APP, id: `rek-ttd-${signedSha.slice(0, 40)}`, kind: 'recommendation_letter', sha256: clash, fileName: 'lain.pdf', signed: true });
    const result = await approveAndSign(db, signingPort().port, { applicationId: APP, actor: supervisor, letter, certificateId: 'c'.repeat(64), passphrase: 'rahasia' });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/sudah tercatat dengan isi lain/) as unknown });
    expect((await getApplication(db, APP))?.state).toBe('awaiting_approval');
    expect(await listApprovals(db, APP)).toEqual([]);
    expect((await pendingOutbox(db, 10)).map((o) => o.type)).toEqual(['document.attach', 'document.attach']);
  });
});
