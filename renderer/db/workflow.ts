// Workflow steps on a file (submit, return, approve, sign …) and their history. Which step is
// allowed, for whom and with what reason is common/domain/workflow's transition(), called before
// this; here the step is recorded and shown at once, and refused if the file moved on meanwhile.
// The server decides again when the operation arrives, and its answer (and the pulled step)
// is what finally stands.
import { Dexie } from 'dexie';
import { entityKeys, userChange } from './change';
import type { VerikopDb } from './database';
import { DbFailure } from './errors';
import { workflowStepSchema, type Transition } from './model';
import type { WorkflowOperation } from './protocol';
import { requireApplication } from './records';
import type { ApprovalRow } from './rows';
import { parseInput } from './validate';

export async function recordWorkflowAction(db: VerikopDb, applicationId: string, transition: Transition, documentId?: string): Promise<ApprovalRow> {
  const step = parseInput(workflowStepSchema, { ...transition, applicationId });
  return userChange(db, step.actor, [db.applications, db.approvals], async ({ now, opId }) => {
    const app = await requireApplication(db, step.applicationId);
    if (app.state !== step.from) {
      throw new DbFailure('stale_state', `Status berkas ${app.registrationNumber} sudah berubah (sekarang "${app.state}"); muat ulang berkas lalu ulangi tindakan ini.`);
    }
    const optional = { ...(step.reason === undefined ? {} : { reason: step.reason }), ...(step.recommendation === undefined ? {} : { recommendation: step.recommendation }) };
    const row: ApprovalRow = { id: opId, applicationId: app.id, action: step.action, from: step.from, to: step.to, ...optional, actor: step.actor.userId, at: now };
    await db.approvals.add(row);
    await db.applications.update(app.id, { state: step.to, updatedAt: now });
    const operation: WorkflowOperation = {
      id: opId,
      type: 'workflow.act',
      applicationId: app.id,
      action: step.action,
      // The protocol (common/sync/apply/workflow) takes a reason only with a return (a
      // rejection's reason travels in the decision record) and a document only with a signature;
      // the history row above keeps both for this device.
      ...(step.reason === undefined || step.action !== 'return_to_verifier' ? {} : { reason: step.reason }),
      ...(documentId === undefined || step.action !== 'sign' ? {} : { documentId }),
      clientTime: now,
    };
    return {
      value: row,
      applicationId: app.id,
      audit: { action: `workflow.${step.action}`, recordType: 'application', recordId: app.id, payload: operation },
      outbox: { entityKey: entityKeys.workflow(app.id), operation },
    };
  });
}

/**
 * The history of a file: every submit, return and approval, oldest first — in the server's order
 * for the steps it accepted, then this device's steps not yet accepted in the order they were
 * made (clocks are not trusted for order, and two steps can share a millisecond).
 */
export async function listApprovals(db: VerikopDb, applicationId: string): Promise<ApprovalRow[]> {
  return db.transaction('r', [db.approvals, db.outbox], async () => {
    const rows = await db.approvals.where('[applicationId+at]').between([applicationId, Dexie.minKey], [applicationId, Dexie.maxKey]).toArray();
    const local = await db.outbox.where('id').anyOf(rows.filter((r) => r.seq === undefined).map((r) => r.id)).toArray();
    const localOrder = new Map(local.map((o) => [o.id, o.seq ?? 0]));
    const rank = (r: ApprovalRow): [number, number] => (r.seq === undefined ? [1, localOrder.get(r.id) ?? 0] : [0, r.seq]);
    return rows.sort((a, b) => {
      const [ka, kb] = [rank(a), rank(b)];
      return ka[0] - kb[0] || ka[1] - kb[1];
    });
  });
}
