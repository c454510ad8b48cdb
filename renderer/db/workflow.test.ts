import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../common/domain/dates';
import { cleanApplicationInput } from '../../common/domain/fixtures';
import { transition, type Actor, type Transition, type WorkflowAction, type WorkflowState } from '../../common/domain/workflow';
import { getApplication, importApplication, refreshDeadlines } from './applications';
import { listAuditEvents, verifyLocalAuditTrail } from './audit';
import { VerikopDb } from './database';
import { attachDocument, listDocuments } from './documents';
import { getDraft, saveDraft } from './drafts';
import { DbFailure } from './errors';
import { pendingOutbox } from './outbox';
import { listApprovals, recordWorkflowAction } from './workflow';

const siti: Actor = { userId: 'u-siti', role: 'verifier' };
const rudi: Actor = { userId: 'u-rudi', role: 'supervisor' };
const APP = 'app-2026-0042';

const dbs: VerikopDb[] = [];
let n = 0;
async function freshDb(): Promise<VerikopDb> {
  const db = new VerikopDb(`workflow-${String(++n)}`);
  dbs.push(db);
  await db.open();
  await importApplication(db, siti, { application: cleanApplicationInput(), assignee: siti.userId, deadline: '2026-04-21' });
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The domain decides the step; the test fails loudly if it refuses. */
function step(state: WorkflowState, action: WorkflowAction, actor: Actor, context: Parameters<typeof transition>[3] = {}): Transition {
  const t = transition(state, action, actor, context);
  if (!t.ok) throw new Error(t.error.message);
  return t.value;
}

describe('importApplication', () => {
  it('stores the file as received, audits it, and sends nothing (the server has its own intake)', async () => {
    const db = await freshDb();
    expect(await getApplication(db, APP)).toMatchObject({ state: 'received', assignee: 'u-siti', deadline: '2026-04-21', kabKotaCode: '6474', stateVersion: 0 });
    expect((await listAuditEvents(db, APP)).map((e) => e.action)).toEqual(['application.import']);
    expect(await pendingOutbox(db, 10)).toEqual([]);
  });

  it('refuses the same file twice and a manifest that is not an application, changing nothing', async () => {
    const db = await freshDb();
    await expect(importApplication(db, siti, { application: cleanApplicationInput(), assignee: 'u-siti', deadline: '2026-04-21' })).rejects.toThrow(/sudah ada di perangkat ini/);
    const broken = { ...cleanApplicationInput(), id: 'app-lain', applicant: { ...cleanApplicationInput().applicant, nib: '12' } };
    const error: unknown = await importApplication(db, siti, { application: broken, assignee: 'u-siti', deadline: '2026-04-21' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbFailure);
    expect((error as DbFailure).message).toMatch(/application\.applicant\.nib.*NIB harus 13 digit/);
    expect(await db.applications.count()).toBe(1);
    expect(await db.auditEvents.count()).toBe(1);
  });

  it('recomputes every deadline when the calendar changes', async () => {
    const db = await freshDb();
    expect(await refreshDeadlines(db, () => '2026-04-22' as CalendarDate)).toBe(1);
    expect((await getApplication(db, APP))?.deadline).toBe('2026-04-22');
  });
});

describe('recordWorkflowAction', () => {
  it('records a step the domain allowed: state, history, audit event and operation together', async () => {
    const db = await freshDb();
    const row = await recordWorkflowAction(db, APP, step('received', 'start_verification', siti));
    expect(await getApplication(db, APP)).toMatchObject({ state: 'in_verification' });
    expect(row).toMatchObject({ action: 'start_verification', from: 'received', to: 'in_verification', actor: 'u-siti' });
    const [op] = await pendingOutbox(db, 10);
    expect(op?.operation).toEqual({ id: row.id, type: 'workflow.act', applicationId: APP, action: 'start_verification', clientTime: row.at });
    expect((await listAuditEvents(db, APP)).at(-1)).toMatchObject({ id: row.id, action: 'workflow.start_verification', recordType: 'application', recordId: APP });
  });

  it('keeps the history of a return and a resubmission, with reasons', async () => {
    const db = await freshDb();
    await recordWorkflowAction(db, APP, step('received', 'start_verification', siti));
    await recordWorkflowAction(db, APP, step('in_verification', 'submit_for_approval', siti, { recommendation: 'issue' }));
    await recordWorkflowAction(db, APP, step('awaiting_approval', 'return_to_verifier', rudi, { reason: 'Foto lokasi KCP belum dilampirkan' }));
    await recordWorkflowAction(db, APP, step('returned', 'resume_verification', siti));
    await recordWorkflowAction(db, APP, step('in_verification', 'submit_for_approval', siti, { recommendation: 'reject', reason: 'Sertifikat bukan atas nama calon pimpinan' }));
    const history = await listApprovals(db, APP);
    expect(history.map((h) => [h.action, h.to])).toEqual([
      ['start_verification', 'in_verification'],
      ['submit_for_approval', 'awaiting_approval'],
      ['return_to_verifier', 'returned'],
      ['resume_verification', 'in_verification'],
      ['submit_for_approval', 'awaiting_approval'],
    ]);
    expect(history[2]).toMatchObject({ reason: 'Foto lokasi KCP belum dilampirkan', actor: 'u-rudi' });
    expect(history[4]).toMatchObject({ recommendation: 'reject', reason: 'Sertifikat bukan atas nama calon pimpinan' });
    expect(await verifyLocalAuditTrail(db)).toEqual({ ok: true });
  });

  it('refuses a step decided on a state the file has left (another window acted first)', async () => {
    const db = await freshDb();
    const start = step('received', 'start_verification', siti);
    await recordWorkflowAction(db, APP, start);
    const before = await db.outbox.count();
    const error: unknown = await recordWorkflowAction(db, APP, start).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'stale_state', message: expect.stringContaining('sudah berubah') as unknown });
    expect(await db.outbox.count()).toBe(before);
  });

  it('refuses a step that is not a row of the domain table', async () => {
    const db = await freshDb();
    const forged: Transition = { action: 'approve', from: 'received', to: 'approved', actor: rudi };
    await expect(recordWorkflowAction(db, APP, forged)).rejects.toMatchObject({ code: 'invalid_input' });
    expect((await getApplication(db, APP))?.state).toBe('received');
  });
});

describe('saveDraft', () => {
  it('sends the reason on the version it was edited on, and nothing when unchanged', async () => {
    const db = await freshDb();
    await saveDraft(db, siti, { applicationId: APP, reason: 'Seluruh persyaratan terpenuhi.' });
    await saveDraft(db, siti, { applicationId: APP, reason: 'Seluruh persyaratan terpenuhi.' });
    expect(await getDraft(db, APP)).toMatchObject({ reason: 'Seluruh persyaratan terpenuhi.', version: 0 });
    const ops = await pendingOutbox(db, 10);
    expect(ops.map((o) => o.operation)).toEqual([expect.objectContaining({ type: 'decision.set', changes: { reason: { value: 'Seluruh persyaratan terpenuhi.', base: 0 } } })]);
    await expect(saveDraft(db, siti, { applicationId: APP, reason: 'x'.repeat(4_001) })).rejects.toThrow(/Alasan terlalu panjang/);
  });
});

describe('attachDocument', () => {
  const ba = { applicationId: APP, id: 'doc-ba-0042', kind: 'verification_report', sha256: 'cd'.repeat(32), fileName: 'berita-acara.pdf', signed: false } as const;

  it('records the PDF by its SHA-256 and sends it; the same bytes again write nothing', async () => {
    const db = await freshDb();
    await attachDocument(db, siti, ba);
    await attachDocument(db, siti, ba);
    expect((await listDocuments(db, APP)).map((d) => d.sha256)).toEqual(['cd'.repeat(32)]);
    expect((await pendingOutbox(db, 10)).map((o) => o.operation)).toEqual([
      expect.objectContaining({ type: 'document.attach', document: { id: 'doc-ba-0042', kind: 'verification_report', sha256: 'cd'.repeat(32), fileName: 'berita-acara.pdf', signed: false } }),
    ]);
  });

  it('refuses other bytes under an id already used', async () => {
    const db = await freshDb();
    await attachDocument(db, siti, ba);
    await expect(attachDocument(db, siti, { ...ba, sha256: 'ef'.repeat(32) })).rejects.toMatchObject({ code: 'duplicate' });
  });
});
