import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../common/domain';
import { cleanApplicationInput } from '../../../common/domain/fixtures';
import { getApplication, importApplication } from '../../db/applications';
import { VerikopDb } from '../../db/database';
import { pendingOutbox } from '../../db/outbox';
import { listApprovals } from '../../db/workflow';
import { submitForApproval } from './submit';

const me: Actor = { userId: 'verifikator-lokal', role: 'verifier' };
const APP = 'app-2026-0042';
const dbs: VerikopDb[] = [];
let n = 0;

async function freshDb(assignee = me.userId): Promise<VerikopDb> {
  const db = new VerikopDb(`submit-${String(++n)}`);
  dbs.push(db);
  await db.open();
  await importApplication(db, me, { application: cleanApplicationInput(), assignee, deadline: '2026-04-21' });
  return db;
}

afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('submitForApproval', () => {
  it('takes a received file through verification to awaiting approval, with outbox operations', async () => {
    const db = await freshDb();
    const result = await submitForApproval(db, me, { applicationId: APP, decision: 'issue', reason: '', letterDocumentId: 'rek-1' });
    expect(result.ok).toBe(true);
    expect((await getApplication(db, APP))?.state).toBe('awaiting_approval');
    expect((await listApprovals(db, APP)).map((s) => s.action)).toEqual(['start_verification', 'submit_for_approval']);
    const ops = await pendingOutbox(db, 10);
    expect(ops.map((o) => o.operation)).toEqual([
      expect.objectContaining({ type: 'workflow.act', action: 'start_verification' }),
      expect.objectContaining({ type: 'workflow.act', action: 'submit_for_approval' }),
    ]);
    // The server takes a document only with a signature (the supervisor signs the newest draft).
    expect(ops[1]?.operation).not.toHaveProperty('documentId');
  });

  it.each([
    ['an incomplete decision', { decision: 'incomplete', reason: '' }, 'Temuan belum lengkap'],
    ['a rejection without a reason', { decision: 'reject', reason: '  ' }, 'alasan rekomendasi penolakan'],
  ] as const)('refuses %s and changes nothing', async (_name, over, message) => {
    const db = await freshDb();
    const result = await submitForApproval(db, me, { applicationId: APP, letterDocumentId: 'rek-1', ...over });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
    expect((await getApplication(db, APP))?.state).toBe('received');
    expect(await listApprovals(db, APP)).toEqual([]);
  });

  it('refuses someone who is not the assigned verifier', async () => {
    const db = await freshDb('verifikator-lain');
    const result = await submitForApproval(db, me, { applicationId: APP, decision: 'issue', reason: '', letterDocumentId: 'rek-1' });
    expect(result).toEqual({ ok: false, message: 'Anda bukan verifikator yang ditugaskan untuk berkas ini.' });
  });

  it('refuses a file already submitted', async () => {
    const db = await freshDb();
    await submitForApproval(db, me, { applicationId: APP, decision: 'issue', reason: '', letterDocumentId: 'rek-1' });
    const again = await submitForApproval(db, me, { applicationId: APP, decision: 'issue', reason: '', letterDocumentId: 'rek-1' });
    expect(again.ok).toBe(false);
  });
});
